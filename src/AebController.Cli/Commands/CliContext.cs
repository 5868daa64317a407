namespace AebController.Cli.Commands;

/// <summary>Where a command writes; tests pass their own writers.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error);
