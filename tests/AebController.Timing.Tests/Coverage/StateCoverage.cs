using AebController.Firmware.Signals;

namespace AebController.Timing.Tests;

/// <summary>
/// Which states and transitions of every firmware state machine a run visited. Arrays are made up
/// front, so observing a cycle allocates nothing and can sit inside a measured allocation run.
/// </summary>
public sealed class StateCoverage
{
    private readonly StateMachineGraph[] _machines =
    [
        FirmwareStateMachines.Forward,
        FirmwareStateMachines.Obstacle("reverse AEB"),
        FirmwareStateMachines.Obstacle("low-speed forward"),
        FirmwareStateMachines.Obstacle("low-speed rear"),
        FirmwareStateMachines.Mai,
    ];

    private readonly bool[][] _statesSeen;
    private readonly bool[][] _edgesSeen;

    public StateCoverage()
    {
        _statesSeen = _machines.Select(m => new bool[m.Count]).ToArray();
        _edgesSeen = _machines.Select(m => new bool[m.Edges.Length]).ToArray();
    }

    /// <summary>One cursor per loop observed: the previous cycle's states of that loop.</summary>
    public sealed class Cursor
    {
        internal readonly int[] Previous = [-1, -1, -1, -1, -1];
    }

    public void Observe(Cursor cursor, in ActuatorCommand command)
    {
        Observe(cursor, 0, (int)command.ForwardAebState);
        Observe(cursor, 1, (int)command.ReverseAebState);
        Observe(cursor, 2, (int)command.LowSpeedForwardState);
        Observe(cursor, 3, (int)command.LowSpeedRearState);
        Observe(cursor, 4, (int)command.MaiState);
    }

    private void Observe(Cursor cursor, int machine, int state)
    {
        _statesSeen[machine][state] = true;
        int previous = cursor.Previous[machine];
        cursor.Previous[machine] = state;
        if (previous < 0 || previous == state) return;
        foreach (int edge in _machines[machine].PathEdges(previous, state)) _edgesSeen[machine][edge] = true;
    }

    /// <summary>A line per machine: states and transitions covered, and what was never visited.</summary>
    public IReadOnlyList<string> Report()
    {
        var lines = new List<string>();
        for (int m = 0; m < _machines.Length; m++)
        {
            var g = _machines[m];
            var missingStates = g.States.Where(s => !_statesSeen[m][s]).Select(g.StateName).ToArray();
            var missingEdges = Enumerable.Range(0, g.Edges.Length).Where(e => !_edgesSeen[m][e]).Select(g.EdgeName).ToArray();
            lines.Add($"{g.Name}: states {g.States.Length - missingStates.Length}/{g.States.Length}, transitions {g.Edges.Length - missingEdges.Length}/{g.Edges.Length}"
                + (missingStates.Length > 0 ? $"; states never visited: {string.Join(", ", missingStates)}" : "")
                + (missingEdges.Length > 0 ? $"; transitions never taken: {string.Join(", ", missingEdges)}" : ""));
        }

        return lines;
    }

    /// <summary>Every state and transition never visited, one "machine: state" or "machine: A → B" each.</summary>
    public IReadOnlySet<string> Gaps()
    {
        var gaps = new SortedSet<string>(StringComparer.Ordinal);
        for (int m = 0; m < _machines.Length; m++)
        {
            var g = _machines[m];
            foreach (int s in g.States.Where(s => !_statesSeen[m][s])) gaps.Add($"{g.Name}: {g.StateName(s)}");
            foreach (int e in Enumerable.Range(0, g.Edges.Length).Where(e => !_edgesSeen[m][e])) gaps.Add($"{g.Name}: {g.EdgeName(e)}");
        }

        return gaps;
    }
}
