using AebController.Emulation.Load;
using AebController.Firmware.Calibration;
using AebController.Firmware.Runtime;
using AebController.Firmware.Signals;

namespace AebController.Timing.Tests;

/// <summary>
/// Samples the worst-case step's cost on thread CPU time (what another process takes from the core is
/// not counted), in batches of <see cref="StepsPerBatch"/> steps so the clock's own cost (a system call,
/// ~0.3 µs) is spread thin. Each step batch is paired with a batch of a fixed reference workload run
/// right beside it, so a slower machine or a cache shared with a busy neighbour slows both alike and
/// their ratio stays put; a step grown tenfold moves the ratio tenfold.
/// </summary>
public sealed class StepCostSampler
{
    public const int StepsPerBatch = 100;
    private const int ReferenceRounds = 100;
    private readonly AebFirmware _firmware = new(AebCalibration.Default);
    private readonly WorstCaseSensorSource _load = new();
    private readonly SensorFrame _frame = new();
    private readonly float[] _reference = new float[64];
    private long _nowUs;

    public StepCostSampler()
    {
        _frame.Clear();
        for (int i = 0; i < _reference.Length; i++) _reference[i] = 1f + i * 0.37f;
        for (int i = 0; i < 20_000; i++) Step();
        for (int i = 0; i < 200; i++) Reference();
    }

    /// <summary>Per-step CPU time (ns) of each batch, and the ratio to the reference batch beside it.</summary>
    /// <param name="repeat">Runs each step this many times: a stand-in for a step grown that much slower.</param>
    public (double[] StepNs, double[] Ratio) Sample(int batches, int repeat = 1)
    {
        var stepNs = new double[batches];
        var ratio = new double[batches];
        for (int b = 0; b < batches; b++)
        {
            long t0 = ThreadCpuClock.NowNs();
            for (int i = 0; i < StepsPerBatch; i++)
            {
                for (int r = 0; r < repeat; r++) Step();
            }

            long t1 = ThreadCpuClock.NowNs();
            for (int i = 0; i < ReferenceRounds; i++) Reference();
            long t2 = ThreadCpuClock.NowNs();
            stepNs[b] = (t1 - t0) / (double)StepsPerBatch;
            ratio[b] = (t1 - t0) / (double)Math.Max(1, t2 - t1);
        }

        return (stepNs, ratio);
    }

    private void Step()
    {
        _load.Read(_frame, _nowUs += 10_000);
        _firmware.Step(_frame);
    }

    /// <summary>
    /// Not firmware code: a fixed mix of the same kinds of work a step does (float math with square
    /// roots and divisions over a 64-element array, branches), so it stays a constant yardstick.
    /// </summary>
    private float Reference()
    {
        float acc = 0f;
        for (int i = 0; i < _reference.Length; i++)
        {
            float v = _reference[i];
            float disc = v * v + 4f * v;
            acc += disc > 0f ? (MathF.Sqrt(disc) - v) / (2f * v + 1f) : 0f;
        }

        _reference[acc > 1e6f ? 0 : 1] += 1e-7f;
        return acc;
    }

    public static double Percentile(double[] values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Floor(p * sorted.Length))];
    }
}
