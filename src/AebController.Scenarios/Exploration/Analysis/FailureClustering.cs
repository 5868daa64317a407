using AebController.Scenarios.Exploration.Search;
using AebController.Scenarios.Exploration.Spaces;

namespace AebController.Scenarios.Exploration.Analysis;

/// <summary>
/// Groups failures into modes: first by signature (failure kind, class struck, every set parameter's
/// value), then by single linkage over the continuous search coordinates — two failures belong together
/// when every coordinate is within the linkage distance of the other's (a connected failure region). The
/// distance follows the sampling density: about 2.5 typical spacings (runs^(−1/d) for d continuous
/// parameters), between 0.12 and 0.45 of each range, so sparse campaigns do not split one region into
/// single runs and dense ones still separate distinct regions.
/// Large groups are clustered on an even subsample; the rest join the cluster of their nearest sampled
/// member. Deterministic: input in run-index order, output ordered by size then first index.
/// </summary>
public static class FailureClustering
{
    public static double Linkage(long runs, int continuousDimensions) =>
        continuousDimensions == 0 ? 1 : Math.Clamp(2.5 * Math.Pow(Math.Max(1, runs), -1.0 / continuousDimensions), 0.12, 0.45);
    public const int SampleCap = 1500;

    public static List<FailureMode> Cluster(ScenarioSpace space, IReadOnlyList<RunRecord> failures, long runs)
    {
        var continuous = Enumerable.Range(0, space.Dimensions).Where(i => !space.Parameters[i].IsSet).ToArray();
        double linkage = Linkage(runs, continuous.Length);
        var modes = new List<FailureMode>();
        var groups = failures.GroupBy(f => Signature(space, f), StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var members = group.ToList();
            int step = Math.Max(1, (members.Count + SampleCap - 1) / SampleCap);
            var sample = members.Where((_, i) => i % step == 0).ToList();
            var parent = Enumerable.Range(0, sample.Count).ToArray();
            int Find(int a)
            {
                while (parent[a] != a) a = parent[a] = parent[parent[a]];
                return a;
            }

            for (int a = 0; a < sample.Count; a++)
            {
                for (int b = a + 1; b < sample.Count; b++)
                {
                    if (Close(sample[a], sample[b], continuous, linkage)) parent[Find(b)] = Find(a);
                }
            }

            var byRoot = new Dictionary<int, FailureMode>();
            var rootOfSample = new int[sample.Count];
            for (int i = 0; i < sample.Count; i++) rootOfSample[i] = Find(i);
            foreach (var m in members)
            {
                int nearest = NearestSample(m, sample, continuous);
                int root = rootOfSample[nearest];
                if (!byRoot.TryGetValue(root, out var mode))
                {
                    mode = new FailureMode
                    {
                        Id = 0, Kind = m.Kind, CollidedWith = m.CollidedWith, Count = 0, Representative = m,
                        Low = (double[])m.Values.Clone(), High = (double[])m.Values.Clone(), FirstIndex = m.Index,
                    };
                    byRoot[root] = mode;
                }

                mode.Count++;
                for (int i = 0; i < m.Values.Length; i++)
                {
                    mode.Low[i] = Math.Min(mode.Low[i], m.Values[i]);
                    mode.High[i] = Math.Max(mode.High[i], m.Values[i]);
                }

                // The clearest failure represents the mode: it has the most margin to stay failing while shrinking.
                if (m.Robustness < mode.Representative.Robustness) mode.Representative = m;
            }

            modes.AddRange(byRoot.Values);
        }

        var ordered = modes.OrderByDescending(m => m.Count).ThenBy(m => m.FirstIndex).ToList();
        return ordered.Select((m, i) => new FailureMode
        {
            Id = i + 1, Kind = m.Kind, CollidedWith = m.CollidedWith, Count = m.Count, Representative = m.Representative,
            Low = m.Low, High = m.High, FirstIndex = m.FirstIndex,
        }).ToList();
    }

    public static string Signature(ScenarioSpace space, RunRecord r)
    {
        var parts = new List<string> { r.Kind, r.CollidedWith };
        for (int i = 0; i < space.Dimensions; i++)
        {
            if (space.Parameters[i].IsSet) parts.Add(space.Text(i, r.Values[i]));
        }

        return string.Join("|", parts);
    }

    private static bool Close(RunRecord a, RunRecord b, int[] dims, double linkage)
    {
        foreach (int i in dims)
        {
            if (Math.Abs(a.Search[i] - b.Search[i]) > linkage) return false;
        }

        return true;
    }

    private static int NearestSample(RunRecord m, List<RunRecord> sample, int[] dims)
    {
        int best = 0;
        double bestDistance = double.PositiveInfinity;
        for (int s = 0; s < sample.Count; s++)
        {
            double d = 0;
            foreach (int i in dims) d = Math.Max(d, Math.Abs(sample[s].Search[i] - m.Search[i]));
            if (d < bestDistance)
            {
                bestDistance = d;
                best = s;
                if (d == 0) break;
            }
        }

        return best;
    }
}
