using AebController.Emulation.Faults;
using AebController.Firmware.Signals;
using AebController.Scenarios.Model;

namespace AebController.Scenarios.Tests.Faults;

/// <summary>
/// Runs `aeb faults` counted as degraded collisions on main 8ec73e8 (docs/faults.md, session 16): the front radar's range
/// rate alone lost (NaN, ±∞) while cruising behind a moving lead; the monitor found the corrupt field at once and the
/// whole radar was set aside, so forward AEB stood aside and the car hit ccrb-12m-6's braking lead at 43 km/h and
/// ccrm-50's slower car at 30 km/h. The fault-free runs stop short (the catalog's expectation). With the rate stood in for
/// from the track's ranges (RadarRateStandIn) the faulted car stops short too, and the corrupt field is still reported
/// with its code (the lamp).
/// </summary>
public sealed class RateStandInReplayTests
{
    // The campaign's cruising moment in these scenarios comes within the first second, before any threat.
    private const float FaultStartS = 0.57f;

    public static TheoryData<string, FaultKind> Cases => new()
    {
        { "ccrb-12m-6", FaultKind.NaN },
        { "ccrb-12m-6", FaultKind.PositiveInfinity },
        { "ccrb-12m-6", FaultKind.NegativeInfinity },
        { "ccrm-50", FaultKind.NaN },
        { "ccrm-50", FaultKind.PositiveInfinity },
        { "ccrm-50", FaultKind.NegativeInfinity },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_range_rate_lost_while_cruising_no_longer_ends_in_a_collision(string name, FaultKind kind)
    {
        var clean = CatalogRun.Seeded(name);
        Assert.False(clean.Collided, $"{name} fault-free must stop short");
        var scenario = CatalogRun.Case(name) with
        {
            Faults = [new FaultDefinition { Input = FaultInput.FrontRadarRangeRate, Kind = kind, StartS = FaultStartS }],
        };
        var faulted = CatalogRun.Seeded(scenario);
        Assert.True((faulted.Diagnostics & DiagnosticCode.RadarValueOutOfRange) != 0, $"the fault must be reported; got {faulted.Diagnostics}");
        Assert.True(clean.FirstBrakeS > FaultStartS, "the fault must come before any braking");
        Assert.False(faulted.Collided, $"{name} with the rate {kind}: hit at {faulted.ImpactSpeedKph:0.0} km/h");
    }
}
