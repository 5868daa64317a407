using AebController.Emulation;
using AebController.Emulation.Vehicle;
using AebController.Firmware.Signals;
using AebController.Scenarios.Catalog;
using AebController.Scenarios.Model;
using AebController.Scenarios.Running;
using BenchmarkDotNet.Attributes;

namespace AebController.Benchmarks;

/// <summary>The emulated plant's 1 ms physics step (with every sensor model ticking) and one whole CCRs scenario.</summary>
[MemoryDiagnoser]
public class ClosedLoopBenchmarks
{
    private EmulatedVehicleHal _hal = null!;
    private ScenarioDefinition _ccrs = null!;
    private ScenarioRunner _runner = null!;
    private SensorFrame _frame = null!;
    private long _nowUs;

    [GlobalSetup]
    public void Setup()
    {
        ScenarioCatalog.Builtin.TryGet("ccrs-50", out var scenario);
        _ccrs = scenario!;
        _hal = ScenarioBuild.CreateHal(_ccrs, new VehicleParameters());
        _runner = new ScenarioRunner();
        _frame = new SensorFrame();
        _frame.Clear();
    }

    /// <summary>One millisecond of emulated world: plant, actors, radar front and rear, camera, ultrasonics, frame fill.</summary>
    [Benchmark]
    public float PlantStep1Ms()
    {
        if (_nowUs > 8_000_000)
        {
            ScenarioBuild.Reset(_hal, _ccrs);
            _nowUs = 0;
        }

        _nowUs += 1_000;
        _hal.Read(_frame, _nowUs);
        return _frame.Motion.WheelSpeedMps;
    }

    /// <summary>The whole ccrs-50 case closed loop, from set-up to result (about 1,000 control cycles).</summary>
    [Benchmark]
    public bool WholeCcrsScenario() => _runner.Run(_ccrs).Collided;
}
