using Spectre.Console;

namespace AebController.Cli.Commands;

/// <summary>A Spectre console on a given writer, so output goes where the caller (or a test) says.</summary>
public static class ConsoleOutput
{
    public static IAnsiConsole For(TextWriter writer)
    {
        bool terminal = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });

        // Redirected output has no terminal width; tables are read in files and CI logs, so give them room.
        if (!terminal) console.Profile.Width = 200;
        return console;
    }
}
