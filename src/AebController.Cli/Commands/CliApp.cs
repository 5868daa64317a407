using System.CommandLine;
using AebController.Emulation.Profiles;
using AebController.Firmware.Calibration;
using AebController.Scenarios.Loading;

namespace AebController.Cli.Commands;

/// <summary>Entry point of `aeb`: builds the command tree and turns user-input errors into one line and exit code 2.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var context = new CliContext(stdout, stderr);
        RootCommand root = CommandCatalog.Build(context);
        try
        {
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors) stderr.WriteLine($"aeb: {error.Message}");
                return ExitCodes.BadInput;
            }

            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (ScenarioFormatException ex)
        {
            stderr.WriteLine($"aeb: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (CalibrationException ex)
        {
            stderr.WriteLine($"aeb: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (WorldProfileException ex)
        {
            stderr.WriteLine($"aeb: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (UserInputException ex)
        {
            stderr.WriteLine($"aeb: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (IOException ex)
        {
            stderr.WriteLine($"aeb: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (UnauthorizedAccessException ex)
        {
            stderr.WriteLine($"aeb: {ex.Message}");
            return ExitCodes.BadInput;
        }
    }
}
