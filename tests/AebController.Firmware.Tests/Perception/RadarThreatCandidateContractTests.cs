using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Perception;

/// <summary>
/// Which radar return <see cref="RadarThreatAssessor.Assess"/> makes the threat, judged by hand kinematics on a straight
/// road at 10 m/s: a return standing along the road 20 m ahead is met after 2 s, and one crossing at v arrives at its
/// offset + v × (TTC + list age). The young-track estimate (docs/calibration.md radarTrackerAlpha row: the reported
/// lateral velocity / g(n), g(4) = 0.602, "with the same deadband and corridor", "it only adds"), the multipath rule
/// (MultipathImage: a source must cross itself, "a standing car images no motion", and a reflector is never inside the
/// ego's path) and the class's own rule (the threat needing the hardest braking wins).
/// </summary>
public sealed class RadarThreatCandidateContractTests
{
    private const float EgoMps = 10f;
    private const float Deadband = 1.0f;
    private const float G4 = 0.602f;
    private static readonly ForwardAebCalibration Cal = AebCalibration.Default.ForwardAeb;
    private static readonly EgoPath Straight = new(EgoMps, 0f, 3.7f);

    private static TargetGate Gate() => new(
        MinTrackUpdates: 3, MaxRangeM: 200f, MaxElevationM: 2.2f, MinStationaryElevationM: 0.12f,
        MinOverlapM: Cal.MinOverlapM, EgoWidthM: 1.85f, BrakeLatencyS: 0.3f, StopMarginM: 1f,
        LateralVelocityDeadbandMps: Deadband,
        YoungTrackUpdates: Cal.YoungTrackUpdates, YoungTrackMaxRangeM: Cal.YoungTrackMaxRangeM,
        TrackerAlpha: Cal.RadarTrackerAlpha, TrackerBeta: Cal.RadarTrackerBeta,
        CameraCrossingMinSpeedMps: Cal.CameraCrossingMinSpeedMps, CameraCrossingWindowUs: (long)MathF.Round(Cal.CameraCrossingWindowS * 1e6f),
        CameraCrossingMinSamples: Cal.CameraCrossingMinSamples, CameraCrossingMaxTtcS: Cal.CameraCrossingMaxTtcS);

    /// <summary>A 0.5 m wide road user <paramref name="xM"/> ahead standing along the road, reported crossing at <paramref name="lateralMps"/>.</summary>
    private static RadarTrack Walker(int id, float xM, float yM, float lateralMps, int updates, float rcsDbsm = 0f) => new()
    {
        Id = id, LongitudinalM = xM, LateralM = yM, RelVelLongMps = -EgoMps, RelVelLatMps = lateralMps,
        WidthM = 0.5f, ElevationM = 0.9f, RcsDbsm = rcsDbsm, UpdateCount = updates,
    };

    private static ThreatAssessment Judge(long ageUs, params RadarTrack[] tracks)
    {
        var radar = new RadarObjectList { SensorOk = true, Count = tracks.Length, AgeUs = ageUs };
        for (int i = 0; i < tracks.Length; i++) radar.Tracks[i] = tracks[i];
        var camera = new CameraObjectList { SensorOk = true, Count = 0 };
        return RadarThreatAssessor.Assess(ref radar, ref camera, Straight, EgoMps, 0f, Gate());
    }

    /// <summary>
    /// 4 updates, 2.2 m left, reported 0.42 m/s toward the path: young estimate 0.42 / 0.602 = 0.70 m/s, below the 1 m/s
    /// deadband, so it does not cross (carried, it would arrive 0.8 m off centre, in the path). Reported 0.72 m/s: young
    /// 1.2 m/s, past the deadband, it arrives 0.2 m right of centre: a threat.
    /// </summary>
    [Fact]
    public void The_young_track_estimate_must_pass_the_same_deadband()
    {
        Assert.False(Judge(0, Walker(1, 20f, 2.2f, -0.7f * G4, 4)).HasTarget);
        Assert.True(Judge(0, Walker(1, 20f, 2.2f, -1.2f * G4, 4)).HasTarget);
    }

    /// <summary>Young estimate 1.2 m/s away from the path from 2.2 m left: it arrives 4.6 m left, out of the path.</summary>
    [Fact]
    public void A_young_track_crossing_away_from_the_path_is_no_threat()
    {
        Assert.False(Judge(0, Walker(1, 20f, 2.2f, 1.2f * G4, 4)).HasTarget);
    }

    /// <summary>
    /// A list 100 ms old: the walker is 19 m away now (TTC 1.9 s) and its young estimate of 1.2 m/s carries it
    /// 1.2 × (1.9 + 0.1) = 2.4 m from 3.3 m left to 0.9 m left: it overlaps the 1.85 m car by ½(1.85 + 0.5) − 0.9 =
    /// 0.275 m, more than the 0.15 m asked. (Carried over 1.8 s it would stop 1.14 m left, overlapping 0.035 m.)
    /// </summary>
    [Fact]
    public void A_young_track_in_an_old_list_is_carried_over_the_lists_age_too()
    {
        var threat = Judge(100_000, Walker(1, 20f, 3.3f, -1.2f * G4, 4));
        Assert.True(threat.HasTarget);
        Assert.Equal(0.9f, threat.PathOffsetM, 2);
    }

    /// <summary>
    /// Two road users crossing in opposite directions near the centre line, 0 m and 1.2 m left (the "mirror line" 0.6 m
    /// left, inside the car's half width 0.925 m, where no reflector stands): the one walking right at 1.05 m/s from
    /// 1.2 m left arrives 0.9 m right of centre and is the threat, though it is 4 dB weaker than the other (which
    /// walks out of the path to 2.1 m left).
    /// </summary>
    [Fact]
    public void A_pair_mirrored_about_a_line_inside_the_path_is_two_road_users()
    {
        var left = Walker(2, 20f, 1.2f, -1.05f, 20, rcsDbsm: -4f);
        var centre = Walker(3, 20f, 0f, 1.05f, 20);
        var threat = Judge(0, centre, left);
        Assert.True(threat.HasTarget);
        Assert.Equal(2, threat.TrackId);
    }

    /// <summary>
    /// A car standing 1.5 m left (reading 0.7 m/s across: within the 1 m/s deadband, not a crossing) and a weaker return
    /// 3.5 m left, 20.5 m ahead, walking toward the path at 1.71 m/s, which arrives on the centre line after 2.05 s: a standing car images no motion, so the walker is
    /// not its mirror image across a line 2.5 m left. It is the threat.
    /// </summary>
    [Fact]
    public void A_standing_car_has_no_moving_mirror_image()
    {
        var car = Walker(4, 20f, 1.5f, 0.7f, 20, rcsDbsm: 10f);
        var walker = Walker(5, 20.5f, 3.5f, -1.75f * 20f / 20.5f, 20, rcsDbsm: 10f - MultipathImage.MinLossDb - 1f);
        var threat = Judge(0, car, walker);
        Assert.True(threat.HasTarget);
        Assert.Equal(5, threat.TrackId);
    }

    /// <summary>
    /// A radar return standing in the path 8 m ahead needs harder braking than a pedestrian the camera alone sees crossing
    /// into the path 12 m ahead: the harder need wins, whichever rule found the other.
    /// </summary>
    [Fact]
    public void A_camera_crosser_needing_less_braking_does_not_replace_a_harder_radar_threat()
    {
        var gate = Gate();
        var tracks = new CameraLateralTracks();
        var radar = new RadarObjectList { SensorOk = true, Count = 1, AgeUs = 0 };
        radar.Tracks[0] = Walker(9, 8f, 0f, 0f, 20);
        var threat = ThreatAssessment.None;
        for (int k = 0; k < 7; k++)
        {
            var camera = new CameraObjectList { SensorOk = true, Count = 1, AgeUs = 0 };
            camera.Objects[0] = new CameraObject
            {
                Id = 3, LongitudinalM = 12f, LateralM = 2.4f + 0.1f * (6 - k), WidthM = 0.5f, RelVelLongMps = -EgoMps,
                Class = ObjectClass.Pedestrian, Confidence = 0.9f,
            };
            tracks.Observe(ref camera, k * 50_000L);
            threat = RadarThreatAssessor.Assess(ref radar, ref camera, Straight, EgoMps, 0f, gate, cameraOk: true, cameraTracks: tracks);
        }

        // 8 m: 10² / (2 × (8 − 3 − 1)) = 12.5 m/s²; 12 m: 10² / (2 × (12 − 3 − 1)) = 6.25 m/s².
        Assert.True(threat.HasTarget);
        Assert.Equal(9, threat.TrackId);
    }
}
