namespace AebController.Cli.Commands;

/// <summary>A problem with what the user asked for; printed as one line, exit code 2.</summary>
public sealed class UserInputException(string message) : Exception(message);
