using AebController.Emulation.Load;
using AebController.Emulation.Vehicle;
using AebController.Firmware.Calibration;
using AebController.Firmware.Runtime;
using AebController.Scenarios.Catalog;
using AebController.Scenarios.Running;

namespace AebController.Timing.Tests;

/// <summary>A million control cycles over every function and state, faults included: 0 bytes, 0 collections.</summary>
public class ZeroAllocationTests
{
    [Fact]
    public void A_million_cycles_over_every_suite_allocate_nothing_and_collect_nothing()
    {
        var catalog = ScenarioCatalog.Builtin;
        string[] suites = ["euro-ncap-ccr", "low-speed", "reverse", "mai", "faults", "demo"];
        var scenarios = suites.SelectMany(catalog.WithTag).DistinctBy(s => s.Name).ToArray();
        Assert.True(scenarios.Length > 100);

        // Start-up: one pass over every scenario arms all first-call paths (JIT, statics).
        var loops = new List<ControlLoop>();
        foreach (var s in scenarios)
        {
            var hal = ScenarioBuild.CreateHal(s, new VehicleParameters());
            var loop = new ControlLoop(new VirtualCycleClock(0), hal, hal, new AebFirmware(AebCalibration.Default));
            loop.RunCycles(200);
            loops.Add(loop);
        }

        var load = new WorstCaseSensorSource();
        var loadLoop = new ControlLoop(new VirtualCycleClock(0), load, load, new AebFirmware(AebCalibration.Default));
        loadLoop.RunCycles(1000);

        int gcBefore = GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2);
        long before = GC.GetAllocatedBytesForCurrentThread();
        long cycles = 0;
        while (cycles < 1_000_000)
        {
            foreach (var loop in loops)
            {
                loop.RunCycles(500);
                cycles += 500;
            }

            loadLoop.RunCycles(20_000);
            cycles += 20_000;
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        int collections = GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2) - gcBefore;
        Assert.Equal(0, allocated);
        Assert.Equal(0, collections);
    }
}
