using System.Text;

namespace AebController.Firmware.Functions;

/// <summary>
/// Renders transition tables as mermaid state diagrams and a markdown table, for
/// docs/state-machines.md (a test regenerates it and fails when the document is stale). Tooling
/// only: never called from the control loop.
/// </summary>
public static class StateDiagram
{
    public static string Mermaid<TState, TGuard>(ReadOnlySpan<Transition<TState, TGuard>> rows, TState initial)
        where TState : struct, Enum
        where TGuard : struct, Enum
    {
        var sb = new StringBuilder();
        sb.Append("```mermaid\nstateDiagram-v2\n");
        sb.Append("    [*] --> ").Append(initial).Append('\n');
        foreach (var row in rows)
        {
            sb.Append("    ").Append(row.From).Append(" --> ").Append(row.To).Append(" : ").Append(row.Guard).Append('\n');
        }

        sb.Append("```\n");
        return sb.ToString();
    }

    public static string Table<TState, TGuard>(ReadOnlySpan<Transition<TState, TGuard>> rows)
        where TState : struct, Enum
        where TGuard : struct, Enum
    {
        var sb = new StringBuilder();
        sb.Append("| from | to | guard (tried in this order) |\n|---|---|---|\n");
        foreach (var row in rows)
        {
            sb.Append("| ").Append(row.From).Append(" | ").Append(row.To).Append(" | ").Append(row.Guard).Append(" |\n");
        }

        return sb.ToString();
    }

    /// <summary>The whole of docs/state-machines.md.</summary>
    public static string Document()
    {
        var sb = new StringBuilder();
        sb.Append("# State machines\n\n");
        sb.Append("Generated from the transition tables in src/AebController.Firmware/Functions by\n");
        sb.Append("`StateDiagram.Document()`; `StateMachineDocTests` fails when this file is stale (run the tests with\n");
        sb.Append("`AEB_WRITE_STATE_DOC=1` to rewrite it). In each state the rows are tried in table order and the first\n");
        sb.Append("guard that holds is taken; a cycle takes at most a bounded chain of transitions. Each guard is a named\n");
        sb.Append("condition built from the pure rules (ForwardAebRules, OverridePredicates), each swept by unit tests.\n\n");
        sb.Append("## Forward AEB and FCW (`ForwardAeb`, table `ForwardAebTable`)\n\n");
        sb.Append(Mermaid(ForwardAebTable.Transitions, Signals.ForwardAebState.Off)).Append('\n');
        sb.Append(Table(ForwardAebTable.Transitions));
        sb.Append("\n## Obstacle braking: reverse AEB, low-speed forward and rear (`ObstacleAeb`, table `ObstacleAebTable`)\n\n");
        sb.Append("A cycle's chain of transitions also stops on entering Warning, Overridden or Degraded (`ObstacleAebTable.EndsChain`).\n\n");
        sb.Append(Mermaid(ObstacleAebTable.Transitions, Signals.ObstacleAebState.Off)).Append('\n');
        sb.Append(Table(ObstacleAebTable.Transitions));
        sb.Append("\n## MAI, pedal misapplication suppression (`Mai`, table `MaiTable`)\n\n");
        sb.Append("A cycle's chain of transitions also stops on entering Off, Degraded or DriverConfirmed, and on entering Monitoring\n");
        sb.Append("from any state but Off and Degraded (`MaiTable.EndsChain`): an ended suppression is judged afresh next cycle.\n\n");
        sb.Append(Mermaid(MaiTable.Transitions, Signals.MaiState.Off)).Append('\n');
        sb.Append(Table(MaiTable.Transitions));
        return sb.ToString();
    }
}
