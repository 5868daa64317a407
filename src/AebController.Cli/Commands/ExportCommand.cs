using System.CommandLine;
using System.Text.Json;
using AebController.Scenarios.Catalog;
using AebController.Scenarios.Loading;
using AebController.Scenarios.OpenScenario;

namespace AebController.Cli.Commands;

/// <summary>
/// `aeb export &lt;scenario&gt; --to xosc|json [--out PATH]`: hands a case to another simulator as ASAM
/// OpenSCENARIO (with its OpenDRIVE road beside it), or shows what aeb reads from an OpenSCENARIO file
/// as an aeb scenario file. Both files are written whole or not at all.
/// </summary>
public static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var scenario = new Argument<string>("scenario") { Description = "Built-in scenario name, or a scenario JSON or OpenSCENARIO (.xosc) file" };
        var to = new Option<string>("--to") { Description = "xosc (OpenSCENARIO 1.0 + OpenDRIVE) or json (aeb scenario)", DefaultValueFactory = _ => "xosc" };
        to.AcceptOnlyFromAmong("xosc", "json");
        var output = new Option<string?>("--out") { Description = "Output file (default: the scenario's name in the current folder)" };
        var command = new Command("export", "Write a scenario as OpenSCENARIO XML, or an OpenSCENARIO file as aeb JSON") { scenario, to, output };
        command.SetAction(parse =>
        {
            var definition = ScenarioCatalog.Builtin.Resolve(parse.GetValue(scenario)!);
            string format = parse.GetValue(to)!;
            string path = OutputPath.CheckFile("--out", parse.GetValue(output) ?? $"{definition.Name}.{format}");
            if (format == "json")
            {
                WriteWhole(path, JsonSerializer.Serialize(definition, ScenarioJson.Options));
                context.Out.WriteLine(path);
                return ExitCodes.Ok;
            }

            var (xosc, xodr) = XoscExporter.Export(definition, path);
            string xodrPath = Path.ChangeExtension(path, ".xodr");
            WriteWhole(xodrPath, xodr);
            WriteWhole(path, xosc);
            context.Out.WriteLine(path);
            context.Out.WriteLine(xodrPath);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Writes beside the target and renames, so an interruption leaves the old file or the new one, never half.</summary>
    private static void WriteWhole(string path, string text)
    {
        string temp = path + ".tmp-" + Environment.ProcessId;
        File.WriteAllText(temp, text);
        File.Move(temp, path, overwrite: true);
    }
}
