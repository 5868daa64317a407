using AebController.Emulation.Faults;
using AebController.Firmware.Signals;
using AebController.Scenarios.Model;

namespace AebController.Scenarios.Tests.Faults;

/// <summary>
/// The campaign's runs whose front radar is lost while cruising, before any threat (`aeb faults`, moment cruising, the
/// campaign's seeds and fault starts): on main f36e8c6 forward AEB stood aside with its lamp on and the car hit the
/// pedestrian of cpna-40 at 40 km/h, the standing car of ccrs-30 / ccrs-50 at 30 / 50 km/h (`degradedCollisions`). With
/// the camera standing in for the radar (CameraFallbackThreat) the car must stop short, as the fault-free run does: the
/// judge's collision rule. The lamp stays on: the radar's code is latched before the first warning.
/// </summary>
public sealed class CameraFallbackRunsTests
{
    [Theory]
    [InlineData("cpna-40", 540ul, FaultInput.FrontRadarRange, FaultKind.Drift, 0.5695f, 1f)]
    [InlineData("cpna-40", 540ul, FaultInput.FrontRadarRangeRate, FaultKind.Offset, 0.5695f, 1f)]
    [InlineData("cpna-40", 540ul, FaultInput.FrontRadar, FaultKind.Stale, 0.5695f, 0f)]
    [InlineData("ccrs-30", 30ul, FaultInput.FrontRadar, FaultKind.Stale, 0.5595f, 0f)]
    [InlineData("ccrs-50", 50ul, FaultInput.FrontRadar, FaultKind.Stale, 0.5595f, 0f)]
    [InlineData("ccrs-50", 50ul, FaultInput.FrontRadarElevation, FaultKind.NaN, 0.5595f, 0f)]
    public void With_the_radar_lost_before_the_threat_the_camera_alone_stops_the_car_short(
        string name, ulong seed, FaultInput input, FaultKind kind, float startS, float value)
    {
        var scenario = CatalogRun.Case(name) with { Seed = seed };
        var free = CatalogRun.Runner().Run(scenario);
        var faulted = CatalogRun.Runner().Run(scenario with
        {
            Faults = [.. scenario.Faults, new FaultDefinition { Input = input, Kind = kind, StartS = startS, Value = value }],
        });

        Assert.False(free.Collided);
        Assert.False(faulted.Collided, $"{name}: contact at {faulted.ImpactSpeedKph} km/h with {input} {kind} from {startS} s");
        Assert.NotNull(faulted.FirstWarningS);
        float warningS = faulted.FirstWarningS!.Value;
        var atWarning = faulted.Trace.First(c => c.TimeS >= warningS - 1e-4f);
        Assert.NotEqual(DiagnosticCode.None, atWarning.Diagnostics);
    }
}
