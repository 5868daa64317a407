using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// The ego turning left across an oncoming car's path (Euro NCAP CCFtap) judged against hand kinematics. The ego's
/// rear axle runs on a circle of R = 15 m at v = 5 m/s: at time t it is at (R sin φ, R(1 − cos φ)) heading φ = vt/R;
/// its footprint is the rear axle to the bumper (3.8 m) by its width (1.85 m) plus the calibrated margin a side. The
/// oncoming car (4.5 m assumed, 1.71 m wide) drives at 12.5 m/s along the lane centre 3.5 m to the left. The oracle
/// samples both footprints every millisecond and tests corner containment (a different method from the rule's
/// separating axes on a 50 ms grid), for the first contact and for the first entry of the ego into the car's lane.
/// </summary>
public class TurnAcrossPathTests
{
    private const float RadiusM = 15f;
    private const float EgoMps = 5f;
    private const float TargetMps = 12.5f;
    private const float LaneYM = 3.5f;
    private const float TargetWidthM = 1.71f;

    private static readonly ForwardAebCalibration Cal = new();
    private static readonly VehicleCalibration Vehicle = new();

    private static TurnGate Gate() => TurnGates.FromDefaults();

    /// <summary>The oncoming car whose front is at <paramref name="frontXM"/> ahead of the rear axle, as the turning radar reports it.</summary>
    private static RadarObjectList Oncoming(float frontXM, float overGroundMps = -TargetMps, float laneYM = LaneYM)
    {
        float yawRps = EgoMps / RadiusM;
        var radar = new RadarObjectList { SensorOk = true, Count = 1, AgeUs = 0 };
        radar.Tracks[0] = new RadarTrack
        {
            Id = 7, LongitudinalM = frontXM - Vehicle.RearAxleToFrontBumperM, LateralM = laneYM,
            RelVelLongMps = overGroundMps - EgoMps,
            // The frame turns at the yaw rate about the rear axle: a car moving along x drifts at −ω·x in it.
            RelVelLatMps = -yawRps * frontXM,
            WidthM = TargetWidthM, ElevationM = 0.5f, RcsDbsm = 10f, UpdateCount = 20, ClassHint = ObjectClass.PassengerCar,
        };
        return radar;
    }

    private static ThreatAssessment Assess(ref RadarObjectList radar, float curvaturePerM = 1f / RadiusM, TurnAcrossPath? rule = null) =>
        (rule ?? new TurnAcrossPath()).Assess(ref radar, EgoMps, EgoMps * curvaturePerM, curvaturePerM, 0f, Gate());

    [Fact]
    public void The_steered_curvature_is_the_bicycle_models()
    {
        // A road-wheel angle of atan(L/R) steers the rear axle on a circle of R.
        float wheelRad = MathF.Atan(Vehicle.WheelbaseM / RadiusM);
        Assert.Equal(1f / RadiusM, TurnAcrossPath.SteeredCurvaturePerM(wheelRad * Vehicle.SteeringRatio, Vehicle.SteeringRatio, Vehicle.WheelbaseM), 5);
        // Its rate: d/dt tan(δ)/L = δ̇/(L cos²δ); by a finite difference of the curvature itself.
        const float rateRps = 0.4f;
        float dt = 1e-3f;
        float k1 = TurnAcrossPath.SteeredCurvaturePerM(wheelRad * Vehicle.SteeringRatio + rateRps * dt, Vehicle.SteeringRatio, Vehicle.WheelbaseM);
        float k0 = TurnAcrossPath.SteeredCurvaturePerM(wheelRad * Vehicle.SteeringRatio, Vehicle.SteeringRatio, Vehicle.WheelbaseM);
        Assert.Equal((k1 - k0) / dt, TurnAcrossPath.SteeredCurvatureRatePerMs(wheelRad * Vehicle.SteeringRatio, rateRps, Vehicle.SteeringRatio, Vehicle.WheelbaseM), 3);
    }

    [Theory]
    [InlineData(1.2f)] // the ego's front-left corner has just reached the lane
    [InlineData(1.5f)]
    [InlineData(1.8f)]
    [InlineData(2.1f)] // the car meets the ego's right side
    public void A_car_that_meets_the_turning_ego_is_a_threat_at_the_hand_kinematics_contact_and_lane_entry(float meetS)
    {
        var (ex, ey, eh) = EgoPose(meetS);
        float frontXM = ex + Vehicle.RearAxleToFrontBumperM * MathF.Cos(eh) + TargetMps * meetS;
        var (contactS, entryS) = Oracle(frontXM);
        Assert.True(float.IsFinite(contactS), "the oracle must see the two touch");
        var radar = Oncoming(frontXM);
        var threat = Assess(ref radar);
        Assert.True(threat.HasTarget);
        Assert.True(threat.TrackId < 0, "a predicted conflict is no radar range: the range monitors must not judge it");
        float stepS = Cal.TurnStepS;
        Assert.InRange(threat.TtcS, contactS - 1e-3f, contactS + stepS + 1e-3f);
        Assert.InRange(threat.RangeM, EgoMps * entryS - 1e-3f, EgoMps * (entryS + stepS) + 1e-3f);
        Assert.True(entryS < contactS, "the lane is entered before the car is met");
        float gapM = threat.RangeM - EgoMps * Cal.BrakeLatencyS - Cal.StopMarginM;
        if (gapM > 0.01f) Assert.Equal(EgoMps * EgoMps / (2f * gapM), threat.RequiredDecelMps2, 3);
    }

    [Theory]
    [InlineData(-2.0f)] // it passes 2 s early
    [InlineData(3.0f)]  // it arrives 3 s late
    public void A_car_that_passes_clear_of_the_turn_is_no_threat(float shiftS)
    {
        var (ex, _, eh) = EgoPose(1.8f);
        float frontXM = Ego(ex, eh) + TargetMps * (1.8f + shiftS);
        var (contactS, _) = Oracle(frontXM);
        Assert.False(float.IsFinite(contactS), "the oracle must agree that the two never touch");
        var radar = Oncoming(frontXM);
        Assert.False(Assess(ref radar).HasTarget);
    }

    [Fact]
    public void Only_a_turn_toward_the_oncoming_lane_off_the_roads_curvature_counts()
    {
        var (ex, _, eh) = EgoPose(1.8f);
        float frontXM = Ego(ex, eh) + TargetMps * 1.8f;
        var radar = Oncoming(frontXM);
        // Straight on: no departure, however the car comes.
        Assert.False(Assess(ref radar, 0f).HasTarget);
        // Below the departure threshold.
        Assert.False(Assess(ref radar, 0.9f * Cal.TurnMinDepartureCurvaturePerM).HasTarget);
        // A right turn crosses no oncoming lane in right-hand traffic.
        var mirrored = Oncoming(frontXM, laneYM: -LaneYM);
        Assert.False(Assess(ref mirrored, -1f / RadiusM).HasTarget);
        // Faster than the turning speeds the rule is off.
        var rule = new TurnAcrossPath();
        Assert.False(rule.Turning(Cal.TurnMaxSpeedMps + 0.1f, 1f / RadiusM, Gate()));
        Assert.True(rule.Turning(EgoMps, 1f / RadiusM, Gate()));
    }

    [Fact]
    public void A_waiting_or_receding_car_is_left_to_the_in_path_test()
    {
        var (ex, _, eh) = EgoPose(1.8f);
        float frontXM = Ego(ex, eh) + 3f;
        var waiting = Oncoming(frontXM, overGroundMps: 0f);
        Assert.False(Assess(ref waiting).HasTarget);
        var creeping = Oncoming(frontXM, overGroundMps: -0.9f * Cal.TurnTargetMinSpeedMps);
        Assert.False(Assess(ref creeping).HasTarget);
        var receding = Oncoming(frontXM, overGroundMps: TargetMps);
        Assert.False(Assess(ref receding).HasTarget);
    }

    [Fact]
    public void The_roads_curvature_is_learned_while_following_it_and_frozen_while_turning_off()
    {
        var rule = new TurnAcrossPath();
        var gate = Gate();
        const float cycleS = 0.01f;
        // A 250 m bend followed (steering = yaw curvature, below the departure threshold): the estimate converges on it
        // with the time constant.
        rule.ObserveRoad(EgoMps, 0f, 0f, cycleS, gate);
        float kappa = 0.004f;
        Assert.True(kappa < gate.MinDepartureCurvaturePerM);
        int cycles = (int)(gate.RoadCurvatureTimeConstantS / cycleS);
        for (int i = 0; i < cycles; i++) rule.ObserveRoad(EgoMps, EgoMps * kappa, kappa, cycleS, gate);
        float expected = kappa * (1f - MathF.Pow(1f - cycleS / gate.RoadCurvatureTimeConstantS, cycles));
        Assert.Equal(expected, rule.RoadCurvaturePerM, 4);
        Assert.InRange(rule.RoadCurvaturePerM, 0.6f * kappa, 0.7f * kappa); // 1 − 1/e of the step
        // Turning off (steering 1/15 m): frozen for the horizon, then it follows.
        float before = rule.RoadCurvaturePerM;
        for (int i = 0; i < (int)(0.9f * gate.HorizonS / cycleS); i++) rule.ObserveRoad(EgoMps, EgoMps / RadiusM, 1f / RadiusM, cycleS, gate);
        Assert.Equal(before, rule.RoadCurvaturePerM);
        for (int i = 0; i < (int)(0.3f * gate.HorizonS / cycleS); i++) rule.ObserveRoad(EgoMps, EgoMps / RadiusM, 1f / RadiusM, cycleS, gate);
        Assert.True(rule.RoadCurvaturePerM > before);
    }

    [Fact]
    public void Boxes_overlap_by_separating_axes()
    {
        // Two unit squares side by side touching at x = 1 overlap only when nearer.
        Assert.True(TurnAcrossPath.BoxesOverlap(0f, 0f, 0f, 0.5f, 0.5f, 0.99f, 0f, 0f, 0.5f, 0.5f));
        Assert.False(TurnAcrossPath.BoxesOverlap(0f, 0f, 0f, 0.5f, 0.5f, 1.01f, 0f, 0f, 0.5f, 0.5f));
        // A square turned 45° reaches sqrt(2)/2 = 0.707 along x.
        Assert.True(TurnAcrossPath.BoxesOverlap(0f, 0f, 0f, 0.5f, 0.5f, 1.2f, 0f, MathF.PI / 4f, 0.5f, 0.5f));
        Assert.False(TurnAcrossPath.BoxesOverlap(0f, 0f, 0f, 0.5f, 0.5f, 1.22f, 0f, MathF.PI / 4f, 0.5f, 0.5f));
        // Corner to corner at 45°: the diagonal gap, not the axis-aligned one, decides.
        Assert.False(TurnAcrossPath.BoxesOverlap(0f, 0f, 0f, 0.5f, 0.5f, 1.05f, 1.05f, 0f, 0.5f, 0.5f));
    }

    private static float Ego(float ex, float eh) => ex + Vehicle.RearAxleToFrontBumperM * MathF.Cos(eh);

    private static (float X, float Y, float Heading) EgoPose(float tS)
    {
        float phi = EgoMps * tS / RadiusM;
        return (RadiusM * MathF.Sin(phi), RadiusM * (1f - MathF.Cos(phi)), phi);
    }

    /// <summary>First contact and first lane entry by corner containment every millisecond over 3 s.</summary>
    private static (float ContactS, float EntryS) Oracle(float frontXM)
    {
        float contact = float.PositiveInfinity, entry = float.PositiveInfinity;
        float egoHalfWidth = 0.5f * Vehicle.WidthM + Cal.TurnMarginM, targetHalfLength = 0.5f * Cal.TurnTargetLengthM;
        var ego = new (float X, float Y)[4];
        for (int ms = 0; ms <= 3000 && !float.IsFinite(contact); ms++)
        {
            float t = ms / 1000f;
            var (x, y, h) = EgoPose(t);
            int n = 0;
            foreach (float along in new[] { 0f, Vehicle.RearAxleToFrontBumperM })
            {
                foreach (float side in new[] { -egoHalfWidth, egoHalfWidth })
                {
                    ego[n++] = (x + along * MathF.Cos(h) - side * MathF.Sin(h), y + along * MathF.Sin(h) + side * MathF.Cos(h));
                }
            }

            float cx = frontXM + targetHalfLength - TargetMps * t;
            bool inLane = false, touching = false;
            foreach (var c in ego)
            {
                inLane |= c.Y >= LaneYM - 0.5f * TargetWidthM;
                touching |= MathF.Abs(c.X - cx) <= targetHalfLength && MathF.Abs(c.Y - LaneYM) <= 0.5f * TargetWidthM;
            }

            // The target's corners inside the ego's box (in the ego's frame).
            foreach (float dx in new[] { -targetHalfLength, targetHalfLength })
            {
                foreach (float dy in new[] { -0.5f * TargetWidthM, 0.5f * TargetWidthM })
                {
                    float rx = cx + dx - x, ry = LaneYM + dy - y;
                    float along = rx * MathF.Cos(h) + ry * MathF.Sin(h), across = -rx * MathF.Sin(h) + ry * MathF.Cos(h);
                    touching |= along >= 0f && along <= Vehicle.RearAxleToFrontBumperM && MathF.Abs(across) <= egoHalfWidth;
                }
            }

            if (inLane && !float.IsFinite(entry)) entry = t;
            if (touching) contact = t;
        }

        return (contact, entry);
    }
}
