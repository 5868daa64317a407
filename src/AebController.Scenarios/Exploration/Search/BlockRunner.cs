using AebController.Scenarios.Exploration.Sampling;
using AebController.Scenarios.Exploration.Spaces;
using AebController.Scenarios.Model;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Exploration.Search;

/// <summary>
/// Runs one block of a campaign (see <see cref="CampaignPlan"/>): low-discrepancy points first, then
/// falsification chains — a (1+1) evolution strategy in the search cube that keeps a step when it
/// lowers the robustness margin and, once it fails, walks along the failure boundary (smaller |margin|
/// while still failing), so the chains find failures and then outline their region.
/// </summary>
public sealed class BlockRunner
{
    private const double InitialStep = 0.08;
    private readonly ScenarioSpace _space;
    private readonly ulong _seed;
    private readonly ScenarioRunner _runner;
    private readonly RunWatch? _watch;
    private readonly Func<ScenarioDefinition, ScenarioResult> _run;

    /// <param name="watch">Where this worker shows the run it is in, for a watchdog; runs it declared timed out are not run again.</param>
    /// <param name="run">The closed-loop run (default: <paramref name="runner"/>); tests put a hanging one here.</param>
    public BlockRunner(ScenarioSpace space, ulong seed, ScenarioRunner runner, RunWatch? watch = null, Func<ScenarioDefinition, ScenarioResult>? run = null)
    {
        _space = space;
        _seed = seed;
        _runner = runner;
        _watch = watch;
        _run = run ?? (s => runner.Run(s, copyTrace: true));
    }

    public RunRecord[] Run(long block, int slots)
    {
        int d = _space.Dimensions;
        var records = new RunRecord[slots];
        int halton = Math.Min(slots, CampaignPlan.HaltonPerBlock);
        for (int slot = 0; slot < halton; slot++)
        {
            var v = new double[d];
            Halton.Point(_seed, block * CampaignPlan.HaltonPerBlock + slot, v);
            records[slot] = Evaluate(v, block, slot);
        }

        // Chain starts: the least robust valid points of the block (ties to the earlier slot).
        var starts = records.Take(halton).Where(r => r.Valid).OrderBy(r => r.Robustness).ThenBy(r => r.Index).Take(CampaignPlan.Chains).ToArray();
        for (int c = 0; c < CampaignPlan.Chains; c++)
        {
            RunRecord? current = starts.Length == 0 ? null : starts[c % starts.Length];
            double step = InitialStep;
            for (int k = 0; k < CampaignPlan.StepsPerChain; k++)
            {
                int slot = CampaignPlan.HaltonPerBlock + c * CampaignPlan.StepsPerChain + k;
                if (slot >= slots) return records;
                var rng = SplitMix64.For(_seed, (ulong)block, (ulong)slot);
                var v = new double[d];
                for (int i = 0; i < d; i++)
                {
                    double next = current is null ? rng.NextDouble() : current.Search[i] + step * rng.NextGaussian();
                    v[i] = Reflect(next);
                }

                var candidate = Evaluate(v, block, slot);
                records[slot] = candidate;
                if (!candidate.Valid) continue;
                if (current is null || Better(candidate.Robustness, current.Robustness))
                {
                    current = candidate;
                    step = Math.Min(0.3, step * 1.3);
                }
                else
                {
                    step = Math.Max(0.005, step * 0.8);
                }
            }
        }

        return records;
    }

    /// <summary>Toward failure while passing; once failing, toward the boundary without passing again.</summary>
    public static bool Better(double candidate, double current) =>
        current > 0 ? candidate < current : candidate <= 0 && -candidate < -current;

    private static double Reflect(double x)
    {
        x = Math.Abs(x) % 2.0;
        if (x >= 1.0) x = 2.0 - x;
        return Math.Min(x, 0.999999999);
    }

    private RunRecord Evaluate(double[] v, long block, int slot)
    {
        long index = block * CampaignPlan.BlockSize + slot;
        var values = new double[v.Length];
        _space.FromSearch(v, values);
        if (!_space.IsValid(values)) return new RunRecord { Index = index, Block = (int)block, Valid = false, Search = v, Values = values };
        if (_watch?.HasTimedOut(index) == true) return OutcomeMeasure.TimedOut(index, (int)block, v, values, _watch.Bound);
        var scenario = _space.Instantiate(values, _seed, index);
        _watch?.Begin(index);
        var result = _run(scenario);
        _watch?.End();
        return OutcomeMeasure.Measure(scenario, result, index, (int)block, v, values, _space.AvoidableCollisionsOnly ? _runner : null);
    }
}
