using System.Xml;
using System.Xml.Linq;
using AebController.Scenarios.Loading;

namespace AebController.Scenarios.OpenScenario;

/// <summary>Builds the one-line format error of an OpenSCENARIO or OpenDRIVE element: file and line, element path, problem.</summary>
public static class OscError
{
    public static ScenarioFormatException At(XObject node, string problem)
    {
        string file = node.Document?.BaseUri is { Length: > 0 } uri ? new Uri(uri).LocalPath : "<xml>";
        int line = node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;
        return new ScenarioFormatException($"{file}:{line}", PathOf(node), problem);
    }

    public static ScenarioFormatException Unsupported(XElement element) =>
        At(element, $"<{element.Name.LocalName}> is not supported by aeb's OpenSCENARIO reader (see docs/openscenario.md for the supported subset)");

    private static string PathOf(XObject node)
    {
        var names = new List<string>();
        if (node is XAttribute a)
        {
            names.Add("@" + a.Name.LocalName);
            node = a.Parent!;
        }

        for (var e = node as XElement; e is not null && names.Count < 6; e = e.Parent)
        {
            string? name = e.Attribute("name")?.Value;
            names.Add(name is null ? e.Name.LocalName : $"{e.Name.LocalName}[{name}]");
        }

        names.Reverse();
        return string.Join('/', names);
    }
}
