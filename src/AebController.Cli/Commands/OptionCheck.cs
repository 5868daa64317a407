using System.CommandLine;

namespace AebController.Cli.Commands;

/// <summary>The one shape of a refused option value: "--name: expected ..., found &lt;the value as typed&gt;".</summary>
public static class OptionCheck
{
    public static UserInputException Refuse<T>(ParseResult parse, Option<T> option, string expected)
    {
        var given = parse.GetResult(option)?.Tokens;
        string found = given is { Count: > 0 } ? given[^1].Value : $"{parse.GetValue(option)} (the default)";
        return new UserInputException($"{option.Name}: expected {expected}, found {found}");
    }
}
