using System.Xml.Linq;

namespace AebController.Scenarios.OpenScenario;

/// <summary>
/// The catalogs a scenario names in its CatalogLocations: every .xosc file in each listed directory,
/// indexed by catalog name and entry name. A reference resolves to the entry and a parameter scope
/// in which the entry's own declarations take the reference's ParameterAssignments.
/// </summary>
public sealed class OscCatalogs
{
    private readonly Dictionary<(string Catalog, string Entry), XElement> _entries = new();

    public OscCatalogs(XElement? locations, string scenarioDirectory, OscParameters scope)
    {
        if (locations is null) return;
        foreach (var location in locations.Elements())
        {
            foreach (var dir in location.Elements("Directory"))
            {
                string path = Path.GetFullPath(Path.Combine(scenarioDirectory, scope.Text(dir, "path")));
                if (!Directory.Exists(path)) throw OscError.At(dir, $"catalog directory '{path}' does not exist");
                foreach (string file in Directory.EnumerateFiles(path, "*.xosc").Order(StringComparer.Ordinal)) Index(file, dir);
            }
        }
    }

    public (XElement Entry, OscParameters Scope) Resolve(XElement reference, OscParameters scope)
    {
        string catalog = scope.Text(reference, "catalogName"), entry = scope.Text(reference, "entryName");
        if (!_entries.TryGetValue((catalog, entry), out var element))
        {
            throw OscError.At(reference, $"catalog '{catalog}' has no entry '{entry}' in the CatalogLocations' directories");
        }

        var assignments = new Dictionary<string, string>(StringComparer.Ordinal);
        if (reference.Element("ParameterAssignments") is { } list)
        {
            foreach (var a in list.Elements("ParameterAssignment")) assignments[scope.Text(a, "parameterRef")] = scope.Text(a, "value");
        }

        var inner = new OscParameters(scope);
        inner.Declare(element.Element("ParameterDeclarations"), assignments);
        foreach (string name in assignments.Keys)
        {
            if (!inner.Values.ContainsKey(name)) throw OscError.At(reference, $"assigns '{name}', which catalog entry '{entry}' does not declare");
        }

        return (element, inner);
    }

    private void Index(string file, XElement referencedFrom)
    {
        XDocument doc;
        try
        {
            doc = XDocument.Load(file, LoadOptions.SetLineInfo | LoadOptions.SetBaseUri);
        }
        catch (System.Xml.XmlException ex)
        {
            throw OscError.At(referencedFrom, $"catalog file '{file}' is not well-formed XML: {ex.Message}");
        }

        if (doc.Root?.Element("Catalog") is not { } catalog) return;
        string name = catalog.Attribute("name")?.Value ?? throw OscError.At(catalog, "attribute 'name' is required");
        foreach (var entry in catalog.Elements())
        {
            string? entryName = entry.Attribute("name")?.Value;
            if (entryName is not null) _entries.TryAdd((name, entryName), entry);
        }
    }
}
