using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Perception;

/// <summary>
/// The camera-only crossing threat of <see cref="RadarThreatAssessor.Assess"/> (docs/calibration.md,
/// cameraCrossingMinSpeedMps row: a pedestrian, child or cyclist the camera classes with confidence ≥ 0.8, moving across
/// the path at 1.5 m/s or more by its own positions, arriving within 2 s, in the corridor, in two consecutive lists; 0
/// switches it off), judged by hand kinematics. The ego drives at 10 m/s; the road user keeps no speed along the road
/// (its relative speed is minus the ego's speed when the list was captured), so it is met after range / 10 m/s, and
/// walking at v across it arrives at its newest fitted place + v × (TTC + list age). The radar list is empty (the radar
/// lost the road user behind a parked car).
/// </summary>
public sealed class CameraOnlyCrosserContractTests
{
    private const float EgoMps = 10f;
    private const long FrameUs = 50_000;
    private const int ObjectId = 3;
    private static readonly ForwardAebCalibration Cal = AebCalibration.Default.ForwardAeb;

    /// <summary>The confidence the cameraCrossingMinSpeedMps row of docs/calibration.md asks for (the veto's 0.8).</summary>
    private const float RowConfidence = 0.8f;

    private static TargetGate Gate(float cameraCrossingMinSpeedMps = -1f) => new(
        MinTrackUpdates: 3, MaxRangeM: 200f, MaxElevationM: 2.2f, MinStationaryElevationM: 0.12f,
        MinOverlapM: Cal.MinOverlapM, EgoWidthM: 1.85f, BrakeLatencyS: 0.3f, StopMarginM: 1f,
        CameraVetoConfidence: RowConfidence, MinThreatLists: 2,
        CameraCrossingMinSpeedMps: cameraCrossingMinSpeedMps < 0f ? Cal.CameraCrossingMinSpeedMps : cameraCrossingMinSpeedMps,
        CameraCrossingWindowUs: (long)MathF.Round(Cal.CameraCrossingWindowS * 1e6f),
        CameraCrossingMinSamples: Cal.CameraCrossingMinSamples, CameraCrossingMaxTtcS: Cal.CameraCrossingMaxTtcS);

    private static CameraObjectList List(ObjectClass cls, float xM, float yM, float relVelLongMps, long ageUs, float confidence)
    {
        var list = new CameraObjectList { SensorOk = true, Count = 1, AgeUs = ageUs };
        list.Objects[0] = new CameraObject
        {
            Id = ObjectId, LongitudinalM = xM, LateralM = yM, WidthM = 0.5f, RelVelLongMps = relVelLongMps, Class = cls,
            Confidence = confidence,
        };
        return list;
    }

    /// <summary>
    /// Seven camera lists 50 ms apart of a road user <paramref name="xM"/> ahead walking across at
    /// <paramref name="frameLateralMps"/> (as the camera's frame sees it) to <paramref name="newestYM"/>, then the
    /// assessment of the newest list (<paramref name="lists"/> of them assessed, the last <paramref name="lists"/>).
    /// </summary>
    private static ThreatAssessment Judge(ObjectClass cls, float xM, float newestYM, float frameLateralMps,
        float egoAccelMps2 = 0f, long ageUs = 0, float confidence = 0.9f, ThreatPersistence? persistence = null,
        float yawRateRps = 0f, TargetGate? gate = null, int lists = 1)
    {
        var tracks = new CameraLateralTracks();
        var radar = new RadarObjectList { SensorOk = true, Count = 0 };
        float ageS = ageUs * 1e-6f;
        var threat = ThreatAssessment.None;
        for (int k = 0; k < 7; k++)
        {
            var camera = List(cls, xM, newestYM - frameLateralMps * 0.05f * (6 - k), -(EgoMps - egoAccelMps2 * ageS), ageUs, confidence);
            tracks.Observe(ref camera, k * FrameUs + ageUs);
            persistence?.Observe(camera.AgeUs);
            if (k < 7 - lists) continue;
            threat = RadarThreatAssessor.Assess(ref radar, ref camera, new EgoPath(EgoMps, yawRateRps, 3.7f), EgoMps, egoAccelMps2,
                gate ?? Gate(), cameraOk: true, cameraTracks: tracks, cameraPersistence: persistence);
        }

        return threat;
    }

    /// <summary>
    /// 12 m ahead, 1.2 s away; walking 2 m/s from 2.4 m left of the centre line it arrives on the centre line. Each of
    /// the three classes the row names is a threat, with the camera's own id block (−1000 less the object's id, the
    /// type's documentation), the gap closing at the ego's speed and the road user standing still along the road.
    /// </summary>
    [Theory]
    [InlineData(ObjectClass.Pedestrian)]
    [InlineData(ObjectClass.Child)]
    [InlineData(ObjectClass.Cyclist)]
    public void A_vulnerable_road_user_crossing_into_the_path_is_a_threat_on_the_camera_alone(ObjectClass cls)
    {
        var threat = Judge(cls, 12f, 2.4f, -2f);

        Assert.True(threat.HasTarget);
        Assert.Equal(RadarThreatAssessor.CameraTrackIdBase - ObjectId, threat.TrackId);
        Assert.Equal(cls, threat.Class);
        Assert.Equal(12f, threat.RangeM, 3);
        Assert.Equal(EgoMps, threat.ClosingSpeedMps, 3);
        Assert.Equal(0f, threat.TargetSpeedMps, 3);
        Assert.Equal(1.2f, threat.TtcS, 3);
        Assert.Equal(0f, threat.PathOffsetM, 2);
    }

    [Fact]
    public void A_car_crossing_the_same_way_is_not_the_camera_alones_to_judge()
    {
        Assert.False(Judge(ObjectClass.PassengerCar, 12f, 2.4f, -2f).HasTarget);
    }

    /// <summary>The row's confidence: at least the veto's 0.8 (exactly 0.8 counts; 0.79 does not).</summary>
    [Fact]
    public void Only_a_confident_classification_counts()
    {
        Assert.True(Judge(ObjectClass.Pedestrian, 12f, 2.4f, -2f, confidence: RowConfidence).HasTarget);
        Assert.False(Judge(ObjectClass.Pedestrian, 12f, 2.4f, -2f, confidence: RowConfidence - 0.01f).HasTarget);
    }

    /// <summary>0.5 m/s across, 0.3 m left, arriving 0.3 m right of the centre line: in the path, but too slow for the camera path.</summary>
    [Fact]
    public void A_slow_walker_in_the_path_is_left_to_the_radar()
    {
        Assert.False(Judge(ObjectClass.Pedestrian, 12f, 0.3f, -0.5f).HasTarget);
    }

    /// <summary>30 m ahead is 3 s away, beyond the row's 2 s, though it walks onto the centre line by then (2 m/s × 3 s from 6 m).</summary>
    [Fact]
    public void A_crosser_arriving_later_than_the_ttc_limit_is_left_to_the_radar()
    {
        Assert.False(Judge(ObjectClass.Pedestrian, 30f, 6f, -2f).HasTarget);
    }

    /// <summary>Walking away from the path: from 1 m right it is 3.4 m right when the car arrives.</summary>
    [Fact]
    public void A_crosser_walking_out_of_the_path_is_no_threat()
    {
        Assert.False(Judge(ObjectClass.Pedestrian, 12f, -1f, -2f).HasTarget);
    }

    /// <summary>
    /// A list 100 ms old, the ego braking at 5 m/s²: it drove 10.5 m/s when the list was captured, so the road user's
    /// relative speed −10.5 m/s means standing along the road; the gap has closed by 1.05 m since (12 → 10.95 m), TTC
    /// 10.95 / 10 = 1.095 s, and it walks 2 m/s × (1.095 + 0.1) s = 2.39 m to the centre line.
    /// </summary>
    [Fact]
    public void An_old_list_is_read_with_the_ego_speed_of_its_capture_and_carried_to_now()
    {
        var threat = Judge(ObjectClass.Pedestrian, 12f, 2.39f, -2f, egoAccelMps2: -5f, ageUs: 100_000);

        Assert.True(threat.HasTarget);
        Assert.Equal(0f, threat.TargetSpeedMps, 2);
        Assert.Equal(10.95f, threat.RangeM, 2);
        Assert.Equal(1.095f, threat.TtcS, 2);
        Assert.Equal(0f, threat.PathOffsetM, 1);
    }

    /// <summary>
    /// On a left bend (0.1 rad/s at 10 m/s: κ = 0.01 /m, bumper 3.7 m ahead of the axle) the path is
    /// ½κ((12 + 3.7)² − 3.7²) = 1.164 m left at 12 m. A pedestrian crossing at 2 m/s over ground from 1.236 m right of
    /// the car's axis reaches it; in the turning frame its speed across the axis is 2 − κ(x + a)·10 m/s = 0.43 m/s.
    /// </summary>
    [Fact]
    public void On_a_bend_the_crosser_is_judged_against_the_path_where_it_is_met()
    {
        var threat = Judge(ObjectClass.Pedestrian, 12f, -1.236f, 2f - 0.01f * 15.7f * EgoMps, yawRateRps: 0.1f);

        Assert.True(threat.HasTarget);
        Assert.Equal(0f, threat.PathOffsetM, 1);
    }

    /// <summary>Two consecutive lists (minThreatLists 2): the first list alone is not enough, the second is.</summary>
    [Fact]
    public void The_camera_crosser_must_be_a_candidate_in_two_consecutive_lists()
    {
        Assert.False(Judge(ObjectClass.Pedestrian, 12f, 2.4f, -2f, persistence: new ThreatPersistence(), lists: 1).HasTarget);
        Assert.True(Judge(ObjectClass.Pedestrian, 12f, 2.4f, -2f, persistence: new ThreatPersistence(), lists: 2).HasTarget);
    }

    [Fact]
    public void A_minimum_crossing_speed_of_zero_switches_the_camera_path_off()
    {
        Assert.False(Judge(ObjectClass.Pedestrian, 12f, 2.4f, -2f, gate: Gate(cameraCrossingMinSpeedMps: 0f)).HasTarget);
    }
}
