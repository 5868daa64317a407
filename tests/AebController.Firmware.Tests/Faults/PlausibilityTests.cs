using AebController.Firmware.Calibration;
using AebController.Firmware.Functions;
using AebController.Firmware.Monitoring;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;
using AebController.Firmware.Tests.Monitoring;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// Brake travel against the brake light switch, wheel speed against the IMU, standstill against the
/// IMU: each predicate swept over its range, then the monitor's detection times against the times
/// stated in docs/faults.md (brake pedal offset/disagree 0.2 s, drift 0.4 s).
/// </summary>
public sealed class PlausibilityTests
{
    private const long CycleUs = 10_000;

    [Fact]
    public void Brake_switch_agreement_sweep()
    {
        // The switch closes at about 3 %: open is plausible below 10 %, closed above 1 %.
        for (int i = -2; i <= 102; i++)
        {
            float travel = i / 100f;
            Assert.Equal(travel < 0.10f, PedalPlausibility.BrakeSwitchAgrees(travel, false, 0.01f, 0.10f));
            Assert.Equal(travel > 0.01f, PedalPlausibility.BrakeSwitchAgrees(travel, true, 0.01f, 0.10f));
        }

        Assert.False(PedalPlausibility.BrakeSwitchAgrees(float.NaN, false, 0.01f, 0.10f));
        Assert.False(PedalPlausibility.BrakeSwitchAgrees(float.PositiveInfinity, true, 0.01f, 0.10f));
    }

    [Fact]
    public void Wheel_step_sweep()
    {
        for (int i = -200; i <= 200; i++)
        {
            float step = i / 100f;
            Assert.Equal(MathF.Abs(step) <= 0.5f + 1e-6f, SpeedPlausibility.WheelStepPlausible(10f, 10f + step, 0.5f));
        }

        Assert.False(SpeedPlausibility.WheelStepPlausible(10f, float.NaN, 0.5f));
        Assert.False(SpeedPlausibility.WheelStepPlausible(float.NaN, 10f, 0.5f));
    }

    [Fact]
    public void Standstill_needs_the_imu_to_agree_where_it_is_trusted()
    {
        for (int s = 0; s <= 40; s++)
        {
            float speed = s * 0.01f;
            for (int d = 0; d <= 100; d++)
            {
                float decel = d * 0.1f;
                bool expected = speed <= 0.15f && decel <= 2.0f;
                Assert.Equal(expected, ForwardAebRules.AtStandstill(speed, 0.15f, decel, 2.0f));
            }

            // No IMU: the speed alone decides, as before.
            Assert.Equal(speed <= 0.15f, ForwardAebRules.AtStandstill(speed, 0.15f, float.NaN, 2.0f));
        }
    }

    private static (DiagnosticCode Codes, float DetectedAfterS, int TrustedDisagreeing) Pedal(Func<int, (float Travel, bool Switch)> pedal, int faultCycle, int cycles = 100)
    {
        var monitor = new InputMonitor(AebCalibration.Default.Monitoring);
        var frame = HealthyFrame.Create(0, pedal: 0f);
        float detected = -1f;
        int trustedDisagreeing = 0;
        for (int i = 0; i < cycles; i++)
        {
            HealthyFrame.Refresh(frame, 600_000 + i * CycleUs, pedal: 0f);
            var (travel, sw) = pedal(i);
            frame.Pedals.BrakeTravel = travel;
            frame.Pedals.BrakeSwitch = sw;
            monitor.Check(frame);
            if (detected < 0f && (monitor.Latched & DiagnosticCode.BrakePedalImplausible) != 0) detected = (i - faultCycle) * 0.01f;
            bool contradicts = (travel >= 0.10f && !sw) || (travel <= 0.01f && sw);
            if (contradicts && monitor.Health.BrakePedalAgrees) trustedDisagreeing++;
        }

        return (monitor.Latched, detected, trustedDisagreeing);
    }

    [Fact]
    public void A_real_press_and_release_is_plausible()
    {
        // The foot presses to 60 % in 0.3 s and lets go: the switch closes at 3 % of travel.
        var r = Pedal(i => { float t = i < 30 ? i / 50f : MathF.Max(0f, 0.6f - (i - 30) / 25f); return (t, t > 0.03f); }, 0);
        Assert.Equal(DiagnosticCode.None, r.Codes);
    }

    [Theory]
    [InlineData("offset", 0.2f)]
    [InlineData("disagree", 0.2f)]
    [InlineData("drift", 0.4f)]
    public void A_contradiction_is_detected_within_the_stated_time_and_never_trusted(string fault, float statedS)
    {
        const int at = 20;
        var r = Pedal(i => i < at ? (0f, false) : fault switch
        {
            "offset" => (0.2f, false),
            "disagree" => (0f, true),
            _ => (0.5f * (i - at) * 0.01f, false),
        }, at);
        Assert.True(r.DetectedAfterS >= 0f && r.DetectedAfterS <= statedS, $"detected after {r.DetectedAfterS} s");
        Assert.Equal(0, r.TrustedDisagreeing);
    }

    [Fact]
    public void A_one_sample_spike_is_not_trusted_and_sets_no_code()
    {
        var r = Pedal(i => i == 20 ? (0.9f, false) : (0f, false), 20);
        Assert.Equal(DiagnosticCode.None, r.Codes);
        Assert.Equal(0, r.TrustedDisagreeing);
    }

    private static (DiagnosticCode Codes, int Distrusted, bool OkAtEnd) Wheel(Func<int, float> truth, Func<int, float, float> corrupt, float decelMps2)
    {
        var monitor = new InputMonitor(AebCalibration.Default.Monitoring);
        var frame = HealthyFrame.Create(0);
        int distrusted = 0;
        for (int i = 0; i < 150; i++)
        {
            float v = truth(i);
            HealthyFrame.Refresh(frame, 600_000 + i * CycleUs, speedMps: corrupt(i, v));
            frame.Motion.LongAccelMps2 = v > 0f ? -decelMps2 : 0f;
            monitor.Check(frame);
            if (!monitor.Health.WheelSpeedOk) distrusted++;
        }

        return (monitor.Latched, distrusted, monitor.Health.WheelSpeedOk);
    }

    [Theory]
    [InlineData(0f)]
    [InlineData(3.8f)]
    [InlineData(9.8f)]
    public void A_car_braking_as_its_imu_feels_is_plausible(float decel)
    {
        var r = Wheel(i => MathF.Max(0f, 14f - decel * i * 0.01f), (_, v) => v, decel);
        Assert.Equal(DiagnosticCode.None, r.Codes);
        Assert.Equal(0, r.Distrusted);
    }

    [Fact]
    public void A_speed_that_jumps_one_metre_per_second_and_stays_is_faulted()
    {
        // A −1 m/s bias from cycle 50 while braking at 9.8 m/s² (the campaign's wheelSpeed offset).
        var r = Wheel(i => MathF.Max(0f, 14f - 9.8f * i * 0.01f), (i, v) => i >= 50 ? v - 1f : v, 9.8f);
        Assert.True((r.Codes & DiagnosticCode.WheelSpeedImplausible) != 0);
        Assert.False(r.OkAtEnd);
    }

    [Fact]
    public void A_one_sample_spike_is_distrusted_for_its_sample_only()
    {
        var r = Wheel(_ => 14f, (i, v) => i == 50 ? v - 10f : v, 0f);
        Assert.Equal(DiagnosticCode.None, r.Codes);
        Assert.Equal(1, r.Distrusted);
        Assert.True(r.OkAtEnd);
    }
}
