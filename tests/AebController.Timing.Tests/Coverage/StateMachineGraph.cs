namespace AebController.Timing.Tests;

/// <summary>
/// One state machine of the firmware as the tests see it: its states (from the enum) and its legal
/// transitions (written down from docs/state-machines.md and the function's own summary, not read out
/// of a run). A step can chain transitions (Off → Standby → Warning in one cycle through a fall-through);
/// a cycle-to-cycle change that is not one edge is credited to the edges of the shortest legal path.
/// </summary>
public sealed class StateMachineGraph
{
    private readonly int[][] _paths;

    public StateMachineGraph(string name, Type stateEnum, IEnumerable<(int From, int To)> edges)
    {
        Name = name;
        States = Enum.GetValues(stateEnum).Cast<object>().Select(Convert.ToInt32).ToArray();
        StateNames = States.Select(s => Enum.GetName(stateEnum, s)!).ToArray();
        int n = States.Max() + 1;
        Count = n;
        Edges = edges.Distinct().ToArray();
        EdgeIndex = new int[n * n];
        Array.Fill(EdgeIndex, -1);
        for (int i = 0; i < Edges.Length; i++) EdgeIndex[Edges[i].From * n + Edges[i].To] = i;
        _paths = new int[n * n][];
        for (int a = 0; a < n; a++)
        {
            for (int b = 0; b < n; b++) _paths[a * n + b] = ShortestPath(a, b);
        }
    }

    public string Name { get; }
    public int[] States { get; }
    public string[] StateNames { get; }
    public int Count { get; }
    public (int From, int To)[] Edges { get; }
    private int[] EdgeIndex { get; }

    /// <summary>The edge indices a change from <paramref name="from"/> to <paramref name="to"/> passes; empty if no legal path.</summary>
    public int[] PathEdges(int from, int to) => _paths[from * Count + to];

    public string StateName(int state) => StateNames[Array.IndexOf(States, state)];

    public string EdgeName(int edge) => $"{StateName(Edges[edge].From)} → {StateName(Edges[edge].To)}";

    private int[] ShortestPath(int from, int to)
    {
        if (from == to) return [];
        var previousEdge = new int[Count];
        Array.Fill(previousEdge, -1);
        var queue = new Queue<int>();
        queue.Enqueue(from);
        var seen = new bool[Count];
        seen[from] = true;
        while (queue.Count > 0)
        {
            int s = queue.Dequeue();
            if (s == to) break;
            for (int e = 0; e < Edges.Length; e++)
            {
                if (Edges[e].From != s || seen[Edges[e].To]) continue;
                seen[Edges[e].To] = true;
                previousEdge[Edges[e].To] = e;
                queue.Enqueue(Edges[e].To);
            }
        }

        if (!seen[to]) return [];
        var path = new List<int>();
        for (int s = to; s != from; s = Edges[previousEdge[s]].From) path.Add(previousEdge[s]);
        path.Reverse();
        return [.. path];
    }
}
