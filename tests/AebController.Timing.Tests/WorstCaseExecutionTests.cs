using AebController.Emulation.Load;
using AebController.Firmware.Calibration;
using AebController.Firmware.Runtime;
using AebController.Firmware.Signals;
using Xunit.Abstractions;

namespace AebController.Timing.Tests;

/// <summary>
/// Worst-case step budgets derived from the distribution measured on this machine class (2-vCPU VM,
/// .NET 10, TieredCompilation off), with a stated margin, so a tenfold slower step fails and load from
/// other processes does not: thread CPU time leaves out the time other processes take, and the ratio to
/// a reference workload run beside the step cancels a slower machine or a shared cache.
/// </summary>
public class WorstCaseExecutionTests(ITestOutputHelper output)
{
    // Measured on this machine class with StepCostSampler (2000 batches of 100 worst-case steps, Debug build
    // as `dotnet test` runs it, TieredCompilation off), three runs, with the machine loaded to a load
    // average of 60-75 by seven other builds and test runs:
    //   per-step thread CPU time (batch means): p50 24.0-25.5 µs, p90 29.8-31.6, p99 31.9-33.5, p99.9 34.2-36.3
    //   step/reference ratio:                   p50 22.2-22.8,   p90 28.8-29.3,   p99 32.7-32.8
    // Budgets: three times the highest measured figure of the same statistic.
    // Re-measured after issue 9's controller (transition tables, field checks, override and friction rules) made the
    // Debug step about 3x dearer: p50 95.1 µs, p99 161.5 µs, ratio 68.4 in a CI=true run on this VM (was 25.5/33.5/22.8).
    // Profiled (EventPipe sample profiler over this test): 48 % of the step was RadarThreatAssessor.CameraVetoes
    // re-checking every field of all 16 camera objects for each of the 64 stationary radar tracks; the candidates are
    // now worked out once per cycle. Re-measured after that fix, three runs, machine at load average 40-50:
    //   per-step thread CPU time: p50 58.3-60.0 µs, p90 73.8-83.0, p99 85.8-88.6, p99.9 87.7-97.9 (before the fix in the
    //   same conditions: p50 89.5-90.3, p99 141.6-147.7); step/reference ratio: p50 43.0-46.6, p90 74.5-84.4, p99 90.0-90.9.
    // Budgets: three times the highest measured figure of the same statistic. A tenfold step measured p50 492-513 µs,
    // ratio 504-548: it fails both by a wide margin.
    private const double MedianStepBudgetNs = 3 * 60_000;
    private const double P99StepBudgetNs = 3 * 88_600;
    private const double MedianRatioBudget = 3 * 46.6;

    [Fact]
    public void The_worst_case_step_stays_inside_budgets_derived_from_its_measured_distribution()
    {
        var sampler = new StepCostSampler();
        var (stepNs, ratio) = sampler.Sample(2000);
        double median = StepCostSampler.Percentile(stepNs, 0.5), p99 = StepCostSampler.Percentile(stepNs, 0.99), medianRatio = StepCostSampler.Percentile(ratio, 0.5);
        output.WriteLine($"per step: p50 {median:F0} ns, p90 {StepCostSampler.Percentile(stepNs, 0.9):F0}, p99 {p99:F0}, p99.9 {StepCostSampler.Percentile(stepNs, 0.999):F0}; "
            + $"ratio to reference p50 {medianRatio:F2}, p90 {StepCostSampler.Percentile(ratio, 0.9):F2}, p99 {StepCostSampler.Percentile(ratio, 0.99):F2}");
        Assert.True(median <= MedianStepBudgetNs, $"median step {median:F0} ns > budget {MedianStepBudgetNs} ns");
        Assert.True(p99 <= P99StepBudgetNs, $"p99 step {p99:F0} ns > budget {P99StepBudgetNs} ns");
        Assert.True(medianRatio <= MedianRatioBudget, $"median step/reference ratio {medianRatio:F2} > budget {MedianRatioBudget}");
    }

    [Fact]
    public void A_step_ten_times_slower_breaks_the_budgets()
    {
        var sampler = new StepCostSampler();
        var (stepNs, ratio) = sampler.Sample(200, repeat: 10);
        double median = StepCostSampler.Percentile(stepNs, 0.5), medianRatio = StepCostSampler.Percentile(ratio, 0.5);
        output.WriteLine($"tenfold step: p50 {median:F0} ns; ratio p50 {medianRatio:F2}");
        Assert.True(median > MedianStepBudgetNs, $"a tenfold step ({median:F0} ns) passes the median budget");
        Assert.True(medianRatio > MedianRatioBudget, $"a tenfold step (ratio {medianRatio:F2}) passes the ratio budget");
    }

    [Fact]
    public void The_worst_case_frame_keeps_every_function_busy()
    {
        var firmware = new AebFirmware(AebCalibration.Default);
        var load = new WorstCaseSensorSource();
        var frame = new SensorFrame();
        frame.Clear();
        var forward = new HashSet<ForwardAebState>();
        var lowForward = new HashSet<ObstacleAebState>();
        var rear = new HashSet<ObstacleAebState>();
        for (int i = 0; i < 1000; i++)
        {
            load.Read(frame, i * 10_000L);
            var c = firmware.Step(frame);
            forward.Add(c.ForwardAebState);
            lowForward.Add(c.LowSpeedForwardState);
            rear.Add(c.ReverseAebState);
        }

        Assert.Contains(forward, s => s is ForwardAebState.Warning or ForwardAebState.PartialBraking or ForwardAebState.FullBraking);
        Assert.Contains(lowForward, s => s is ObstacleAebState.Braking or ObstacleAebState.Warning);
        Assert.Contains(rear, s => s is ObstacleAebState.Braking or ObstacleAebState.Warning);
    }
}
