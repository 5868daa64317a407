using AebController.Firmware.Monitoring;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Monitoring;

/// <summary>
/// A lost wheel speed's stand-in (<see cref="SpeedStandIn"/>), against hand kinematics: a car at true speed v sees every
/// standing object close at v, whatever its accelerometer integrates. Settings written out here (the standing world as
/// the calibration's rows give it: from 5 m/s, ≥ 5 updates within 80 m, 2 witnesses in a 0.5 m/s gate), a 10 ms cycle,
/// a new list every cycle measured 20 ms earlier.
/// </summary>
public sealed class SpeedStandInTests
{
    private const long CycleUs = 10_000;
    private const long ListAgeUs = 20_000;
    private const int CarryCycles = 100;             // 1 s of IMU carry alone
    private const long FixMaxAgeUs = 250_000;        // a standing-world fix 0.25 s old at most

    private static readonly StationaryWorldSpeed.Settings World = new(5f, 1f, 5, 80f, 0.5f, 2, 0.5f, 0.04f, 4);

    private static SpeedStandIn Create() => new(World, CarryCycles, FixMaxAgeUs);

    /// <summary>A list of <paramref name="posts"/> guard-rail posts 20-60 m ahead closing at <paramref name="trueMps"/>.</summary>
    private static RadarObjectList Posts(int posts, float trueMps)
    {
        var list = new RadarObjectList { SensorOk = true, AgeUs = ListAgeUs, Count = posts };
        for (int i = 0; i < posts; i++)
        {
            list.Tracks[i] = new RadarTrack
            {
                Id = i + 1, LongitudinalM = 20f + 20f * i, LateralM = 4f, RelVelLongMps = -trueMps, WidthM = 0.2f,
                ElevationM = 0.5f, RcsDbsm = -5f, UpdateCount = 20,
            };
        }

        return list;
    }

    private static bool Step(SpeedStandIn s, int cycle, bool wheelOk, float wheelMps, float estimateMps, bool imuOk,
        int posts, float trueMps, bool forward = true, bool radarOk = true, bool threatStands = false)
    {
        var list = Posts(posts, trueMps);
        return s.Update(wheelOk, wheelMps, estimateMps, imuOk, forward, radarOk, ref list, cycle * CycleUs, 0f, threatStands);
    }

    [Fact]
    public void A_healthy_wheel_speed_needs_no_stand_in()
    {
        var s = Create();
        for (int i = 0; i < 300; i++) Assert.False(Step(s, i, true, 13.9f, 13.9f, true, 3, 13.9f));
    }

    [Fact]
    public void With_no_standing_world_the_imu_carried_estimate_stands_in_for_the_carry_time_only()
    {
        var s = Create();
        for (int i = 0; i < 100; i++) Step(s, i, true, 13.9f, 13.9f, true, 0, 13.9f);
        for (int k = 1; k <= CarryCycles; k++)
        {
            Assert.True(Step(s, 100 + k, false, float.NaN, 13.5f, true, 0, 13.9f), $"cycle {k} of the carry");
            Assert.Equal(13.5f, s.SpeedMps, 4);     // the estimate as it is: nothing to put it right
        }

        Assert.False(Step(s, 100 + CarryCycles + 1, false, float.NaN, 13.5f, true, 0, 13.9f));
    }

    [Fact]
    public void The_standing_world_puts_a_drifting_estimate_right_and_keeps_the_stand_in_past_the_carry_time()
    {
        var s = Create();
        const float trueMps = 13.9f;
        for (int i = 0; i < 100; i++) Step(s, i, true, trueMps, trueMps, true, 3, trueMps);
        // The accelerometer's +0.3 m/s² offset integrates into an estimate that walks off at 0.3 m/s per second.
        for (int k = 1; k <= 300; k++)
        {
            float estimate = trueMps + 0.3f * k * 0.01f;
            Assert.True(Step(s, 100 + k, false, float.NaN, estimate, true, 3, trueMps), $"cycle {k}");
            // The list measured 2 cycles ago was compared with the estimate of then: 2 × 0.003 m/s off at most.
            Assert.Equal(trueMps, s.SpeedMps, 0.01f);
        }
    }

    [Fact]
    public void Without_the_imu_only_a_fresh_standing_world_fix_keeps_the_stand_in()
    {
        var s = Create();
        const float trueMps = 13.9f;
        for (int i = 0; i < 100; i++) Step(s, i, true, trueMps, trueMps, true, 3, trueMps);
        // The motion message lost: the estimate holds the last speed (brake model, nothing braking); the posts say v.
        for (int k = 1; k <= 50; k++) Assert.True(Step(s, 100 + k, false, float.NaN, trueMps, false, 3, trueMps));
        // The posts vanish: the last fix (the list measured 2 cycles before the last cycle with posts) ages out after 0.25 s.
        int lastFixCycle = 150 - 2;
        for (int k = 151; k <= 250; k++)
        {
            bool fresh = (k - lastFixCycle) * CycleUs <= FixMaxAgeUs;
            Assert.Equal(fresh, Step(s, k, false, float.NaN, trueMps, false, 0, trueMps));
        }
    }

    [Fact]
    public void Without_the_imu_and_without_a_standing_world_nothing_stands_in()
    {
        var s = Create();
        for (int i = 0; i < 100; i++) Step(s, i, true, 13.9f, 13.9f, true, 0, 13.9f);
        Assert.False(Step(s, 100, false, float.NaN, 13.9f, false, 0, 13.9f));
    }

    [Fact]
    public void Reversing_or_with_the_radar_unreadable_below_the_carry_the_world_gives_nothing()
    {
        var s = Create();
        for (int i = 0; i < 100; i++) Step(s, i, true, 13.9f, 13.9f, true, 3, 13.9f);
        Assert.False(Step(s, 100, false, float.NaN, 13.9f, true, 3, 13.9f, forward: false));
        var t = Create();
        for (int i = 0; i < 100; i++) Step(t, i, true, 13.9f, 13.9f, true, 3, 13.9f, radarOk: false);
        Assert.False(Step(t, 100, false, float.NaN, 13.9f, false, 3, 13.9f, radarOk: false));
    }

    [Fact]
    public void A_non_finite_estimate_never_stands_in()
    {
        var s = Create();
        for (int i = 0; i < 100; i++) Step(s, i, true, 13.9f, 13.9f, true, 3, 13.9f);
        Assert.False(Step(s, 100, false, float.NaN, float.NaN, true, 3, 13.9f));
    }

    [Fact]
    public void Reset_forgets_the_standing_world()
    {
        var s = Create();
        for (int i = 0; i < 100; i++) Step(s, i, true, 13.9f, 13.9f, true, 3, 13.9f);
        s.Reset();
        Assert.False(Step(s, 100, false, float.NaN, 13.9f, false, 0, 13.9f));
    }

    [Fact]
    public void A_wheel_speed_lost_under_an_intervention_is_left_to_the_coast_through_until_it_ends()
    {
        var s = Create();
        for (int i = 0; i < 100; i++) Step(s, i, true, 13.9f, 13.9f, true, 3, 13.9f, threatStands: true);
        // IMU carry and a fresh standing world both there: still no take-over while the warning or braking stands.
        for (int k = 1; k <= 20; k++) Assert.False(Step(s, 100 + k, false, float.NaN, 13.9f, true, 3, 13.9f, threatStands: true));
        // The intervention over, the stand-in may serve.
        Assert.True(Step(s, 121, false, float.NaN, 13.9f, true, 3, 13.9f, threatStands: false));
    }

    [Fact]
    public void A_stand_in_that_took_over_while_cruising_serves_on_through_the_intervention_it_starts()
    {
        var s = Create();
        for (int i = 0; i < 100; i++) Step(s, i, true, 13.9f, 13.9f, true, 3, 13.9f);
        Assert.True(Step(s, 100, false, float.NaN, 13.9f, true, 3, 13.9f));
        for (int k = 1; k <= 50; k++) Assert.True(Step(s, 100 + k, false, float.NaN, 13.9f, true, 3, 13.9f, threatStands: true));
    }

    [Fact]
    public void A_stand_in_that_lapses_under_an_intervention_is_not_taken_up_again_before_it_ends()
    {
        var s = Create();
        for (int i = 0; i < 100; i++) Step(s, i, true, 13.9f, 13.9f, true, 0, 13.9f);
        Assert.True(Step(s, 100, false, float.NaN, 13.9f, true, 0, 13.9f));
        // The radar unreadable for a cycle with no standing world: no carry, no fix, the stand-in lapses.
        Assert.False(Step(s, 101, false, float.NaN, 13.9f, false, 0, 13.9f, radarOk: false, threatStands: true));
        Assert.False(Step(s, 102, false, float.NaN, 13.9f, true, 0, 13.9f, threatStands: true));
    }
}
