using AebController.Cli.Commands;

using var stop = Interruption.FromProcessSignals();
return CliApp.Run(args, Console.Out, Console.Error, stop);
