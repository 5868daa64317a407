using AebController.Firmware.Calibration;
using AebController.Firmware.Runtime;
using AebController.Firmware.Signals;
using BenchmarkDotNet.Attributes;

namespace AebController.Benchmarks;

/// <summary>How the cost of one control step grows with the number of radar tracks.</summary>
[MemoryDiagnoser]
public class ControlStepBenchmarks
{
    private AebFirmware _firmware = null!;
    private SensorFrame _frame = null!;

    [Params(0, 8, 16, 32, 64)]
    public int RadarTracks { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _firmware = new AebFirmware(AebCalibration.Default);
        _frame = WorstCaseFrame.Create(RadarTracks);
    }

    [Benchmark]
    public float Step()
    {
        _frame.NowUs += 10_000;
        return _firmware.Step(_frame).BrakeDecelRequestMps2;
    }
}
