using System.CommandLine;
using AebController.Scenarios.Catalog;
using Spectre.Console;

namespace AebController.Cli.Commands;

/// <summary>`aeb list`: the built-in scenarios with their tags and descriptions.</summary>
public static class ListCommand
{
    public static Command Create(CliContext context)
    {
        var tag = new Option<string?>("--tag") { Description = "Only scenarios carrying this tag (suite)" };
        var command = new Command("list", "List the built-in scenarios") { tag };
        command.SetAction(parse =>
        {
            var catalog = ScenarioCatalog.Builtin;
            string? filter = parse.GetValue(tag);
            var console = ConsoleOutput.For(context.Out);
            var table = new Table().AddColumns("name", "tags", "description");
            int shown = 0;
            foreach (var entry in catalog.Entries)
            {
                var s = entry.Scenario;
                if (filter is not null && !s.Tags.Contains(filter, StringComparer.OrdinalIgnoreCase)) continue;
                table.AddRow(Markup.Escape(s.Name), Markup.Escape(string.Join(",", s.Tags)), Markup.Escape(s.Description ?? ""));
                shown++;
            }

            if (filter is not null && shown == 0) throw new UserInputException($"no scenario carries the tag '{filter}'; tags: {string.Join(", ", catalog.Tags)}");
            console.Write(table);
            console.WriteLine($"{shown} scenarios");
            return ExitCodes.Ok;
        });
        return command;
    }
}
