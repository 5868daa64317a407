using AebController.Emulation.Load;
using AebController.Firmware.Calibration;
using AebController.Firmware.Runtime;
using AebController.Firmware.Signals;

namespace AebController.Timing.Tests;

/// <summary>
/// The worst-case step (full buffers, every function active) against budgets far above its cost:
/// the benchmark gives the figures; this test only proves the budgets hold. Execution time is the
/// thread's CPU time, so the VM or another test process taking the core away is not counted as the
/// step's cost; the best of three batches is judged so a cold cache after such a pause is not either.
/// </summary>
public class WorstCaseExecutionTests
{
    private const long MaxBudgetNs = 1_000_000;   // 1 ms: a tenth of the 10 ms period
    private const long P999BudgetNs = 250_000;
    private const long MedianBudgetNs = 100_000;

    [Fact]
    public void The_worst_case_step_stays_far_inside_its_budget()
    {
        var firmware = new AebFirmware(AebCalibration.Default);
        var load = new WorstCaseSensorSource();
        var frame = new SensorFrame();
        frame.Clear();
        for (int i = 0; i < 20_000; i++)
        {
            load.Read(frame, i * 10_000L);
            firmware.Step(frame);
        }

        long bestMax = long.MaxValue, bestP999 = long.MaxValue, bestMedian = long.MaxValue;
        long now = 20_000 * 10_000L;
        for (int batch = 0; batch < 3; batch++)
        {
            var histogram = new LogLinearHistogram();
            for (int i = 0; i < 20_000; i++)
            {
                load.Read(frame, now += 10_000);
                long start = ThreadCpuClock.NowNs();
                firmware.Step(frame);
                histogram.Record(ThreadCpuClock.NowNs() - start);
            }

            bestMax = Math.Min(bestMax, histogram.Max);
            bestP999 = Math.Min(bestP999, histogram.Percentile(0.999));
            bestMedian = Math.Min(bestMedian, histogram.Percentile(0.5));
        }

        Assert.True(bestMax < MaxBudgetNs, $"max {bestMax} ns");
        Assert.True(bestP999 < P999BudgetNs, $"p99.9 {bestP999} ns");
        Assert.True(bestMedian < MedianBudgetNs, $"median {bestMedian} ns");
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
