using AebController.Firmware.Tests.Forward;
using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Perception;

/// <summary>
/// <see cref="TurnAcrossPath.Assess"/>'s bookkeeping judged from outside: the geometry of Forward/TurnAcrossPathTests
/// (the ego's rear axle on a circle of R = 15 m at 5 m/s, oncoming cars at 12.5 m/s on lanes to the left; a car whose
/// front is where the ego's bumper will be at t plus 12.5 m/s × t meets it at t), and the rules the type documents: a
/// conflict's id is ConflictIdBase − track id, it must stand in consecutive lists, the most critical of several wins
/// whatever the list's order, only the list's Count entries count, a track too young, too high or invalid is no
/// candidate (docs/calibration.md: maxTargetElevationM "higher than" 2.2 m is overhead), an old list is the same
/// road user moved on by its relative velocity × the list's age, and every horizon the calibration accepts fits.
/// </summary>
public sealed class TurnAcrossPathContractTests
{
    private const float RadiusM = 15f;
    private const float EgoMps = 5f;
    private const float TargetMps = 12.5f;
    private static readonly ForwardAebCalibration Cal = new();
    private static readonly VehicleCalibration Vehicle = new();

    private static TurnGate Gate(int minTrackUpdates = 1, float horizonS = -1f, float stepS = -1f) =>
        TurnGates.FromDefaults(minTrackUpdates, Cal.MaxTargetElevationM, horizonS, stepS);

    /// <summary>Where the ego's bumper is after <paramref name="tS"/> on the circle, along the car's axis now.</summary>
    private static float BumperXAt(float tS)
    {
        float phi = EgoMps * tS / RadiusM;
        return RadiusM * MathF.Sin(phi) + Vehicle.RearAxleToFrontBumperM * MathF.Cos(phi);
    }

    /// <summary>An oncoming car on the lane <paramref name="laneYM"/> left that meets the ego after <paramref name="meetS"/>, as the turning radar reports it.</summary>
    private static RadarTrack Car(int id, float meetS, float laneYM = 3.5f, int updates = 20, float elevationM = 0.5f)
    {
        float frontXM = BumperXAt(meetS) + TargetMps * meetS;
        return new RadarTrack
        {
            Id = id, LongitudinalM = frontXM - Vehicle.RearAxleToFrontBumperM, LateralM = laneYM, RelVelLongMps = -TargetMps - EgoMps,
            // The frame turns at the yaw rate about the rear axle: a car moving along x drifts at −ω·x in it.
            RelVelLatMps = -EgoMps / RadiusM * frontXM,
            WidthM = 1.71f, ElevationM = elevationM, RcsDbsm = 10f, UpdateCount = updates, ClassHint = ObjectClass.PassengerCar,
        };
    }

    private static RadarObjectList List(long ageUs, params RadarTrack[] tracks)
    {
        var radar = new RadarObjectList { SensorOk = true, Count = tracks.Length, AgeUs = ageUs };
        for (int i = 0; i < tracks.Length; i++) radar.Tracks[i] = tracks[i];
        return radar;
    }

    private static ThreatAssessment Assess(ref RadarObjectList radar, TurnGate? gate = null, ThreatPersistence? persistence = null,
        int minThreatLists = 1, float yawRateRps = EgoMps / RadiusM) =>
        new TurnAcrossPath().Assess(ref radar, EgoMps, yawRateRps, 1f / RadiusM, 0f, gate ?? Gate(), persistence, minThreatLists);

    [Fact]
    public void A_conflict_carries_the_documented_id_and_stands_only_in_consecutive_lists()
    {
        var rule = new TurnAcrossPath();
        var persistence = new ThreatPersistence();
        var radar = List(0, Car(42, 1.8f));
        persistence.Observe(0);
        Assert.False(rule.Assess(ref radar, EgoMps, EgoMps / RadiusM, 1f / RadiusM, 0f, Gate(), persistence, 2).HasTarget);
        persistence.Observe(0);
        var threat = rule.Assess(ref radar, EgoMps, EgoMps / RadiusM, 1f / RadiusM, 0f, Gate(), persistence, 2);
        Assert.True(threat.HasTarget);
        Assert.Equal(TurnAcrossPath.ConflictIdBase - 42, threat.TrackId);
    }

    /// <summary>
    /// Two oncoming lanes: a car on the near lane (3.5 m left) met after 1.5 s and one on the far lane (7 m left) met
    /// after 2.6 s. The ego enters the near lane first, so the near car needs the harder braking; it is the threat in
    /// either order of the list, with the braking it needs alone.
    /// </summary>
    [Fact]
    public void The_car_whose_lane_is_entered_first_is_the_threat_in_either_order()
    {
        var nearAlone = List(0, Car(1, 1.5f));
        var farAlone = List(0, Car(2, 2.6f, laneYM: 7f));
        var near = Assess(ref nearAlone);
        var far = Assess(ref farAlone);
        Assert.True(near.HasTarget);
        Assert.True(far.HasTarget);
        Assert.True(near.RangeM < far.RangeM, "the near lane is reached first");

        var nearFirst = List(0, Car(1, 1.5f), Car(2, 2.6f, laneYM: 7f));
        var farFirst = List(0, Car(2, 2.6f, laneYM: 7f), Car(1, 1.5f));
        foreach (var threat in new[] { Assess(ref nearFirst), Assess(ref farFirst) })
        {
            Assert.Equal(TurnAcrossPath.ConflictIdBase - 1, threat.TrackId);
            Assert.Equal(near.RequiredDecelMps2, threat.RequiredDecelMps2);
            Assert.Equal(near.RangeM, threat.RangeM);
        }
    }

    [Fact]
    public void Entries_beyond_the_lists_count_are_no_road_users()
    {
        // A left-over conflicting car in slot 1 of a list whose count is 1 (slot 0: a car driving away, no conflict).
        var receding = Car(1, 1.8f);
        receding.RelVelLongMps = TargetMps - EgoMps;
        var radar = List(0, receding, Car(2, 1.8f));
        radar.Count = 1;
        Assert.False(Assess(ref radar).HasTarget);
        // The last slot of a full buffer is read, the one after the count is not.
        var full = new RadarObjectList { SensorOk = true, Count = RadarTrackBuffer.Capacity - 1, AgeUs = 0 };
        full.Tracks[RadarTrackBuffer.Capacity - 1] = Car(2, 1.8f);
        Assert.False(Assess(ref full).HasTarget);
        full.Count = RadarTrackBuffer.Capacity;
        Assert.True(Assess(ref full).HasTarget);
    }

    [Fact]
    public void A_track_too_young_too_high_or_invalid_is_no_candidate()
    {
        var young = List(0, Car(1, 1.8f, updates: 2));
        Assert.False(Assess(ref young, Gate(minTrackUpdates: 3)).HasTarget);
        var oldEnough = List(0, Car(1, 1.8f, updates: 3));
        Assert.True(Assess(ref oldEnough, Gate(minTrackUpdates: 3)).HasTarget);

        var atTheLimit = List(0, Car(1, 1.8f, elevationM: Cal.MaxTargetElevationM));
        Assert.True(Assess(ref atTheLimit).HasTarget);
        var overhead = List(0, Car(1, 1.8f, elevationM: Cal.MaxTargetElevationM + 0.3f));
        Assert.False(Assess(ref overhead).HasTarget);

        var invalid = Car(1, 1.8f);
        invalid.WidthM = float.NaN;
        var bad = List(0, invalid);
        Assert.False(Assess(ref bad).HasTarget);
    }

    /// <summary>
    /// A list 100 ms old reports where the car was: it has moved on by its relative velocity × 0.1 s since (1.75 m
    /// along, its drift across; still going along x, it drifts at −ω × its new place). Judged from it, the conflict is the one a fresh list of the moved-on car gives.
    /// </summary>
    [Fact]
    public void An_old_list_is_the_road_user_moved_on_by_its_age()
    {
        var car = Car(1, 1.8f);
        var moved = car;
        moved.LongitudinalM = car.LongitudinalM + car.RelVelLongMps * 0.1f;
        moved.LateralM = car.LateralM + car.RelVelLatMps * 0.1f;
        // Still driving along x over ground: its drift in the turning frame is −ω × where its front is now.
        moved.RelVelLatMps = -EgoMps / RadiusM * (moved.LongitudinalM + Vehicle.RearAxleToFrontBumperM);
        var old = List(100_000, car);
        var fresh = List(0, moved);
        var fromOld = Assess(ref old);
        var fromFresh = Assess(ref fresh);
        Assert.True(fromFresh.HasTarget);
        Assert.True(fromOld.HasTarget);
        Assert.Equal(fromFresh.TtcS, fromOld.TtcS, 3);
        Assert.Equal(fromFresh.RangeM, fromOld.RangeM, 3);
    }

    /// <summary>The calibration accepts a 3 s horizon at 25 ms steps (docs/calibration.md ranges): 120 steps, the most.</summary>
    [Fact]
    public void The_longest_horizon_the_calibration_accepts_is_predicted_in_full()
    {
        var radar = List(0, Car(1, 1.8f));
        Assert.True(Assess(ref radar, Gate(horizonS: 3f, stepS: 0.025f)).HasTarget);
    }

    [Theory]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    public void A_non_finite_yaw_rate_predicts_no_conflict(float yawRateRps)
    {
        var radar = List(0, Car(1, 1.8f));
        Assert.False(Assess(ref radar, yawRateRps: yawRateRps).HasTarget);
    }
}
