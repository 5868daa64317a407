using AebController.Cli.Commands;

return CliApp.Run(args, Console.Out, Console.Error);
