using Spectre.Console;

namespace AebController.Cli.Output;

/// <summary>
/// A table for people and scripts alike: a drawn table on a terminal, aligned plain text elsewhere
/// (pipes, files, CI logs). Never cuts or wraps a cell of a no-wrap column (names): on a terminal only
/// the last column (free text) wraps; plain text never wraps.
/// </summary>
public sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = new();

    public IReadOnlyList<string[]> Rows => _rows;

    public TextTable AddRow(params string[] cells)
    {
        if (cells.Length != headers.Length) throw new ArgumentException($"{cells.Length} cells for {headers.Length} columns", nameof(cells));
        _rows.Add(cells);
        return this;
    }

    public void Write(TextWriter writer, bool terminal)
    {
        if (terminal)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
            var table = new Table();
            for (int c = 0; c < headers.Length; c++)
            {
                var column = new TableColumn(Markup.Escape(headers[c]));
                if (c < headers.Length - 1) column.NoWrap();
                table.AddColumn(column);
            }

            foreach (var row in _rows) table.AddRow(row.Select(cell => new Text(cell)).ToArray<Spectre.Console.Rendering.IRenderable>());
            console.Write(table);
            return;
        }

        var widths = new int[headers.Length];
        for (int c = 0; c < headers.Length; c++)
        {
            widths[c] = headers[c].Length;
            foreach (var row in _rows) widths[c] = Math.Max(widths[c], row[c].Length);
        }

        WritePlain(writer, headers, widths);
        foreach (var row in _rows) WritePlain(writer, row, widths);
    }

    private static void WritePlain(TextWriter writer, string[] cells, int[] widths)
    {
        var line = new System.Text.StringBuilder();
        for (int c = 0; c < cells.Length; c++)
        {
            if (c > 0) line.Append("  ");
            line.Append(c == cells.Length - 1 ? cells[c] : cells[c].PadRight(widths[c]));
        }

        writer.WriteLine(line.ToString().TrimEnd());
    }
}
