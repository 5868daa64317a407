using AebController.Firmware.Arbitration;
using AebController.Firmware.Functions;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Units;

/// <summary>
/// The arbiter's rules from its specification: the strongest brake wins, the lowest torque limit wins,
/// warnings add up, every contributor is named, NaN never loosens anything, diagnostics light the lamp.
/// </summary>
public class ArbiterTests
{
    private static ActuatorCommand Fold(params (FunctionOutput Request, FunctionFlags Function)[] requests)
    {
        var arbiter = default(Arbiter);
        arbiter.Begin();
        foreach (var (request, function) in requests) arbiter.Add(request, function);
        return arbiter.Finish(DiagnosticCode.None);
    }

    private static FunctionOutput Brake(float decel, FunctionFlags reason = FunctionFlags.None) =>
        new() { BrakeDecelMps2 = decel, TorqueLimit = 0f, BrakeReason = reason };

    [Fact]
    public void With_no_request_the_command_is_neutral()
    {
        var c = Fold((FunctionOutput.Idle, FunctionFlags.ForwardAeb), (FunctionOutput.Idle, FunctionFlags.Mai));
        Assert.Equal(0f, c.BrakeDecelRequestMps2);
        Assert.Equal(1f, c.DriveTorqueLimit);
        Assert.Equal(WarningOutputs.None, c.Warnings);
        Assert.Equal(FunctionFlags.None, c.BrakeReasons | c.TorqueReasons | c.WarningReasons);
        Assert.False(c.FaultLamp);
    }

    [Theory]
    [InlineData(3f, 6f, 6f)]
    [InlineData(6f, 3f, 6f)]
    [InlineData(9.8f, 0f, 9.8f)]
    public void The_strongest_brake_wins_and_every_braking_function_is_named(float a, float b, float expected)
    {
        var c = Fold((Brake(a), FunctionFlags.ForwardAeb), (Brake(b), FunctionFlags.LowSpeedForward));
        Assert.Equal(expected, c.BrakeDecelRequestMps2);
        var named = (a > 0 ? FunctionFlags.ForwardAeb : FunctionFlags.None) | (b > 0 ? FunctionFlags.LowSpeedForward : FunctionFlags.None);
        Assert.Equal(named, c.BrakeReasons);
    }

    [Fact]
    public void A_function_reporting_its_own_brake_reason_is_named_by_that_reason()
    {
        var c = Fold((Brake(4f, FunctionFlags.BrakeAssist), FunctionFlags.ForwardAeb));
        Assert.Equal(FunctionFlags.BrakeAssist, c.BrakeReasons);
    }

    [Theory]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    [InlineData(-2f)]
    public void A_non_finite_or_negative_brake_request_neither_brakes_nor_releases_another(float bad)
    {
        var c = Fold((Brake(5f), FunctionFlags.ReverseAeb), (new FunctionOutput { BrakeDecelMps2 = bad, TorqueLimit = 1f }, FunctionFlags.ForwardAeb));
        Assert.Equal(5f, c.BrakeDecelRequestMps2);
        Assert.Equal(FunctionFlags.ReverseAeb, c.BrakeReasons);
    }

    [Theory]
    [InlineData(0.3f, 0.6f, 0.3f)]
    [InlineData(1f, 0.2f, 0.2f)]
    [InlineData(float.NaN, 1f, 0f)]
    [InlineData(-0.5f, 1f, 0f)]
    [InlineData(1.5f, 0.7f, 0.7f)]
    public void The_lowest_torque_limit_wins_clamped_to_0_1_and_nan_means_no_torque(float a, float b, float expected)
    {
        var c = Fold((new FunctionOutput { TorqueLimit = a }, FunctionFlags.Mai), (new FunctionOutput { TorqueLimit = b }, FunctionFlags.PedalFaultLimit));
        Assert.Equal(expected, c.DriveTorqueLimit);
        var named = (!(a >= 1f) ? FunctionFlags.Mai : FunctionFlags.None) | (!(b >= 1f) ? FunctionFlags.PedalFaultLimit : FunctionFlags.None);
        Assert.Equal(named, c.TorqueReasons);
    }

    [Fact]
    public void Warnings_add_up_with_their_functions()
    {
        var c = Fold(
            (new FunctionOutput { TorqueLimit = 1f, Warnings = WarningOutputs.Acoustic }, FunctionFlags.LowSpeedRear),
            (new FunctionOutput { TorqueLimit = 1f, Warnings = WarningOutputs.Visual | WarningOutputs.Haptic }, FunctionFlags.ForwardAeb),
            (FunctionOutput.Idle, FunctionFlags.Mai));
        Assert.Equal(WarningOutputs.Acoustic | WarningOutputs.Visual | WarningOutputs.Haptic, c.Warnings);
        Assert.Equal(FunctionFlags.LowSpeedRear | FunctionFlags.ForwardAeb, c.WarningReasons);
    }

    [Fact]
    public void A_warning_two_functions_both_request_stays_on()
    {
        // "Warnings add up" is a union: the same output asked for twice is still asked for (not toggled off).
        var c = Fold(
            (new FunctionOutput { TorqueLimit = 1f, Warnings = WarningOutputs.Acoustic | WarningOutputs.Visual }, FunctionFlags.ForwardAeb),
            (new FunctionOutput { TorqueLimit = 1f, Warnings = WarningOutputs.Acoustic }, FunctionFlags.LowSpeedForward));
        Assert.Equal(WarningOutputs.Acoustic | WarningOutputs.Visual, c.Warnings);
        Assert.Equal(FunctionFlags.ForwardAeb | FunctionFlags.LowSpeedForward, c.WarningReasons);
    }

    [Fact]
    public void A_reason_or_contributor_named_twice_stays_named()
    {
        // Naming is a union: two requests giving the same reason (both functions holding the car at standstill),
        // or the same contributor twice, leave it named once, never toggled off.
        var c = Fold(
            (new FunctionOutput { BrakeDecelMps2 = 2f, TorqueLimit = 0.2f, Warnings = WarningOutputs.Visual, BrakeReason = FunctionFlags.StandstillHold }, FunctionFlags.ForwardAeb),
            (new FunctionOutput { BrakeDecelMps2 = 1f, TorqueLimit = 0.5f, Warnings = WarningOutputs.Visual, BrakeReason = FunctionFlags.StandstillHold }, FunctionFlags.ForwardAeb));
        Assert.Equal(FunctionFlags.StandstillHold, c.BrakeReasons);
        Assert.Equal(FunctionFlags.ForwardAeb, c.TorqueReasons);
        Assert.Equal(FunctionFlags.ForwardAeb, c.WarningReasons);
        Assert.Equal(2f, c.BrakeDecelRequestMps2);
        Assert.Equal(0.2f, c.DriveTorqueLimit);
    }

    [Fact]
    public void Diagnostics_are_carried_and_light_the_fault_lamp_and_begin_starts_afresh()
    {
        var arbiter = default(Arbiter);
        arbiter.Begin();
        arbiter.Add(Brake(7f), FunctionFlags.ForwardAeb);
        var faulted = arbiter.Finish(DiagnosticCode.WheelSpeedStale);
        Assert.Equal(DiagnosticCode.WheelSpeedStale, faulted.Diagnostics);
        Assert.True(faulted.FaultLamp);
        arbiter.Begin();
        var next = arbiter.Finish(DiagnosticCode.None);
        Assert.Equal(0f, next.BrakeDecelRequestMps2);
        Assert.False(next.FaultLamp);
    }
}
