using System.CommandLine;

namespace AebController.Cli.Commands;

/// <summary>Every `aeb` command, registered in one place.</summary>
public static class CommandCatalog
{
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("AebController: AEB firmware on an emulated vehicle or a Raspberry Pi. Without a command: runs the demo scenario set.");
        DemoCommand.Attach(root, context);
        root.Subcommands.Add(ListCommand.Create(context));
        root.Subcommands.Add(RunCommand.Create(context));
        root.Subcommands.Add(SuiteCommand.Create(context));
        root.Subcommands.Add(FaultsCommand.Create(context));
        root.Subcommands.Add(TimingCommand.Create(context));
        root.Subcommands.Add(HwCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(ExploreCommand.Create(context));
        root.Subcommands.Add(MergeCommand.Create(context));
        root.Subcommands.Add(EstimateCommand.Create(context));
        root.Subcommands.Add(TuneCommand.Create(context));
        return root;
    }
}
