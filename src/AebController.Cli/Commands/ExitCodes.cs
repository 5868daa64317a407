namespace AebController.Cli.Commands;

/// <summary>Exit codes of every `aeb` command.</summary>
public static class ExitCodes
{
    /// <summary>Everything expected held.</summary>
    public const int Ok = 0;

    /// <summary>The run worked, but an expectation, a deadline or a budget failed.</summary>
    public const int Failed = 1;

    /// <summary>Bad input: a malformed file, an unknown name, a wrong option.</summary>
    public const int BadInput = 2;

    /// <summary>A fault of aeb itself: one line with the path of a log holding the details.</summary>
    public const int InternalError = 3;

    /// <summary>Stopped by Ctrl-C or SIGTERM (the shell's 128 + SIGINT).</summary>
    public const int Interrupted = 130;
}
