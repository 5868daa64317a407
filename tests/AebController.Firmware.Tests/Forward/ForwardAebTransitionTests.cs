using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Forward;

/// <summary>Every transition of the forward AEB state machine, each with its condition.</summary>
public class ForwardAebTransitionTests
{
    private static readonly AebController.Firmware.Perception.ThreatAssessment Warn = ForwardAebHarness.Threat(2.0f, 1.0f);
    private static readonly AebController.Firmware.Perception.ThreatAssessment Brake = ForwardAebHarness.Threat(1.6f, 3.5f);
    private static readonly AebController.Firmware.Perception.ThreatAssessment Stage2 = ForwardAebHarness.Threat(1.4f, 4.8f);
    private static readonly AebController.Firmware.Perception.ThreatAssessment Full = ForwardAebHarness.Threat(1.0f, 6.5f);
    private static readonly AebController.Firmware.Perception.ThreatAssessment Critical = ForwardAebHarness.Threat(0.6f, 8.0f);

    [Fact]
    public void Off_to_standby_when_in_drive_within_the_speed_range()
    {
        var h = new ForwardAebHarness();
        h.Step(ForwardAebHarness.NoThreat);
        Assert.Equal(ForwardAebState.Standby, h.Aeb.State);
    }

    [Theory]
    [InlineData(0.2f, Gear.Drive)]     // below 1 km/h
    [InlineData(69.6f, Gear.Drive)]    // above 250 km/h, the end of the FCW window
    [InlineData(15f, Gear.Neutral)]
    [InlineData(15f, Gear.Reverse)]
    public void Stays_off_outside_its_speed_range_or_gear(float speedMps, Gear gear)
    {
        var h = new ForwardAebHarness { SpeedMps = speedMps, Gear = gear };
        var output = h.Run(50, Critical);
        Assert.Equal(ForwardAebState.Off, h.Aeb.State);
        Assert.Equal(0f, output.BrakeDecelMps2);
        Assert.Equal(WarningOutputs.None, output.Warnings);
    }

    [Fact]
    public void Warning_to_off_when_the_gear_leaves_drive()
    {
        var h = new ForwardAebHarness();
        h.RunUntil(ForwardAebState.Warning, Brake);
        h.Gear = Gear.Neutral;
        h.Run(20, Brake); // past the gear's own debounce, if any
        Assert.Equal(ForwardAebState.Off, h.Aeb.State);
        Assert.Equal(WarningOutputs.None, h.Last.Warnings);
    }

    [Fact]
    public void Standby_to_off_when_speed_leaves_the_range()
    {
        var h = new ForwardAebHarness();
        h.Step(ForwardAebHarness.NoThreat);
        h.SpeedMps = 70f;
        h.Step(ForwardAebHarness.NoThreat);
        Assert.Equal(ForwardAebState.Off, h.Aeb.State);
    }

    [Theory]
    [InlineData(37.6f)]   // 135.4 km/h: just above the AEB window
    [InlineData(41.7f)]   // 150 km/h
    [InlineData(69.0f)]   // 248 km/h
    public void Above_the_aeb_window_fcw_still_warns_but_never_brakes(float speedMps)
    {
        var h = new ForwardAebHarness { SpeedMps = speedMps };
        h.Run(300, Critical);
        Assert.Equal(ForwardAebState.Warning, h.Aeb.State);
        Assert.True(h.Last.Warnings.HasFlag(WarningOutputs.Acoustic));
        Assert.Equal(0f, h.Last.BrakeDecelMps2);
    }

    [Fact]
    public void Speed_windows_have_hysteresis_so_noise_at_135_kph_never_toggles_braking()
    {
        var h = new ForwardAebHarness { SpeedMps = 37.4f };  // 134.6 km/h: inside
        h.RunUntil(ForwardAebState.Warning, Brake);
        // Noise up to +0.5 km/h beyond the limit keeps the window; braking comes after the warning time.
        for (int i = 0; i < 200 && h.Aeb.State == ForwardAebState.Warning; i++)
        {
            h.SpeedMps = i % 2 == 0 ? 37.6f : 37.4f;
            h.Step(Brake);
        }

        Assert.Equal(ForwardAebState.PartialBraking, h.Aeb.State);
    }

    [Fact]
    public void Standby_to_warning_needs_the_persistence_count_so_one_glitch_never_warns()
    {
        var h = new ForwardAebHarness();
        h.Step(ForwardAebHarness.NoThreat);
        h.Step(Warn);
        h.Step(ForwardAebHarness.NoThreat);
        h.Step(Warn);
        h.Step(Warn);
        Assert.Equal(ForwardAebState.Standby, h.Aeb.State);
        h.Step(Warn);
        Assert.Equal(ForwardAebState.Warning, h.Aeb.State);
        Assert.True(h.Last.Warnings.HasFlag(WarningOutputs.Acoustic));
        Assert.True(h.Last.Warnings.HasFlag(WarningOutputs.Visual));
        Assert.Equal(0f, h.Last.BrakeDecelMps2);
    }

    [Fact]
    public void Warning_to_standby_when_the_threat_goes_and_then_a_hold_off_before_warning_again()
    {
        var h = new ForwardAebHarness();
        h.RunUntil(ForwardAebState.Warning, Warn);
        h.Run(h.Aeb.ThreatLostCycles - 1, ForwardAebHarness.NoThreat);
        Assert.Equal(ForwardAebState.Warning, h.Aeb.State);
        h.Step(ForwardAebHarness.NoThreat);
        Assert.Equal(ForwardAebState.Standby, h.Aeb.State);
        // Within the 1 s hold-off a returning non-critical threat does not warn again.
        h.Run(20, Warn);
        Assert.Equal(ForwardAebState.Standby, h.Aeb.State);
        h.Run(100, Warn);
        Assert.Equal(ForwardAebState.Warning, h.Aeb.State);
    }

    [Fact]
    public void Warning_holds_through_noise_just_above_the_threshold_but_not_beyond_the_hysteresis()
    {
        var h = new ForwardAebHarness();
        h.RunUntil(ForwardAebState.Warning, Warn);
        float threshold = h.Aeb.WarningTtcS(15f);
        h.Run(200, ForwardAebHarness.Threat(threshold + 0.8f * h.Calibration.FcwHysteresisS, 1f));
        Assert.Equal(ForwardAebState.Warning, h.Aeb.State);
        h.Run(h.Aeb.ThreatLostCycles, ForwardAebHarness.Threat(threshold + 1.2f * h.Calibration.FcwHysteresisS, 1f));
        Assert.Equal(ForwardAebState.Standby, h.Aeb.State);
    }

    [Fact]
    public void Warning_to_partial_braking_only_after_the_minimum_warning_time()
    {
        var h = new ForwardAebHarness();
        h.RunUntil(ForwardAebState.Warning, Brake);
        int cycles = h.RunUntil(ForwardAebState.PartialBraking, Brake);
        // 0.8 s = 80 cycles of warning first (UN R152 5.2.1.1).
        Assert.InRange(cycles, 79, 82);
        Assert.Equal(1, h.Aeb.Stage);
        // Stage 1 level, never below UN R152's emergency braking demand of 5.0 m/s².
        Assert.Equal(MathF.Max(h.Calibration.PartialBrake1DecelMps2, 5.0f), h.Last.BrakeDecelMps2);
        Assert.Equal(0f, h.Last.TorqueLimit);
        Assert.True(h.Last.Warnings.HasFlag(WarningOutputs.Haptic));
        Assert.Equal(FunctionFlags.ForwardAeb, h.Last.BrakeReason);
    }

    [Fact]
    public void A_critical_threat_brakes_without_waiting_for_the_warning_time()
    {
        var h = new ForwardAebHarness();
        h.Step(ForwardAebHarness.NoThreat);
        int cycles = h.RunUntil(ForwardAebState.FullBraking, Critical, 10);
        Assert.True(cycles <= 4, $"took {cycles} cycles");
        Assert.Equal(h.Calibration.FullBrakeDecelMps2, h.Last.BrakeDecelMps2);
    }

    [Fact]
    public void Partial_stage_1_to_stage_2_and_stages_latch()
    {
        var h = new ForwardAebHarness();
        h.RunUntil(ForwardAebState.PartialBraking, Brake);
        h.Step(Stage2);
        Assert.Equal(2, h.Aeb.Stage);
        Assert.Equal(h.Calibration.PartialBrake2DecelMps2, h.Last.BrakeDecelMps2);
        // The need drops (braking works): the stage holds, graduated down toward the need but never below stage 1.
        h.Run(100, Brake);
        Assert.Equal(2, h.Aeb.Stage);
        // Graduated: at least what the gap needs (3.5 m/s², else the car would not stop short), eased below
        // the stage-2 level it started at.
        Assert.InRange(h.Last.BrakeDecelMps2, 3.5f, h.Calibration.PartialBrake2DecelMps2 - 0.01f);
        h.Run(100, ForwardAebHarness.Threat(1.8f, 0.5f));
        Assert.Equal(2, h.Aeb.Stage);
        Assert.Equal(h.Calibration.PartialBrake1DecelMps2, h.Last.BrakeDecelMps2);
    }

    [Fact]
    public void Partial_to_full_braking_when_the_need_exceeds_the_full_entry()
    {
        var h = new ForwardAebHarness();
        h.RunUntil(ForwardAebState.PartialBraking, Brake);
        h.Step(Full);
        Assert.Equal(ForwardAebState.FullBraking, h.Aeb.State);
        Assert.Equal(h.Calibration.FullBrakeDecelMps2, h.Last.BrakeDecelMps2);
        h.Run(10, Brake);
        Assert.Equal(ForwardAebState.FullBraking, h.Aeb.State);
    }

    [Fact]
    public void Braking_to_standstill_hold_then_release_after_the_hold_time()
    {
        var h = new ForwardAebHarness();
        h.RunUntil(ForwardAebState.FullBraking, Critical, 10);
        h.SpeedMps = 0f;
        h.Step(Critical);
        Assert.Equal(ForwardAebState.StandstillHold, h.Aeb.State);
        Assert.True(h.Last.BrakeDecelMps2 >= h.Calibration.HoldDecelMps2);
        int cycles = h.RunUntil(ForwardAebState.Release, ForwardAebHarness.NoThreat, 400);
        Assert.InRange(cycles, 195, 202);
        h.RunUntil(ForwardAebState.Off, ForwardAebHarness.NoThreat, 200);
        Assert.Equal(0f, h.Last.BrakeDecelMps2);
    }

    [Fact]
    public void Standstill_hold_releases_on_an_accelerator_press()
    {
        var h = new ForwardAebHarness();
        h.RunUntil(ForwardAebState.FullBraking, Critical, 10);
        h.SpeedMps = 0f;
        h.Run(20, ForwardAebHarness.NoThreat);
        Assert.Equal(ForwardAebState.StandstillHold, h.Aeb.State);
        h.Driver.AccelPressed = true;
        h.Driver.AccelRisingEdge = true;
        h.Step(ForwardAebHarness.NoThreat);
        Assert.Equal(ForwardAebState.Release, h.Aeb.State);
    }

    [Fact]
    public void Release_ramps_the_brake_out_instead_of_dropping_it()
    {
        var h = new ForwardAebHarness();
        h.RunUntil(ForwardAebState.FullBraking, Critical, 10);
        h.RunUntil(ForwardAebState.Release, ForwardAebHarness.NoThreat, 100);
        float first = h.Last.BrakeDecelMps2;
        h.Step(ForwardAebHarness.NoThreat);
        Assert.True(h.Last.BrakeDecelMps2 < first && h.Last.BrakeDecelMps2 > 0f);
        h.RunUntil(ForwardAebState.Standby, ForwardAebHarness.NoThreat, 200);
        Assert.Equal(0f, h.Last.BrakeDecelMps2);
    }

    [Fact]
    public void Braking_to_release_only_after_the_threat_is_gone_for_the_lost_count()
    {
        var h = new ForwardAebHarness();
        h.RunUntil(ForwardAebState.PartialBraking, Brake);
        h.Run(h.Aeb.ThreatLostCycles - 1, ForwardAebHarness.NoThreat);
        Assert.Equal(ForwardAebState.PartialBraking, h.Aeb.State);
        h.Step(ForwardAebHarness.NoThreat);
        Assert.Equal(ForwardAebState.Release, h.Aeb.State);
    }

    [Fact]
    public void Release_back_to_braking_when_the_threat_returns()
    {
        var h = new ForwardAebHarness();
        h.RunUntil(ForwardAebState.PartialBraking, Brake);
        h.RunUntil(ForwardAebState.Release, ForwardAebHarness.NoThreat, 100);
        h.RunUntil(ForwardAebState.PartialBraking, Stage2, 10);
        Assert.Equal(2, h.Aeb.Stage);
    }

    [Fact]
    public void Kick_down_during_warning_overrides_and_suppresses_while_held()
    {
        var h = new ForwardAebHarness();
        h.RunUntil(ForwardAebState.Warning, Brake);
        h.KickDown();
        h.Step(Brake);
        Assert.Equal(ForwardAebState.Overridden, h.Aeb.State);
        Assert.Equal(WarningOutputs.None, h.Last.Warnings);
        // Held well past the hold-off: still suppressed, and the held pedal does not re-trigger anything.
        h.Run(400, Critical);
        Assert.Equal(ForwardAebState.Overridden, h.Aeb.State);
        Assert.Equal(0f, h.Last.BrakeDecelMps2);
        h.ReleaseAccelerator();
        h.Step(ForwardAebHarness.NoThreat);
        Assert.Equal(ForwardAebState.Standby, h.Aeb.State);
    }

    [Fact]
    public void Override_hold_off_lasts_its_time_after_a_short_kick()
    {
        var h = new ForwardAebHarness();
        h.RunUntil(ForwardAebState.Warning, Brake);
        h.KickDown();
        h.Step(Brake);
        h.ReleaseAccelerator();
        h.Run(150, Brake);
        Assert.Equal(ForwardAebState.Overridden, h.Aeb.State);
        h.RunUntil(ForwardAebState.Standby, Brake, 60);
    }

    [Fact]
    public void Evasive_steering_during_braking_overrides_and_ramps_the_brake_out_never_in_one_cycle()
    {
        var h = new ForwardAebHarness();
        h.RunUntil(ForwardAebState.PartialBraking, Brake);
        // Partial braking opens with R152's 5.0 m/s² and eases to stage 1's 3.8 at 10 m/s³: 12 cycles.
        h.Run(15, Brake);
        float before = h.Last.BrakeDecelMps2;
        Assert.Equal(3.8f, before, 3);
        h.Driver.EvasiveSteering = true;
        h.Driver.EvasiveSteeringRisingEdge = true;
        h.Step(Brake);
        Assert.Equal(ForwardAebState.Overridden, h.Aeb.State);
        // Facing a collision the brake ramps out at the override release rate (20 m/s³ × 10 ms = 0.2 m/s² a cycle).
        Assert.Equal(before - 0.2f, h.Last.BrakeDecelMps2, 3);
        int cycles = 1;
        while (h.Last.BrakeDecelMps2 > 0f && cycles < 1000)
        {
            h.Step(Brake);
            cycles++;
        }

        // The stage-1 level (3.8 m/s²) at 20 m/s³ lasts 0.19 s: 19 cycles.
        int expected = (int)MathF.Ceiling(before / (20f * 0.01f) - 0.001f);
        Assert.Equal(19, expected);
        Assert.InRange(cycles, expected, expected + 1);
        Assert.Equal(1f, h.Last.TorqueLimit);
    }

    [Fact]
    public void Full_braking_is_overridden_by_kick_down()
    {
        var h = new ForwardAebHarness();
        h.RunUntil(ForwardAebState.FullBraking, Critical, 10);
        h.KickDown();
        h.Step(Critical);
        Assert.Equal(ForwardAebState.Overridden, h.Aeb.State);
    }

    [Fact]
    public void A_held_kick_down_from_before_the_threat_does_not_override()
    {
        var h = new ForwardAebHarness();
        h.KickDown();
        h.Step(ForwardAebHarness.NoThreat); // edge consumed in standby, nothing to override
        h.RunUntil(ForwardAebState.Warning, Brake);
        h.RunUntil(ForwardAebState.PartialBraking, Brake);
    }

    [Fact]
    public void A_braking_driver_in_the_warning_phase_gets_brake_assist()
    {
        var h = new ForwardAebHarness();
        h.RunUntil(ForwardAebState.Warning, Warn);
        h.Driver.BrakePressed = true;
        h.Driver.BrakeRisingEdge = true;
        h.Driver.BrakeTravel = 0.2f;
        h.Step(ForwardAebHarness.Threat(2.0f, 2.5f));
        Assert.Equal(FunctionFlags.BrakeAssist, h.Last.BrakeReason);
        Assert.Equal(2.5f * 1.1f, h.Last.BrakeDecelMps2, 3);
    }

    [Fact]
    public void A_braking_driver_during_partial_braking_is_boosted_to_the_need()
    {
        var h = new ForwardAebHarness();
        h.RunUntil(ForwardAebState.PartialBraking, Brake);
        h.Driver.BrakePressed = true;
        h.Step(ForwardAebHarness.Threat(1.2f, 5.5f));
        Assert.True(h.Last.BrakeReason.HasFlag(FunctionFlags.BrakeAssist));
        Assert.Equal(5.5f * 1.1f, h.Last.BrakeDecelMps2, 3);
    }

    [Fact]
    public void An_override_of_full_braking_then_a_lasting_input_fault_is_degraded()
    {
        var h = new ForwardAebHarness();
        h.RunUntil(ForwardAebState.FullBraking, Critical, 10);
        h.KickDown();
        h.Step(Critical);
        Assert.Equal(ForwardAebState.Overridden, h.Aeb.State);
        h.Degraded = true;
        h.Run(200, Critical); // beyond the 0.2 s fault hold and the ramp-out
        Assert.Equal(ForwardAebState.Degraded, h.Aeb.State);
        Assert.Equal(0f, h.Last.BrakeDecelMps2);
    }

    [Fact]
    public void Degraded_input_never_starts_braking_and_ramps_out_an_ongoing_one()
    {
        var h = new ForwardAebHarness { Degraded = true };
        h.Run(50, Critical);
        Assert.Equal(ForwardAebState.Degraded, h.Aeb.State);
        Assert.Equal(0f, h.Last.BrakeDecelMps2);
        Assert.Equal(WarningOutputs.None, h.Last.Warnings);

        // An ongoing brake is held through the fault grace (0.2 s = 20 cycles), then ramps out in the safe state.
        var braking = new ForwardAebHarness();
        braking.RunUntil(ForwardAebState.FullBraking, Critical, 10);
        braking.Degraded = true;
        braking.Run(20, Critical);
        Assert.Equal(ForwardAebState.FullBraking, braking.Aeb.State);
        Assert.Equal(braking.Calibration.FullBrakeDecelMps2, braking.Last.BrakeDecelMps2);
        braking.Step(Critical);
        Assert.Equal(ForwardAebState.Degraded, braking.Aeb.State);
        Assert.True(braking.Last.BrakeDecelMps2 < braking.Calibration.FullBrakeDecelMps2);
        braking.Run(200, Critical);
        Assert.Equal(0f, braking.Last.BrakeDecelMps2);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(20)]
    public void A_fault_shorter_than_the_grace_never_weakens_an_ongoing_brake_or_warning(int faultCycles)
    {
        // Oracle: a fault-free twin driven through the same threat. During the fault the request holds what it
        // was; after it, the request is never below the twin's.
        var braking = new ForwardAebHarness();
        var twin = new ForwardAebHarness();
        braking.RunUntil(ForwardAebState.PartialBraking, Brake);
        twin.RunUntil(ForwardAebState.PartialBraking, Brake);
        float before = braking.Step(Brake).BrakeDecelMps2;
        twin.Step(Brake);
        braking.Degraded = true;
        for (int i = 0; i < faultCycles; i++)
        {
            float twinMps2 = twin.Step(Brake).BrakeDecelMps2;
            float faultedMps2 = braking.Step(ForwardAebHarness.NoThreat).BrakeDecelMps2;
            Assert.Equal(before, faultedMps2);
            Assert.True(faultedMps2 >= twinMps2, $"cycle {i}: {faultedMps2} below the fault-free {twinMps2}");
            Assert.Equal(ForwardAebState.PartialBraking, braking.Aeb.State);
        }

        braking.Degraded = false;
        for (int i = 0; i < 30; i++)
        {
            float twinMps2 = twin.Step(Brake).BrakeDecelMps2;
            Assert.True(braking.Step(Brake).BrakeDecelMps2 >= twinMps2, $"cycle {i} after the fault: below the fault-free {twinMps2}");
        }

        Assert.Equal(ForwardAebState.PartialBraking, braking.Aeb.State);

        var warning = new ForwardAebHarness();
        warning.RunUntil(ForwardAebState.Warning, Warn);
        warning.Degraded = true;
        for (int i = 0; i < faultCycles; i++) Assert.True(warning.Step(ForwardAebHarness.NoThreat).Warnings.HasFlag(WarningOutputs.Acoustic));
        Assert.Equal(ForwardAebState.Warning, warning.Aeb.State);
    }

    [Fact]
    public void Degraded_recovers_through_off_to_standby()
    {
        var h = new ForwardAebHarness { Degraded = true };
        h.Step(ForwardAebHarness.NoThreat);
        h.Degraded = false;
        h.Step(ForwardAebHarness.NoThreat);
        Assert.Equal(ForwardAebState.Standby, h.Aeb.State);
    }

    [Fact]
    public void Warning_threshold_follows_reaction_time_and_driver_braking()
    {
        var h = new ForwardAebHarness();
        Assert.Equal(1.2f + 10f / 8f, h.Aeb.WarningTtcS(10f), 3);
        Assert.Equal(h.Calibration.FcwMinTtcS, h.Aeb.WarningTtcS(2f), 3);
        Assert.Equal(h.Calibration.FcwMaxTtcS, h.Aeb.WarningTtcS(60f), 3);
    }
}
