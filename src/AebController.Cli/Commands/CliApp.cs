using System.CommandLine;
using AebController.Firmware.Files;

namespace AebController.Cli.Commands;

/// <summary>Entry point of `aeb`: builds the command tree and turns user-input errors into one line and exit code 2.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, Interruption.Manual());

    /// <summary>Runs a command; <paramref name="stop"/> is the shared Ctrl-C / SIGTERM signal (Program wires it to the process).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Interruption stop)
    {
        var context = new CliContext(stdout, stderr) { Stop = stop };
        RootCommand root = CommandCatalog.Build(context);
        try
        {
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                // One line: the first problem (the parser lists every follow-on of a bad token too).
                string more = parsed.Errors.Count > 1 ? $" ({parsed.Errors.Count - 1} more problem(s) on this command line)" : "";
                stderr.WriteLine($"aeb: {ParseErrorText.Describe(parsed.Errors[0].Message)}{more}");
                return ExitCodes.BadInput;
            }

            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
        }
        catch (InputFileException ex)
        {
            stderr.WriteLine($"aeb: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (UserInputException ex)
        {
            stderr.WriteLine($"aeb: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (AggregateException ex) when (ex.Flatten().InnerExceptions is [InputFileException or UserInputException, ..] inner)
        {
            stderr.WriteLine($"aeb: {inner[0].Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The environment refused a file operation (disk full, no permission): the user's to fix, said plainly.
            stderr.WriteLine($"aeb: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException) when (stop.Requested)
        {
            stderr.WriteLine($"aeb: interrupted by {stop.SignalName}");
            return stop.ExitCode;
        }
        catch (Exception ex)
        {
            string log = InternalErrorLog.Write(ex, args);
            stderr.WriteLine($"aeb: internal error (a fault of aeb, not of your input); details in {log}");
            return ExitCodes.InternalError;
        }
    }
}
