using AebController.Emulation.Profiles;
using AebController.Emulation.Sensors;
using AebController.Emulation.Vehicle;
using AebController.Firmware.Signals;
using AebController.Scenarios.Exploration.Judging;
using AebController.Scenarios.Model;

namespace AebController.Scenarios.Tests.Exploration;

/// <summary>
/// The forward-encounter physics oracle against cases computed by hand (docs/exploration.md, "Which
/// collisions count"). Brake model of every case: dead time 0.08 s + lag 0.12 s = 0.2 s, then a step.
/// </summary>
public class CollisionAvoidabilityTests
{
    private static readonly VehicleParameters Car = new() { BrakeDeadTimeS = 0.08f, BrakeLagS = 0.12f, FullPedalDecelMps2 = 10f, WidthM = 1.85f };
    private static readonly WorldProfile World = WorldProfile.Ideal with { FrontRadar = new RadarParameters { MaxRangeM = 200f, MinRcsAt100MDbsm = -5f } };

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
        // v = 27.7778 m/s, gap = v * 2.4 = 66.667 m; 0.2 s of dead time eats 5.556 m;
        // needed a = v^2 / (2 * 61.111) = 771.605 / 122.222 = 6.3131 m/s^2 > 0.5 * 9.81 = 4.905.
        var v = CollisionAvoidability.Judge(Encounter(100, 0, 100 / 3.6f * 2.4f, 0.5f), Car, World)!.Value;
        Assert.Equal(0, v.ThreatS, 6);
        Assert.Equal(0.2, v.BrakeStartS, 5);
        Assert.Equal(6.3131, v.RequiredDecelMps2, 3);
        Assert.Equal(4.905, v.AvailableDecelMps2, 4);
        Assert.False(v.Avoidable);
    }

    [Theory]
    // 50 km/h = 13.8889 m/s at a stopped car 2.4 s ahead (33.333 m): needs 192.901 / (2 * (33.333 - 2.778)) = 3.1566 m/s^2.
    [InlineData(0.3f, false)] // 2.943 available
    [InlineData(0.4f, true)] // 3.924 available
    public void Stopped_car_at_50_kph_is_avoidable_only_above_the_needed_friction(float friction, bool avoidable)
    {
        var v = CollisionAvoidability.Judge(Encounter(50, 0, 50 / 3.6f * 2.4f, friction), Car, World)!.Value;
        Assert.Equal(3.1566, v.RequiredDecelMps2, 3);
        Assert.Equal(avoidable, v.Avoidable);
    }

    [Fact]
    public void Slower_car_needs_only_the_relative_speed_removed()
    {
        // Ego 60, lead 20 km/h: closing 11.111 m/s, gap 3 s * 11.111 = 33.333 m, 2.222 m used by the dead time;
        // the ego need not stop, only match 20 km/h: a = 11.111^2 / (2 * 31.111) = 123.457 / 62.222 = 1.9841 m/s^2.
        var v = CollisionAvoidability.Judge(Encounter(60, 20, 40 / 3.6f * 3f, 1.0f), Car, World)!.Value;
        Assert.Equal(1.9841, v.RequiredDecelMps2, 3);
        Assert.True(v.Avoidable);
    }

    [Fact]
    public void Braking_lead_is_a_threat_from_the_moment_it_slows()
    {
        // Both at 50 km/h (13.8889 m/s), 12 m apart; the lead brakes at 6 m/s^2 from 0.5 s and stops 35.019 m from the
        // ego's start (12 + 13.889 * 0.5 + 13.889^2 / 12). Closing begins at 0.5 s, braking at 0.7 s; a softer ego stays
        // faster throughout, so the closest point is the ego's stop: 13.889 * 0.7 + 96.451 / a = 35.019 -> a = 3.8127.
        var v = CollisionAvoidability.Judge(Encounter(50, 50, 12, 1.0f, leadDecel: 6), Car, World)!.Value;
        Assert.Equal(0.5, v.ThreatS, 6);
        Assert.Equal(0.7, v.BrakeStartS, 5);
        Assert.Equal(3.8127, v.RequiredDecelMps2, 3);
    }

    [Fact]
    public void Radar_range_follows_the_fourth_power_law()
    {
        // 100 m * 10^((RCS - min) / 40): car 10 dBsm vs -5 -> 237 m, capped at 200; pedestrian -8 dBsm -> 84.14 m.
        Assert.Equal(200, CollisionAvoidability.DetectionRangeM(200, -5, 10), 6);
        Assert.Equal(84.14, CollisionAvoidability.DetectionRangeM(200, -5, -8), 2);
    }

    [Fact]
    public void A_far_target_threatens_only_once_detectable()
    {
        // Pedestrian standing 150 m ahead, ego 72 km/h = 20 m/s; detectable at 84.140 m: (150 - 84.140) / 20 = 3.2930 s.
        var v = CollisionAvoidability.Judge(Encounter(72, 0, 150, 1.0f, cls: ObjectClass.Pedestrian), Car, World)!.Value;
        Assert.Equal(3.2930, v.ThreatS, 3);
        // From 84.14 m with 0.2 s dead time: 400 / (2 * (84.14 - 4)) = 2.4956 m/s^2.
        Assert.Equal(2.4956, v.RequiredDecelMps2, 3);
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
