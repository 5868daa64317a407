namespace AebController.Cli.Commands;

/// <summary>
/// Where a command writes and how it learns to stop; tests pass their own writers and interruption.
/// Progress and notes go to <see cref="Error"/> so <see cref="Out"/> stays clean for scripts.
/// </summary>
public sealed record CliContext(TextWriter Out, TextWriter Error)
{
    /// <summary>Ctrl-C / SIGTERM: long commands poll <see cref="Interruption.Token"/> and stop cleanly.</summary>
    public Interruption Stop { get; init; } = Interruption.Manual();

    /// <summary>True when <see cref="Out"/> is a terminal a person reads (tables, colours); false for pipes, files and tests.</summary>
    public bool OutIsTerminal => ReferenceEquals(Out, Console.Out) && !Console.IsOutputRedirected;

    /// <summary>True when <see cref="Error"/> is a terminal: progress may redraw one line.</summary>
    public bool ErrorIsTerminal => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;
}
