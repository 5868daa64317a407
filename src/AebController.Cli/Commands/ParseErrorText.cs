using System.Text.RegularExpressions;

namespace AebController.Cli.Commands;

/// <summary>
/// The command-line parser's own errors in aeb's words: "--seeds: expected a whole number, found abc"
/// instead of "... as expected type 'System.Int32'" (no .NET type name reaches a user).
/// </summary>
public static partial class ParseErrorText
{
    public static string Describe(string message)
    {
        var m = CannotParse().Match(message);
        if (!m.Success) return message;
        string value = m.Groups["value"].Value, owner = m.Groups["owner"].Value;
        string what = m.Groups["kind"].Value == "option" ? owner : $"the argument of '{owner}'";
        return $"{what}: expected {Words(m.Groups["type"].Value)}, found {value}";
    }

    private static string Words(string type) => type switch
    {
        "System.Int32" or "System.Int64" or "System.Int16" => "a whole number",
        "System.UInt32" or "System.UInt64" or "System.UInt16" or "System.Byte" => "a whole number of 0 or more",
        "System.Double" or "System.Single" or "System.Decimal" => "a number",
        "System.Boolean" => "true or false",
        "System.IO.FileInfo" => "a file path",
        "System.IO.DirectoryInfo" => "a folder path",
        _ => "a value of another form (see 'aeb <command> --help')",
    };

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (?<kind>option|command|argument) '(?<owner>[^']*)' as expected type '(?<type>[^']*)'\.?$")]
    private static partial Regex CannotParse();
}
