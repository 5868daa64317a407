using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// Cars coming the other way on the next lane of a bend, worked by hand geometry, as a radar tracking in a frame that turns
/// with the car reports them: range to the near face, lateral position of the centre, the enclosing width of the turned
/// footprint, a list some tens of milliseconds old. An independent probe found each of these braking the car fully
/// (tests/adversarial/curve-oncoming.matrix.json). The same car in the ego's own lane must stay the threat.
/// </summary>
public sealed class OncomingOnBendTests
{
    private const float AxleToBumperM = 3.8f;
    private const float CarLengthM = 4.5f;
    private const float CarWidthM = 1.8f;

    private static readonly ForwardAebCalibration Cal = AebCalibration.Default.ForwardAeb;

    private static TargetGate Gate(float faceToCentreMaxM, float oncomingHorizonS = float.PositiveInfinity) => new(
        MinTrackUpdates: 3, MaxRangeM: 200f, MaxElevationM: 2.2f, MinStationaryElevationM: 0.12f,
        MinOverlapM: 0.15f, EgoWidthM: 1.85f, BrakeLatencyS: 0.3f, StopMarginM: 1f,
        LateralVelocityDeadbandMps: Cal.LateralVelocityDeadbandMps, LateralVelocityDeadbandPerM: Cal.LateralVelocityDeadbandPerM,
        OncomingLateralHorizonS: oncomingHorizonS, OncomingMinSpeedMps: Cal.OncomingMinSpeedMps, FaceToCentreMaxM: faceToCentreMaxM);

    /// <summary>
    /// The ego at <paramref name="speedMps"/> on a bend of signed radius R (+ left); a car coming the other way at the same
    /// speed on a lane <paramref name="laneLeftM"/> left of the ego's, its centre <paramref name="arcM"/> ahead of the
    /// bumper along the arc. Lane radius R − laneLeft; the centre at θ = (arc + a)/R round the circle centre, heading
    /// turned by θ from ours and going the other way. Reported: the near face of the enclosing box (half depth
    /// (L cos θ + W sin θ)/2 nearer), the centre's lateral position, the enclosing width W cos θ + L sin θ, and the
    /// turning frame's exact velocities (no noise, no tracker lag).
    /// </summary>
    private static RadarTrack Oncoming(float speedMps, float radiusM, float laneLeftM, float arcM, int updates = 20)
    {
        float theta = (arcM + AxleToBumperM) / radiusM;
        float laneRadiusM = radiusM - laneLeftM;
        float xCentre = laneRadiusM * MathF.Sin(theta) - AxleToBumperM;
        float y = radiusM - laneRadiusM * MathF.Cos(theta);
        float c = MathF.Abs(MathF.Cos(theta));
        float s = MathF.Abs(MathF.Sin(theta));
        float yawRps = speedMps / radiusM;
        return new RadarTrack
        {
            Id = 9, LongitudinalM = xCentre - 0.5f * (CarLengthM * c + CarWidthM * s), LateralM = y,
            RelVelLongMps = -speedMps * MathF.Cos(theta) - speedMps,
            RelVelLatMps = -speedMps * MathF.Sin(theta) - yawRps * (xCentre + AxleToBumperM),
            WidthM = CarWidthM * c + CarLengthM * s, ElevationM = 0.6f, RcsDbsm = 10f, UpdateCount = updates,
        };
    }

    private static ThreatAssessment Judge(RadarTrack track, float speedMps, float radiusM, in TargetGate gate, long ageUs = 0)
    {
        var list = new RadarObjectList { SensorOk = true, Count = 1, AgeUs = ageUs };
        list.Tracks[0] = track;
        var camera = default(CameraObjectList);
        return RadarThreatAssessor.Assess(ref list, ref camera, new EgoPath(speedMps, speedMps / radiusM, AxleToBumperM), speedMps, 0f, gate);
    }

    /// <summary>
    /// 80 km/h each way on a 150 m right bend, the other car on the outer lane 3.5 m left, 48 m ahead. Its centre is 3.5 m
    /// from the path; at θ = 0.345 rad its footprint is 3.21 m wide and 2.42 m deep in our frame. Taken at the near face, the
    /// path (slope κ(x + a) = 0.33 there) is 2.42 × 0.33 = 0.80 m less far right than at the centre: the offset reads 2.7 m,
    /// the overlap ½(1.85 + 3.21) − 2.7 = −0.17 m; taken at the range the list's age carries it to (45 ms at 44.4 m/s: 2 m
    /// nearer), another 0.66 m in: overlap 0.49 m, a threat.
    /// Judged at the centre, where it was measured, it is 3.5 m off and no threat.
    /// </summary>
    [Theory]
    [InlineData(22.2f, -150f, 48f)]
    [InlineData(16.7f, -150f, 48f)]
    [InlineData(22.2f, -250f, 60f)]
    [InlineData(22.2f, 150f, 48f)]
    [InlineData(16.7f, 250f, 40f)]
    public void An_oncoming_car_on_the_next_lane_is_judged_where_its_centre_was_measured(float speedMps, float radiusM, float arcM)
    {
        var track = Oncoming(speedMps, radiusM, laneLeftM: 3.5f, arcM);
        var gate = Gate(Cal.FaceToCentreMaxM);

        var threat = Judge(track, speedMps, radiusM, gate, ageUs: 45_000);

        Assert.False(threat.HasTarget, $"offset {threat.PathOffsetM} m");
    }

    /// <summary>
    /// The same car coming head-on in the ego's own lane of the bend, reported the same way, is the threat, its centre
    /// within half the ego's width of the path. Not closer: the path is the parabola ½κx² (at 150 m and 0.35 rad it lies
    /// 0.29 m inside the circle) and half the width stands for the unmeasured depth (1.6 m for 2.42 m: 0.27 m more).
    /// </summary>
    [Theory]
    [InlineData(22.2f, -150f, 48f)]
    [InlineData(22.2f, 150f, 48f)]
    [InlineData(16.7f, 250f, 40f)]
    public void The_same_car_in_the_egos_lane_is_the_threat(float speedMps, float radiusM, float arcM)
    {
        var threat = Judge(Oncoming(speedMps, radiusM, laneLeftM: 0f, arcM), speedMps, radiusM, Gate(Cal.FaceToCentreMaxM), ageUs: 45_000);

        Assert.True(threat.HasTarget);
        Assert.True(MathF.Abs(threat.PathOffsetM) < 0.5f * 1.85f, $"offset {threat.PathOffsetM} m");
    }

    /// <summary>
    /// The centre correction is a bend's alone: on a straight road (yaw rate 0) the path is straight and where along the
    /// footprint it is taken changes nothing, for every width and range.
    /// </summary>
    [Fact]
    public void On_a_straight_road_the_face_and_the_centre_give_the_same_offset()
    {
        for (float widthM = 0.3f; widthM <= 4f; widthM += 0.5f)
        {
            for (float rangeM = 5f; rangeM <= 150f; rangeM += 15f)
            {
                var track = new RadarTrack
                {
                    Id = 3, LongitudinalM = rangeM, LateralM = 1.0f, RelVelLongMps = -15f, WidthM = widthM, ElevationM = 0.6f,
                    RcsDbsm = 10f, UpdateCount = 20,
                };
                var atFace = Judge(track, 15f, float.PositiveInfinity, Gate(0f));
                var atCentre = Judge(track, 15f, float.PositiveInfinity, Gate(Cal.FaceToCentreMaxM));
                Assert.Equal(atFace.HasTarget, atCentre.HasTarget);
                Assert.Equal(atFace.PathOffsetM, atCentre.PathOffsetM, 4);
            }
        }
    }

    /// <summary>
    /// Straight road, 60 km/h each way; a car on the next lane (3.5 m left) 60 m ahead whose lateral velocity reads
    /// −3 m/s towards the path (deadband at 60 m: 0.5 + 0.035 × 60 = 2.6 m/s). Projected over its TTC of 1.8 s it would
    /// arrive 1.9 m right of the path: in it. Oncoming, where it is decides (it is 3.5 m off): no threat. Once it really is
    /// in our lane (1.0 m off: overlap ½(1.85 + 1.8) − 1.0 = 0.83 m) it is the threat, whatever its lateral velocity.
    /// </summary>
    [Theory]
    [InlineData(3.5f, false)]
    [InlineData(1.0f, true)]
    [InlineData(0f, true)]
    public void An_oncoming_cars_lateral_velocity_does_not_put_it_in_the_path(float lateralM, bool threat)
    {
        var track = new RadarTrack
        {
            Id = 5, LongitudinalM = 60f, LateralM = lateralM, RelVelLongMps = -33.4f, RelVelLatMps = -3f, WidthM = 1.8f,
            ElevationM = 0.6f, RcsDbsm = 10f, UpdateCount = 20,
        };

        var judged = Judge(track, 16.7f, float.PositiveInfinity, Gate(Cal.FaceToCentreMaxM, Cal.OncomingLateralHorizonS));

        Assert.Equal(threat, judged.HasTarget);
    }

    /// <summary>
    /// A pedestrian walking at the car (1.5 m/s towards it, slower than <see cref="ForwardAebCalibration.OncomingMinSpeedMps"/>)
    /// while crossing at 1.5 m/s from 2.5 m left, 12 m ahead at 10 m/s: TTC 12 / 11.5 = 1.04 s, arriving 2.5 − 1.57 = 0.93 m
    /// left, in the path (overlap ½(1.85 + 0.5) − 0.93 = 0.25 m). Its crossing is projected as before.
    /// </summary>
    [Fact]
    public void A_pedestrian_walking_at_the_car_keeps_its_whole_projection()
    {
        var track = new RadarTrack
        {
            Id = 6, LongitudinalM = 12f, LateralM = 2.5f, RelVelLongMps = -11.5f, RelVelLatMps = -1.5f, WidthM = 0.5f,
            ElevationM = 0.9f, RcsDbsm = -8f, UpdateCount = 20,
        };

        var judged = Judge(track, 10f, float.PositiveInfinity, Gate(Cal.FaceToCentreMaxM, Cal.OncomingLateralHorizonS) with { MinOverlapM = 0.15f });

        Assert.True(judged.HasTarget);
    }

    /// <summary>
    /// A young oncoming track is not yet judged. Oracle from the sensor, not the code: an α-β tracker with α = 0.5 and
    /// β = α²/(2 − α) (the ARS 408 class the realistic radar models, docs/sensors.md) has error eigenvalues of modulus
    /// √(1 − α) = 0.707 per update; a new track starts with no lateral velocity, while a car coming the other way on a
    /// 250 m bend at 80 km/h each way moves sideways in the turning frame at κ(x + a)·v_rel = 93.8 / 250 × 44.4 = 16.7 m/s
    /// when first seen at 90 m. The start error falls below the deadband there (0.5 + 0.035 × 90 = 3.65 m/s) after
    /// n ≥ ln(3.65 / 16.7) / ln(0.707) = 4.4, so 5 updates; the calibration must wait at least that long.
    /// </summary>
    [Fact]
    public void The_calibration_waits_until_the_tracker_has_forgotten_its_start()
    {
        const float alpha = 0.5f;
        float startErrorMps = (90f + AxleToBumperM) / 250f * 44.4f;
        float deadbandMps = Cal.LateralVelocityDeadbandMps + Cal.LateralVelocityDeadbandPerM * 90f;
        int needed = (int)MathF.Ceiling(MathF.Log(deadbandMps / startErrorMps) / MathF.Log(MathF.Sqrt(1f - alpha)));

        Assert.Equal(5, needed);
        Assert.True(Cal.OncomingMinTrackUpdates >= needed, $"{Cal.OncomingMinTrackUpdates} updates < {needed}");
    }

    /// <summary>An oncoming car in the ego's lane is judged from its <see cref="TargetGate.OncomingMinTrackUpdates"/>-th update on, not before.</summary>
    [Fact]
    public void A_young_oncoming_track_waits_for_its_updates()
    {
        var gate = Gate(Cal.FaceToCentreMaxM, Cal.OncomingLateralHorizonS) with { OncomingMinTrackUpdates = Cal.OncomingMinTrackUpdates };
        for (int updates = 3; updates <= Cal.OncomingMinTrackUpdates + 3; updates++)
        {
            var judged = Judge(Oncoming(22.2f, 250f, laneLeftM: 0f, arcM: 50f, updates), 22.2f, 250f, gate);
            Assert.Equal(updates >= Cal.OncomingMinTrackUpdates, judged.HasTarget);
        }
    }
}
