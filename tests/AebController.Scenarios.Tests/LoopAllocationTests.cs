using AebController.Emulation.Profiles;
using AebController.Emulation.Vehicle;
using AebController.Firmware.Calibration;
using AebController.Firmware.Runtime;
using AebController.Scenarios.Catalog;
using AebController.Scenarios.Running;
using Xunit.Abstractions;

namespace AebController.Scenarios.Tests;

/// <summary>The closed loop — emulated vehicle, sensor models and firmware — allocates nothing per cycle.</summary>
public class LoopAllocationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(WorldProfile.IdealName)]
    [InlineData(WorldProfile.RealisticName)]
    public void One_hundred_thousand_cycles_of_every_function_and_fault_allocate_zero_bytes(string worldName)
    {
        var world = WorldProfile.Resolve(worldName);
        var catalog = ScenarioCatalog.Builtin;
        string[] names =
        [
            "ccrs-20", "ccrs-50", "ccrs-80", "ccrm-60", "ccrb-12m-6", "brake-assist", "override-kickdown", "override-swerve",
            "lsf-wall-6", "lsr-pedestrian-3", "rev-passengerCar-20", "rev-crossing-pedestrian", "mai-drive-wall-1m", "mai-reverse-passengerCar-1.5m",
            "mai-shift-and-slam", "deliberate-kickdown-at-speed", "fault-acceleratorPedal-trackDisagree", "fault-frontRadar-stale",
            "fault-wheelSpeed-naN", "fault-brake-actuator-weak", "fa-trench-plate", "fa-pass-between-parked", "cpna-40",
        ];
        const int cyclesPerRun = 900;
        long measuredCycles = 0;
        long allocated = 0;
        var perRun = new List<string>();
        int run = 0;

        // Start-up: every path (each state, each sensor model) runs once before anything is measured,
        // as the firmware is warmed up before its loop is armed.
        foreach (string name in names)
        {
            catalog.TryGet(name, out var warm);
            var warmHal = ScenarioBuild.CreateHal(warm!, new VehicleParameters(), world);
            var warmLoop = new ControlLoop(new VirtualCycleClock(0), warmHal, warmHal, new AebFirmware(AebCalibration.Default));
            warmLoop.Start(0);
            warmLoop.RunCycles(cyclesPerRun);
        }

        while (measuredCycles < 100_000)
        {
            catalog.TryGet(names[run++ % names.Length], out var scenario);
            Action Prepare()
            {
                var hal = ScenarioBuild.CreateHal(scenario!, new VehicleParameters(), world);
                var loop = new ControlLoop(new VirtualCycleClock(0), hal, hal, new AebFirmware(AebCalibration.Default));
                loop.Start(0);
                loop.RunCycles(10); // first-call JIT and lazy statics are start-up, not the loop
                return () => loop.RunCycles(cyclesPerRun - 10);
            }

            long bytes = DeterministicAllocation.MinBytes(Prepare, attempts: 3, out long first);
            if (bytes != 0) perRun.Add($"{scenario!.Name}#{run}: {bytes} B");
            else if (first != 0) output.WriteLine($"{scenario!.Name}#{run}: counter reported {first} B once, 0 B on a fresh repeat");
            allocated += bytes;
            measuredCycles += cyclesPerRun - 10;
        }

        Assert.True(allocated == 0, $"allocated {allocated} B on every repeat: {string.Join(", ", perRun)}");
    }
}
