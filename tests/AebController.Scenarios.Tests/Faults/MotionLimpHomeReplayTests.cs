using AebController.Emulation.Faults;
using AebController.Firmware.Signals;
using AebController.Scenarios.Model;

namespace AebController.Scenarios.Tests.Faults;

/// <summary>
/// Runs `aeb faults` counted as degraded collisions on main f36e8c6 (docs/faults.md, session 15): one motion signal lost
/// while cruising, detected at once, and forward AEB stood aside, so the car hit the standing car of ccrs-50 at 50 km/h
/// and the slower car of ccrm-50 at 30 km/h. The fault-free runs stop short (the catalog's expectation). With the
/// remaining signals standing in (MotionLimpHome, GearHold, SpeedStandIn) the faulted car stops short too, and the fault is still
/// reported with its code.
/// </summary>
public sealed class MotionLimpHomeReplayTests
{
    // The campaign's cruising moment in these scenarios comes within the first second, before any threat.
    private const float FaultStartS = 0.8f;

    public static TheoryData<string, FaultInput, FaultKind, float, DiagnosticCode> Cases => new()
    {
        { "ccrs-50", FaultInput.YawRate, FaultKind.NaN, 0f, DiagnosticCode.ImuOutOfRange },
        { "ccrs-50", FaultInput.LongAccel, FaultKind.PositiveInfinity, 0f, DiagnosticCode.ImuOutOfRange },
        { "ccrm-50", FaultInput.YawRate, FaultKind.NegativeInfinity, 0f, DiagnosticCode.ImuOutOfRange },
        { "ccrs-50", FaultInput.Gear, FaultKind.Stale, 0f, DiagnosticCode.GearStale },
        { "ccrm-50", FaultInput.Gear, FaultKind.OutOfRange, 7f, DiagnosticCode.GearInvalid },
        { "ccrs-50", FaultInput.WheelSpeed, FaultKind.NaN, 0f, DiagnosticCode.WheelSpeedOutOfRange },
        { "ccrm-50", FaultInput.WheelSpeed, FaultKind.NegativeInfinity, 0f, DiagnosticCode.WheelSpeedOutOfRange },
        { "ccrs-50", FaultInput.WheelSpeed, FaultKind.Stale, 0f, DiagnosticCode.WheelSpeedStale },
        { "ccrm-50", FaultInput.Imu, FaultKind.Stale, 0f, DiagnosticCode.WheelSpeedStale },
        { "ccrs-50", FaultInput.WheelSpeed, FaultKind.Offset, -1f, DiagnosticCode.WheelSpeedImplausible },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_motion_signal_lost_while_cruising_no_longer_ends_in_a_collision(string name, FaultInput input, FaultKind kind, float value, DiagnosticCode code)
    {
        var clean = CatalogRun.Seeded(name);
        Assert.False(clean.Collided, $"{name} fault-free must stop short");
        var scenario = CatalogRun.Case(name) with
        {
            Faults = [new FaultDefinition { Input = input, Kind = kind, StartS = FaultStartS, Value = value }],
        };
        var faulted = CatalogRun.Seeded(scenario);
        Assert.True((faulted.Diagnostics & code) != 0, $"the fault must be reported as {code}; got {faulted.Diagnostics}");
        Assert.True(clean.FirstBrakeS > FaultStartS, "the fault must come before any braking");
        Assert.False(faulted.Collided, $"{name} with {input} {kind}: hit at {faulted.ImpactSpeedKph:0.0} km/h");
    }
}
