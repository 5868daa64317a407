using AebController.Emulation.Faults;
using AebController.Firmware.Signals;
using AebController.Scenarios.Model;

namespace AebController.Scenarios.Tests.Faults;

/// <summary>
/// The campaign's runs whose front radar is lost while cruising behind a moving lead (`aeb faults`, moment cruising, the
/// campaign's seeds and fault start 0.5695 s): on main 8ec73e8 forward AEB stood aside with its lamp on and the car hit the
/// lead braking at 6 m/s² of ccrb-12m-6 at 42.8 km/h and the 20 km/h lead of ccrm-50 at 30 km/h (`degradedCollisions`).
/// With the camera judging the lead from its own ranges (CameraLeadThreat) the car must stop short, as the fault-free run
/// does: the judge's collision rule. The lamp stays on: the radar's code is latched before the first warning.
/// </summary>
public sealed class CameraLeadRunsTests
{
    [Theory]
    [InlineData("ccrb-12m-6", 126ul, FaultInput.FrontRadar, FaultKind.Stale, 0f)]
    [InlineData("ccrb-12m-6", 126ul, FaultInput.FrontRadarRange, FaultKind.Drift, 1f)]
    [InlineData("ccrb-12m-6", 126ul, FaultInput.FrontRadarLateral, FaultKind.Stuck, 0f)]
    [InlineData("ccrm-50", 1050ul, FaultInput.FrontRadar, FaultKind.Stale, 0f)]
    [InlineData("ccrm-50", 1050ul, FaultInput.FrontRadarRange, FaultKind.NaN, 0f)]
    [InlineData("ccrm-50", 1050ul, FaultInput.FrontRadarLateral, FaultKind.Drift, 0.5f)]
    public void With_the_radar_lost_behind_a_moving_lead_the_camera_alone_stops_the_car_short(
        string name, ulong seed, FaultInput input, FaultKind kind, float value)
    {
        var scenario = CatalogRun.Case(name) with { Seed = seed };
        var free = CatalogRun.Runner().Run(scenario);
        var faulted = CatalogRun.Runner().Run(scenario with
        {
            Faults = [.. scenario.Faults, new FaultDefinition { Input = input, Kind = kind, StartS = 0.5695f, Value = value }],
        });

        Assert.False(free.Collided);
        Assert.False(faulted.Collided, $"{name}: contact at {faulted.ImpactSpeedKph} km/h with {input} {kind} from 0.5695 s");
        Assert.NotNull(faulted.FirstWarningS);
        float warningS = faulted.FirstWarningS!.Value;
        var atWarning = faulted.Trace.First(c => c.TimeS >= warningS - 1e-4f);
        Assert.NotEqual(DiagnosticCode.None, atWarning.Diagnostics);
    }
}
