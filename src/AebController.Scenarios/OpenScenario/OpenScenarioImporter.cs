using System.Xml;
using System.Xml.Linq;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Model;

namespace AebController.Scenarios.OpenScenario;

/// <summary>
/// Reads an ASAM OpenSCENARIO XML file: a scenario (its parameter defaults: one case) or a
/// ParameterValueDistribution (every parameter set of its distribution: one case each, like a matrix).
/// </summary>
public static class OpenScenarioImporter
{
    public static bool IsOpenScenario(string path) => path.EndsWith(".xosc", StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<ScenarioDefinition> Load(string path)
    {
        var doc = Read(path, null);
        var root = doc.Root!;
        if (root.Element("Catalog") is not null) throw OscError.At(root, "this file is a catalog, not a scenario");
        if (root.Element("ParameterValueDistribution") is { } distribution)
        {
            var scope = new OscParameters();
            scope.Declare(root.Element("ParameterDeclarations"));
            var file = distribution.Element("ScenarioFile") ?? throw OscError.At(distribution, "needs a ScenarioFile");
            string basePath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, scope.Text(file, "filepath")));
            var baseDoc = Read(basePath, file);
            var sets = OscDistribution.Expand(distribution, scope);
            var varying = sets.Count == 1 ? [] : sets[0].Keys.Where(k => sets.Select(s => s[k]).Distinct().Count() > 1).ToList();
            var cases = new List<ScenarioDefinition>(sets.Count);
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var set in sets)
            {
                string name = OscScenarioCompiler.CaseName(path, set, varying);
                if (!names.Add(name)) name = $"{name}-{cases.Count + 1}";
                cases.Add(Checked(OscScenarioCompiler.Compile(baseDoc, basePath, set, name, Path.GetFullPath(path)), path));
            }

            return cases;
        }

        if (root.Element("Storyboard") is null) throw OscError.At(root, "holds neither a Storyboard nor a ParameterValueDistribution");
        return [Checked(OscScenarioCompiler.Compile(doc, path, null, Path.GetFileNameWithoutExtension(path)), path)];
    }

    /// <summary>
    /// The converted case passes the same checks as a scenario file (an ego at 900 km/h is refused, not run);
    /// the message names the .xosc and the case's field in aeb's scenario format.
    /// </summary>
    private static ScenarioDefinition Checked(ScenarioDefinition definition, string path)
    {
        // The case name is aeb's own (file name and parameter values, such as EgoKph=30), not the user's:
        // the name rule of scenario files does not apply to it.
        ScenarioValidator.Validate(definition with { Name = "converted" }, $"{path} (case '{definition.Name}' converted to an aeb scenario)");
        return definition;
    }

    private static XDocument Read(string path, XObject? referencedFrom)
    {
        if (Directory.Exists(path)) throw new ScenarioFormatException(path, "$", "is a folder, not an OpenSCENARIO file");
        if (!File.Exists(path))
        {
            if (referencedFrom is not null) throw OscError.At(referencedFrom, $"the file '{path}' does not exist");
            throw new ScenarioFormatException(path, "$", "no such file");
        }

        XDocument doc;
        try
        {
            doc = XDocument.Load(path, LoadOptions.SetLineInfo | LoadOptions.SetBaseUri);
        }
        catch (XmlException ex)
        {
            throw new ScenarioFormatException($"{path}:{ex.LineNumber}", "$", $"not well-formed XML: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioFormatException(path, "$", $"cannot be read: {ex.Message}");
        }

        if (doc.Root?.Name.LocalName != "OpenSCENARIO") throw new ScenarioFormatException(path, "$", "the root element must be <OpenSCENARIO>");
        return doc;
    }
}
