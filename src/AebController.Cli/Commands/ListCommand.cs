using System.CommandLine;
using AebController.Cli.Output;
using AebController.Scenarios.Catalog;

namespace AebController.Cli.Commands;

/// <summary>`aeb list [--tag T] [--json]`: the built-in scenarios with their suites, whether they are mandatory, and descriptions.</summary>
public static class ListCommand
{
    public static Command Create(CliContext context)
    {
        var tag = new Option<string?>("--tag") { Description = "Only scenarios carrying this tag (suite)" };
        var json = new Option<bool>("--json") { Description = "Print the scenarios as a JSON array" };
        var command = new Command("list", "List the built-in scenarios") { tag, json };
        command.SetAction(parse =>
        {
            var catalog = ScenarioCatalog.Builtin;
            string? filter = parse.GetValue(tag);
            var entries = catalog.Entries
                .Where(e => filter is null || e.Scenario.Tags.Contains(filter, StringComparer.OrdinalIgnoreCase))
                .ToList();
            if (filter is not null && entries.Count == 0)
            {
                throw new UserInputException($"--tag: expected one of {string.Join(", ", catalog.Tags)}, found {filter}");
            }

            if (parse.GetValue(json))
            {
                context.Out.WriteLine(ResultJson.SerializeAny(entries.Select(e => new
                {
                    name = e.Scenario.Name,
                    suites = e.Scenario.Tags,
                    mandatory = e.Scenario.Score.Mandatory,
                    points = e.Scenario.Score.Points,
                    description = e.Scenario.Description ?? "",
                    source = e.Source.StartsWith("catalog/", StringComparison.Ordinal) ? e.Source["catalog/".Length..] : e.Source,
                })));
                return ExitCodes.Ok;
            }

            var table = new TextTable("name", "suites", "mandatory", "description");
            foreach (var e in entries)
            {
                var s = e.Scenario;
                table.AddRow(s.Name, string.Join(",", s.Tags), s.Score.Mandatory ? "yes" : "no", s.Description ?? "");
            }

            table.Write(context.Out, context.OutIsTerminal);
            context.Out.WriteLine($"{entries.Count} scenarios, {entries.Count(e => e.Scenario.Score.Mandatory)} mandatory (a mandatory case that fails is a regulation or safety failure)");
            return ExitCodes.Ok;
        });
        return command;
    }
}
