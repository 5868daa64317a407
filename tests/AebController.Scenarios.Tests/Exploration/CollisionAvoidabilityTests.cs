using AebController.Emulation.Profiles;
using AebController.Emulation.Sensors;
using AebController.Emulation.Vehicle;
using AebController.Firmware.Signals;
using AebController.Scenarios.Exploration.Judging;
using AebController.Scenarios.Model;

namespace AebController.Scenarios.Tests.Exploration;

/// <summary>
/// The forward-encounter oracle against cases computed by hand (docs/exploration.md, "Which collisions
/// count"). Brake model of every case: dead time 0.08 s + lag 0.12 s = 0.2 s, then a step; dry-road braking
/// (the rule for when braking may start) is g = 9.81 m/s² (full pedal: 10). The bare world has sensors
/// without delay (radar 200 m, camera 80 m for vehicles) so the physics, the harsh-braking threshold (3 m/s²)
/// and the R152 warning lead can be checked alone; the realistic world's delays are checked against its profile.
/// </summary>
public class CollisionAvoidabilityTests
{
    private static readonly VehicleParameters Car = new() { BrakeDeadTimeS = 0.08f, BrakeLagS = 0.12f, FullPedalDecelMps2 = 10f, WidthM = 1.85f };

    private static readonly WorldProfile World = WorldProfile.Ideal with
    {
        FrontRadar = new RadarParameters { MaxRangeM = 200f, MinRcsAt100MDbsm = -5f, UpdatePeriodUs = 0, LatencyUs = 0, LatencyJitterUs = 0, ConfirmHits = 0 },
        Camera = new CameraParameters { MaxRangeM = 80f, VruMaxRangeM = 40f, FramePeriodUs = 0, ConfirmationDelayUs = 0, LatencyUs = 0 },
    };

    private static ScenarioDefinition Encounter(float egoKph, float leadKph, float gapM, float friction, float leadDecel = 0, float brakeAtS = 0.5f,
        ObjectClass cls = ObjectClass.PassengerCar, float offsetM = 0) => new()
    {
        Name = "hand",
        DurationS = 10,
        Road = new RoadDefinition { Friction = friction },
        Ego = new EgoDefinition { SpeedKph = egoKph, Gear = Gear.Drive, HoldSpeed = true },
        Actors =
        [
            new ActorDefinition
            {
                Id = "lead", Class = cls, GapM = gapM, YM = offsetM, SpeedKph = leadKph,
                Events = [new ActorEventDefinition { AtS = brakeAtS, AccelMps2 = -leadDecel }],
            },
        ],
    };

    [Fact]
    public void Stopped_car_at_100_kph_TTC_2_4_s_on_mu_0_5_is_unavoidable_and_needs_6_31()
    {
        // v = 27.7778 m/s, gap = v * 2.4 = 66.667 m: it needs far more than harsh braking (3 m/s^2) at once, the warning.
        // Waiting the 0.8 s lead is already too late: braking at 9.81 from 1.0 s leaves 66.667 - 27.778 = 38.889 m
        // < v^2 / 19.62 = 39.328 m, so braking is commanded at once. 0.2 s of dead time eats 5.556 m; needed
        // a = v^2 / (2 * 61.111) = 771.605 / 122.222 = 6.3131 m/s^2 > 0.5 * 9.81 = 4.905.
        var v = CollisionAvoidability.Judge(Encounter(100, 0, 100 / 3.6f * 2.4f, 0.5f), Car, World)!.Value;
        Assert.Equal(0, v.ThreatS, 6);
        Assert.Equal(0, v.JustifiedS, 6);
        Assert.Equal(0, v.CommandS, 6);
        Assert.Equal(0.2, v.BrakeStartS, 5);
        Assert.Equal(6.3131, v.RequiredDecelMps2, 3);
        Assert.Equal(4.905, v.AvailableDecelMps2, 4);
        Assert.False(v.Avoidable);
    }

    [Theory]
    // 50 km/h = 13.8889 m/s at a stopped car 2.4 s ahead (33.333 m): braking from 0.2 s would need 192.901 / (2 * 30.556)
    // = 3.1566 >= 3 m/s^2, so the AEB warns at 0. Waiting the 0.8 s lead is safe (braking at 9.81 from 1.0 s stops in
    // 9.83 of the 19.44 m left), so braking is commanded at 0.8 s: a = 192.901 / (2 * 19.444) = 4.9603 m/s^2.
    [InlineData(0.5f, false)] // 4.905 available
    [InlineData(0.6f, true)] // 5.886 available
    public void Stopped_car_at_50_kph_is_avoidable_only_above_the_needed_friction(float friction, bool avoidable)
    {
        var v = CollisionAvoidability.Judge(Encounter(50, 0, 50 / 3.6f * 2.4f, friction), Car, World)!.Value;
        Assert.Equal(0, v.JustifiedS, 6);
        Assert.Equal(0.8, v.CommandS, 6);
        Assert.Equal(4.9603, v.RequiredDecelMps2, 3);
        Assert.Equal(avoidable, v.Avoidable);
    }

    [Theory]
    // Ego 60, lead 20 km/h: closing 11.111 m/s, gap 3 s * 11.111 = 33.333 m. Braking from 0.2 s would need only 1.98 m/s^2:
    // a driver's normal braking. Harsh braking (3 m/s^2) is needed once 11.111^2 / (2 (g - 2.222)) = 3: g = 22.798 m, at
    // t = (33.3333 - 22.7984) / 11.1111 = 0.948148 s (the warning). Waiting the lead is safe (6.29 m of relative stop at 9.81
    // in the 11.69 m left), so braking starts at 1.94815 s; the ego need not stop, only match 20 km/h:
    // a = 123.457 / (2 * 11.687) = 5.2817 m/s^2.
    [InlineData(0.5f, false)] // 4.905 available
    [InlineData(0.6f, true)] // 5.886 available
    public void Slower_car_is_warned_once_harsh_braking_is_needed_and_braked_for_after_the_lead(float friction, bool avoidable)
    {
        var v = CollisionAvoidability.Judge(Encounter(60, 20, 40 / 3.6f * 3f, friction), Car, World)!.Value;
        Assert.Equal(0.948148, v.JustifiedS, 4);
        Assert.Equal(1.748148, v.CommandS, 4);
        Assert.Equal(5.2817, v.RequiredDecelMps2, 3);
        Assert.Equal(avoidable, v.Avoidable);
    }

    [Fact]
    public void Braking_lead_is_warned_for_when_it_brakes_and_braked_for_after_the_lead()
    {
        // Both at 50 km/h (13.8889 m/s), 12 m apart; the lead brakes at 6 m/s^2 from 0.5 s and stops 35.0195 m from the
        // ego's start (12 + 13.889 * 0.5 + 13.889^2 / 12). Closing (the threat) begins at 0.5 s and at once needs more than
        // 3 m/s^2 (13.889 * 0.7 + 96.451 / 3 = 41.87 > 35.02): the warning. Waiting the lead is safe (13.889 * 1.5 + 9.832
        // = 30.67 < 35.02), so braking starts at 1.5 s. A softer ego stays faster throughout, so the closest point is its
        // stop: 13.889 * 1.5 + 96.451 / a = 35.0195 -> a = 6.7989 m/s^2.
        var v = CollisionAvoidability.Judge(Encounter(50, 50, 12, 1.0f, leadDecel: 6), Car, World)!.Value;
        Assert.Equal(0.5, v.ThreatS, 6);
        Assert.Equal(0.5, v.JustifiedS, 6);
        Assert.Equal(1.3, v.CommandS, 6);
        Assert.Equal(1.5, v.BrakeStartS, 5);
        Assert.Equal(6.7989, v.RequiredDecelMps2, 3);
    }

    [Fact]
    public void A_lead_braking_hard_after_the_warning_may_be_braked_for_at_once()
    {
        // Ego 50 km/h (13.889 m/s) behind a lead at 30 km/h (8.333 m/s), 10 m apart: braking from 0.2 s would need
        // 30.864 / (2 * 8.889) = 1.74 m/s^2, and 2.52 just before 0.5 s: no warning yet. The lead brakes at 8 m/s^2 from
        // 0.5 s and stops 10 + 4.167 + 4.340 = 18.507 m from the ego's start, at 1.5417 s. At 0.5 s braking at 3 m/s^2
        // would end at 13.889 * 0.7 + 32.150 = 41.87 m > 18.51: the warning; waiting to 1.3 s (+0.2) is fatal even at
        // 9.81 (13.889 * 1.5 + 9.832 = 30.67 > 18.51), so braking is commanded at once. From 0.7 s, 18.507 - 9.722 =
        // 8.785 m are left: a = 192.901 / 17.570 = 10.979 m/s^2 (the ego is still faster, 4.65 m/s, when the lead stops):
        // unavoidable even on a dry road.
        var v = CollisionAvoidability.Judge(Encounter(50, 30, 10, 1.0f, leadDecel: 8), Car, World)!.Value;
        Assert.Equal(0.5, v.JustifiedS, 6);
        Assert.Equal(0.5, v.CommandS, 6);
        Assert.Equal(10.979, v.RequiredDecelMps2, 2);
        Assert.False(v.Avoidable);
    }

    [Theory]
    // 100 km/h at a stopped car 4 s (111.111 m) ahead. The radar reaches 200 m but a standing car is confirmed only
    // within the camera's 80 m: threat at (111.111 - 80) / 27.7778 = 1.12 s, needing 771.605 / (2 * 74.444) = 5.18 m/s^2
    // at once (the warning). Waiting the lead is safe (111.111 - 27.7778 * 2.12 = 52.22 m > 39.33 m of dry stop), so
    // braking starts at 2.12 s: a = 771.605 / (2 * 52.222) = 7.3877 m/s^2.
    [InlineData(0.7f, false)] // 6.867 available
    [InlineData(0.8f, true)] // 7.848 available
    public void A_stopped_car_counts_from_the_camera_range(float friction, bool avoidable)
    {
        var v = CollisionAvoidability.Judge(Encounter(100, 0, 100 / 3.6f * 4f, friction), Car, World)!.Value;
        Assert.Equal(1.12, v.ThreatS, 4);
        Assert.Equal(1.92, v.CommandS, 4);
        Assert.Equal(7.3877, v.RequiredDecelMps2, 3);
        Assert.Equal(avoidable, v.Avoidable);
    }

    [Fact]
    public void The_realistic_sensors_delays_follow_their_profile()
    {
        // Radar: 2 confirming updates of 50 ms + 50 ms latency + 20 ms jitter = 0.17 s. Camera: a 50 ms frame, 0.3 s
        // classification, 0.1 s latency = 0.45 s (realistic.json, sensors.md).
        var w = WorldProfile.Realistic;
        Assert.Equal((2 * w.FrontRadar.UpdatePeriodUs + w.FrontRadar.LatencyUs + w.FrontRadar.LatencyJitterUs) * 1e-6, CollisionAvoidability.RadarDelayS(w.FrontRadar), 9);
        Assert.Equal((w.Camera.FramePeriodUs + w.Camera.ConfirmationDelayUs + w.Camera.LatencyUs) * 1e-6, CollisionAvoidability.CameraDelayS(w.Camera), 9);
    }

    [Fact]
    public void The_explorers_first_minimal_case_is_unavoidable_in_the_realistic_world()
    {
        // forward-aeb mode 1 of the first campaign: 100 km/h at a stopped car 4 s ahead on mu 0.5, impact 45 km/h.
        // Camera (80 m) + its 0.45 s: perceived at 1.12 + 0.45 = 1.57 s, needing 771.605 / (2 * (111.111 - 27.778 * 1.77))
        // = 6.23 m/s^2 (the warning); waiting the lead is safe (111.111 - 27.7778 * 2.57 = 39.72 m > 39.33 m), braking from
        // 2.57 s needs 771.605 / (2 * 39.7222) = 9.71251 > 4.905 m/s^2. On a dry road the same case is (just) avoidable.
        var realistic = WorldProfile.Realistic;
        Assert.Equal(80, realistic.Camera.MaxRangeM);
        Assert.Equal(0.45, CollisionAvoidability.CameraDelayS(realistic.Camera), 9);
        var v = CollisionAvoidability.Judge(Encounter(100, 0, 100 / 3.6f * 4f, 0.5f), Car, realistic)!.Value;
        Assert.Equal(1.57, v.PerceivedS, 4);
        Assert.Equal(2.37, v.CommandS, 4);
        Assert.Equal(9.71251, v.RequiredDecelMps2, 3);
        Assert.False(v.Avoidable);
        Assert.True(CollisionAvoidability.Judge(Encounter(100, 0, 100 / 3.6f * 4f, 1.0f), Car, realistic)!.Value.Avoidable);
    }

    [Fact]
    public void A_jerk_limited_lead_stops_later_than_a_step_and_the_staircase_never_runs_ahead_of_the_ramp()
    {
        // 50 km/h lead braking at 6 m/s^2 from 0 with jerk 10 m/s^3: the ramp takes 0.6 s, covers 13.889 * 0.6 - 10 * 0.6^3 / 6
        // = 7.9733 m and removes 1.8 m/s; the rest, 12.0889^2 / 12 = 12.1785 m: 20.1518 m in all (a step: 16.0751 m).
        var lead = new ActorDefinition { Id = "lead", Class = ObjectClass.PassengerCar, GapM = 0, SpeedKph = 50, Events = [new ActorEventDefinition { AtS = 0, AccelMps2 = -6 }] };
        double stopped = CollisionAvoidability.TargetMotion(lead, 0, 10).At(100).X;
        Assert.InRange(stopped, 20.1518 - 13.889 * 0.6 / (2 * CollisionAvoidability.JerkSteps) - 1e-3, 20.1518);
        Assert.Equal(16.0751, CollisionAvoidability.TargetMotion(lead, 0).At(100).X, 3);
    }

    /// <summary>
    /// What the ideal perceives of a lead whose braking builds: the staircase's deceleration is never below the ramp's
    /// (the oracle stays the stricter judge) and never ahead of it by a controller cycle (10 ms): a sensor cannot report a
    /// deceleration before the lead has it. By hand: 8 m/s² (the forward-aeb space's largest) at 10 m/s³ from 0.5 s,
    /// ramp deceleration min(8, 10 (t − 0.5)). The 16-step staircase ran 50 ms ahead (one step of 0.05 s).
    /// </summary>
    [Fact]
    public void The_staircase_never_runs_a_controller_cycle_ahead_of_the_ramp()
    {
        var lead = new ActorDefinition { Id = "lead", Class = ObjectClass.PassengerCar, GapM = 0, SpeedKph = 100, Events = [new ActorEventDefinition { AtS = 0.5f, AccelMps2 = -8 }] };
        var motion = CollisionAvoidability.TargetMotion(lead, 0, 10);
        for (double t = 0.5; t <= 1.4; t += 0.0005)
        {
            double decel = -motion.At(t).A;
            Assert.True(decel >= Math.Min(8, 10 * (t - 0.5)) - 1e-9, $"{t:F4} s: {decel:F3} m/s², behind the ramp");
            Assert.True(decel <= Math.Min(8, 10 * (t + 0.01 - 0.5)) + 1e-9, $"{t:F4} s: {decel:F3} m/s², the ramp's value more than 10 ms later");
        }
    }

    /// <summary>
    /// Failing runs of `aeb explore forward-aeb --budget 2000 --seed 1` (main 8ec73e8; mode 1: a lead braking from 0.5 s
    /// at the actor jerk limit, realistic sensors) judged against the exact ramp, computed by hand in double precision
    /// outside the oracle (the ideal perceives the lead's exact state 0.17 s old, its deceleration held to a stop; warns at
    /// 3 m/s², commands at the end of R152's 0.8 s lead or when waiting would be fatal on a dry road; brakes 0.2 s later at
    /// μ·g; time steps of 1 ms; docs/exploration.md session 16). With the 16-step staircase the oracle called all five
    /// avoidable (run 1268: command 0.786 s, needs 8.79 of 8.79).
    /// </summary>
    [Theory]
    [InlineData(1268, 61.682f, 40.849f, 6.185f, 2.476f, 0.896f, 0.805, 8.84, false)]
    [InlineData(1265, 63.798f, 45.344f, 7.144f, 2.621f, 0.942f, 0.836, 9.33, false)]
    [InlineData(1346, 63.898f, 33.538f, 3.619f, 2.485f, 0.740f, 0.802, 7.33, false)]
    [InlineData(1374, 92.772f, 55.399f, 3.586f, 2.687f, 0.775f, 0.846, 7.66, false)]
    [InlineData(383, 50.297f, 21.918f, 6.335f, 2.419f, 0.784f, 0.786, 7.46, true)]
    public void Braking_leads_are_judged_as_the_exact_ramp_judges_them(int run, float egoKph, float leadKph, float leadDecel, float ttc0S,
        float friction, double handCommandS, double handNeedMps2, bool avoidable)
    {
        var realistic = WorldProfile.Realistic;
        var v = CollisionAvoidability.Judge(Encounter(egoKph, leadKph, (egoKph - leadKph) / 3.6f * ttc0S, friction, leadDecel), Car, realistic)!.Value;
        Assert.True(Math.Abs(v.CommandS - handCommandS) <= 0.003, $"run {run}: command {v.CommandS:F3} s, by hand {handCommandS:F3} s");
        Assert.True(Math.Abs(v.RequiredDecelMps2 - handNeedMps2) <= 0.03, $"run {run}: needs {v.RequiredDecelMps2:F2} m/s², by hand {handNeedMps2:F2}");
        Assert.Equal(avoidable, v.Avoidable);
    }

    [Fact]
    public void Held_motion_extrapolates_the_acceleration_of_that_moment_to_a_stop()
    {
        // 20 m/s, braking at 2 m/s^2 from 1 s to 10 m/s (reached at 6 s). Known at 2 s (18 m/s, -2 m/s^2) it is taken to
        // stop at 2 + 9 = 11 s, 20 + 19 + 81 = 120 m from the start; the real one goes on at 10 m/s.
        var m = new LongitudinalMotion(0, 20, [(1.0, -2.0, 10.0)]);
        var held = m.HeldFrom(2);
        Assert.Equal(m.At(1.5).X, held.At(1.5).X, 9);
        Assert.Equal(120, held.At(50).X, 9);
        Assert.Equal(0, held.At(50).V, 9);
        Assert.Equal(10, m.At(50).V, 9);
    }

    [Fact]
    public void Pedestrians_get_no_warning_lead()
    {
        Assert.True(CollisionAvoidability.NeedsWarningLead(ObjectClass.PassengerCar));
        Assert.False(CollisionAvoidability.NeedsWarningLead(ObjectClass.Pedestrian));
        Assert.False(CollisionAvoidability.NeedsWarningLead(ObjectClass.Cyclist));
    }

    [Fact]
    public void Radar_range_follows_the_fourth_power_law()
    {
        // 100 m * 10^((RCS - min) / 40): car 10 dBsm vs -5 -> 237 m, capped at 200; pedestrian -8 dBsm -> 84.14 m.
        Assert.Equal(200, CollisionAvoidability.DetectionRangeM(200, -5, 10), 6);
        Assert.Equal(84.14, CollisionAvoidability.DetectionRangeM(200, -5, -8), 2);
    }

    [Fact]
    public void A_far_walking_pedestrian_threatens_once_detectable_and_is_braked_for_once_harsh_braking_is_needed()
    {
        // Pedestrian walking away at 3.6 km/h (1 m/s: moving for the radar), 150 m ahead; ego 72 km/h = 20 m/s, closing
        // 19 m/s; detectable at 84.140 m: (150 - 84.140) / 19 = 3.4663 s, when braking would need only 2.25 m/s^2.
        // Harsh braking is needed once 19^2 / (2 (g - 3.8)) = 3: g = 63.967 m, at (150 - 63.967) / 19 = 4.5281 s; no
        // warning lead for pedestrians, so braking is commanded then and needs exactly 3 m/s^2.
        var v = CollisionAvoidability.Judge(Encounter(72, 3.6f, 150, 1.0f, cls: ObjectClass.Pedestrian), Car, World)!.Value;
        Assert.Equal(3.4663, v.ThreatS, 3);
        Assert.Equal(4.5281, v.CommandS, 3);
        Assert.Equal(3.0, v.RequiredDecelMps2, 3);
    }

    [Fact]
    public void A_standing_pedestrian_counts_from_the_cameras_pedestrian_range()
    {
        // Standing 150 m ahead, ego 72 km/h = 20 m/s: the camera finds pedestrians at 40 m: (150 - 40) / 20 = 5.5 s;
        // braking 0.2 s later, 36 m ahead: a = 400 / 72 = 5.5556 m/s^2.
        var v = CollisionAvoidability.Judge(Encounter(72, 0, 150, 1.0f, cls: ObjectClass.Pedestrian), Car, World)!.Value;
        Assert.Equal(5.5, v.ThreatS, 4);
        Assert.Equal(5.5556, v.RequiredDecelMps2, 3);
    }

    [Fact]
    public void Contact_before_braking_can_start_needs_infinite_deceleration()
    {
        // 100 km/h, stopped car 5 m ahead: the 0.2 s dead time alone covers 5.56 m.
        var v = CollisionAvoidability.Judge(Encounter(100, 0, 5, 1.0f), Car, World)!.Value;
        Assert.True(double.IsPositiveInfinity(v.RequiredDecelMps2));
        Assert.False(v.Avoidable);
    }

    [Fact]
    public void Out_of_scope_encounters_get_no_verdict()
    {
        var plain = Encounter(50, 0, 30, 1.0f);
        Assert.NotNull(CollisionAvoidability.Judge(plain, Car, World));
        Assert.Null(CollisionAvoidability.Judge(plain with { Ego = plain.Ego with { HoldSpeed = false } }, Car, World));
        Assert.Null(CollisionAvoidability.Judge(plain with { Actors = [plain.Actors[0], plain.Actors[0] with { Id = "b" }] }, Car, World));
        Assert.Null(CollisionAvoidability.Judge(plain with { Road = plain.Road with { GradePercent = 5 } }, Car, World));
        // Beside the path (1.85 / 2 + 1.8 / 2 = 1.825 m): no contact is possible, so nothing to judge.
        Assert.Null(CollisionAvoidability.Judge(Encounter(50, 0, 30, 1.0f, offsetM: 2.0f), Car, World));
        // A lead that speeds up is outside the oracle's derivation.
        Assert.Null(CollisionAvoidability.Judge(Encounter(50, 0, 30, 1.0f, leadDecel: -2), Car, World));
    }
}
