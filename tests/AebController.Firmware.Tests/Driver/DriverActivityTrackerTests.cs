using AebController.Firmware.Calibration;
using AebController.Firmware.Functions;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Driver;

/// <summary>
/// An override is a deliberate, persistent, physically plausible act. Oracles: a foot moves the
/// accelerator at most 12 travel/s (full travel in 83 ms), a kick-down must persist 0.1 s = 10
/// cycles at 10 ms, fast steering 0.05 s = 5 cycles, and the car must then yaw the same way.
/// </summary>
public sealed class DriverActivityTrackerTests
{
    private const float CycleS = 0.01f;

    private static DriverActivityTracker NewTracker(float cycleS = CycleS) =>
        new(kickDownPedal: 0.9f, brakeTravel: 0.05f, evasiveRateRps: 3f, cycleS, new DriverOverrideCalibration());

    private static DriverActivity Pedal(DriverActivityTracker t, float pedal, bool trusted = true) =>
        t.Update(pedal, trusted, default(PedalInputs), default(SteeringInput), steeringTrusted: true, yawRateRps: 0f, imuTrusted: true);

    private static DriverActivity Steer(DriverActivityTracker t, float rateRps, float yawRps, bool steeringTrusted = true, bool imuTrusted = true) =>
        t.Update(0f, true, default(PedalInputs), new SteeringInput { RateRps = rateRps }, steeringTrusted, yawRps, imuTrusted);

    [Theory]
    [InlineData(0.01f, 1)]
    [InlineData(0.001f, 100)]
    [InlineData(0.02f, 5)]
    [InlineData(0.1f, 1)]
    public void Confirmation_cycles_follow_the_calibrated_period(float cycleS, int pedalCycles)
    {
        var t = NewTracker(cycleS);
        // 0.1 s of pedal persistence at the given period (at least one cycle).
        Assert.Equal(cycleS == 0.01f ? 10 : pedalCycles, t.PedalConfirmCycles);
    }

    [Fact]
    public void Spikes_shorter_than_the_persistence_never_kick_down_whatever_their_size()
    {
        for (int spikeCycles = 1; spikeCycles < 10; spikeCycles++)
        {
            for (int size = 1; size <= 100; size++)
            {
                var t = NewTracker();
                for (int i = 0; i < 20; i++) Pedal(t, 0f);
                for (int i = 0; i < spikeCycles; i++) Assert.False(Pedal(t, size / 100f).KickDown, $"spike {size}% x{spikeCycles}");
                for (int i = 0; i < 50; i++) Assert.False(Pedal(t, 0f).KickDown);
            }
        }
    }

    [Fact]
    public void A_step_faster_than_a_foot_never_becomes_a_kick_down_even_when_held()
    {
        var t = NewTracker();
        for (int i = 0; i < 20; i++) Pedal(t, 0f);
        for (int i = 0; i < 500; i++)
        {
            var a = Pedal(t, 0.95f);
            Assert.False(a.KickDown);
            Assert.False(a.AccelPressed);
        }
    }

    [Theory]
    [InlineData(2f, true)]
    [InlineData(8f, true)]
    [InlineData(11f, true)]
    [InlineData(15f, false)]
    [InlineData(30f, false)]
    [InlineData(95f, false)]
    public void A_press_is_a_kick_down_only_at_a_human_rate(float ratePerS, bool expected)
    {
        var t = NewTracker();
        for (int i = 0; i < 20; i++) Pedal(t, 0f);
        float pedal = 0f;
        bool kicked = false;
        for (int i = 0; i < 200; i++)
        {
            pedal = MathF.Min(1f, pedal + ratePerS * CycleS);
            kicked |= Pedal(t, pedal).KickDown;
        }

        Assert.Equal(expected, kicked);
    }

    [Fact]
    public void A_human_kick_down_is_confirmed_after_the_persistence_and_a_held_pedal_never_triggers_again()
    {
        var t = NewTracker();
        for (int i = 0; i < 20; i++) Pedal(t, 0f);
        // Full travel in 0.15 s (6.67/s): past 0.9 at the 14th cycle (0.933).
        int edges = 0;
        int firstEdge = -1;
        for (int i = 1; i <= 600; i++)
        {
            var a = Pedal(t, MathF.Min(1f, i / 15f));
            if (a.KickDownRisingEdge)
            {
                edges++;
                if (firstEdge < 0) firstEdge = i;
            }
        }

        Assert.Equal(1, edges);
        // 14th cycle is the first at ≥ 0.9; confirmed on its 10th consecutive cycle.
        Assert.Equal(23, firstEdge);
    }

    [Fact]
    public void Disagreeing_tracks_never_kick_down_and_a_disagreement_restarts_the_persistence()
    {
        var t = NewTracker();
        for (int i = 0; i < 20; i++) Pedal(t, 0f);
        float pedal = 0f;
        for (int i = 0; i < 200; i++)
        {
            pedal = MathF.Min(1f, pedal + 0.05f);
            Assert.False(Pedal(t, pedal, trusted: false).KickDown);
        }

        // Now trusted, but one disagreeing cycle in every 9 keeps it from persisting 10.
        for (int i = 0; i < 200; i++)
        {
            Assert.False(Pedal(t, 1f, trusted: i % 9 != 0).KickDown);
        }
    }

    [Fact]
    public void After_a_restart_a_pedal_already_down_is_not_an_override_until_released_and_pressed_again()
    {
        var t = NewTracker();
        for (int i = 0; i < 100; i++) Assert.False(Pedal(t, 1f).KickDown);
        for (int i = 0; i < 5; i++) Pedal(t, 0f);
        bool kicked = false;
        for (int i = 1; i <= 40; i++) kicked |= Pedal(t, MathF.Min(1f, i / 10f)).KickDownRisingEdge;
        Assert.True(kicked);
    }

    [Fact]
    public void A_twitch_of_the_wheel_is_not_evasive_even_when_the_car_yaws()
    {
        // 3° of steering wheel and back within 20 ms: 5.2 rad/s for one cycle, then −5.2 rad/s.
        for (int fastCycles = 1; fastCycles < 5; fastCycles++)
        {
            var t = NewTracker();
            for (int i = 0; i < fastCycles; i++) Assert.False(Steer(t, 5.2f, 0.3f).EvasiveSteering);
            for (int i = 0; i < fastCycles; i++) Assert.False(Steer(t, -5.2f, 0.3f).EvasiveSteering);
            for (int i = 0; i < 100; i++) Assert.False(Steer(t, 0f, 0.3f).EvasiveSteering);
        }
    }

    [Fact]
    public void Fast_steering_one_way_for_the_persistence_with_the_car_yawing_that_way_is_evasive_once()
    {
        var t = NewTracker();
        int edges = 0;
        for (int i = 0; i < 30; i++) edges += Steer(t, 4f, i < 10 ? 0f : 0.2f).EvasiveSteeringRisingEdge ? 1 : 0;
        for (int i = 0; i < 100; i++) edges += Steer(t, 0f, 0.2f).EvasiveSteeringRisingEdge ? 1 : 0;
        Assert.Equal(1, edges);
        Assert.True(t.Current.EvasiveSteering);
        Assert.False(Steer(t, 0f, 0f).EvasiveSteering);
    }

    [Theory]
    [InlineData(0f, true, true)]
    [InlineData(-0.2f, true, true)]
    [InlineData(0.2f, false, true)]
    [InlineData(0.2f, true, false)]
    [InlineData(float.NaN, true, true)]
    public void Steering_is_not_evasive_unless_the_car_answers_and_both_signals_are_trusted(float yawRps, bool steeringTrusted, bool imuTrusted)
    {
        var t = NewTracker();
        for (int i = 0; i < 100; i++) Assert.False(Steer(t, 4f, yawRps, steeringTrusted, imuTrusted).EvasiveSteering);
    }

    [Fact]
    public void The_car_must_answer_within_the_response_window()
    {
        var t = NewTracker();
        for (int i = 0; i < 5; i++) Steer(t, 4f, 0f);
        // 0.6 s window = 60 cycles; the yaw arrives after 70.
        for (int i = 0; i < 70; i++) Assert.False(Steer(t, 0f, 0f).EvasiveSteering);
        Assert.False(Steer(t, 0f, 0.3f).EvasiveSteering);
    }
}
