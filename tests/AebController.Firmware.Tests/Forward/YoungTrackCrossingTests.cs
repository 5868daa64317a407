using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// A road user that is already moving when the radar first sees it (a child stepping out from behind a parked car) is
/// reported with the lateral velocity of an α-β tracker born at 0: after n detections it reads g(n) of its speed. By
/// hand from the tracker's recursion (first detection sets the position; each later one k: predicted p = x + v·T,
/// residual r = z_k − p, x = p + α·r, v = v + β/T·r, with z_k = u·k·T): g(2) = β, g(3) = β·(3 − α − β). The case, by hand:
/// Euro NCAP CPNCO at 50 km/h (13.89 m/s), the child (0.5 m wide) walking at 5 km/h (1.389 m/s) from the right, reported
/// at its 4th detection 15.35 m ahead with its centre 1.57 m right of ours (docs/sensors.md: it becomes visible past the
/// parked car 17.8 m ahead at y −1.78 m, 0.376 s before the last brake command that avoids it).
/// </summary>
public sealed class YoungTrackCrossingTests
{
    private const float EgoMps = 50f / 3.6f;
    private const float ChildMps = 5f / 3.6f;
    private static readonly ForwardAebCalibration Cal = AebCalibration.Default.ForwardAeb;

    private static TargetGate Gate(int youngUpdates) => new(
        MinTrackUpdates: Cal.MinTrackUpdates, MaxRangeM: 200f, MaxElevationM: 2.2f, MinStationaryElevationM: 0.12f,
        MinOverlapM: Cal.MinOverlapM, EgoWidthM: 1.85f, BrakeLatencyS: 0.3f, StopMarginM: 1f,
        LateralVelocityDeadbandMps: Cal.LateralVelocityDeadbandMps, LateralVelocityDeadbandPerM: Cal.LateralVelocityDeadbandPerM,
        StationaryNeedsCamera: true, CrossingRadarOnlyMaxRangeM: Cal.CrossingRadarOnlyMaxRangeM,
        StandingMinTrackUpdates: Cal.StandingMinTrackUpdates,
        YoungTrackUpdates: youngUpdates, YoungTrackMaxRangeM: Cal.YoungTrackMaxRangeM,
        TrackerAlpha: Cal.RadarTrackerAlpha, TrackerBeta: Cal.RadarTrackerBeta);

    /// <summary>The tracker's reading by hand for 2 and 3 detections, and by running its recursion in metres and seconds for more.</summary>
    private static float HandFraction(int detections)
    {
        const float a = 0.5f, b = 0.167f;
        if (detections == 2) return b;
        if (detections == 3) return b * (3f - a - b);
        const float periodS = 0.05f, speed = 1.389f;
        float x = 0f, v = 0f;
        for (int k = 1; k < detections; k++)
        {
            float z = speed * k * periodS;
            float p = x + v * periodS;
            float r = z - p;
            x = p + a * r;
            v += b / periodS * r;
        }

        return v / speed;
    }

    private static RadarTrack Child(float rangeM, float lateralM, float relVelLatMps, int updates) => new()
    {
        Id = 22, LongitudinalM = rangeM, LateralM = lateralM, RelVelLongMps = -EgoMps, RelVelLatMps = relVelLatMps,
        WidthM = 0.5f, ElevationM = 0.6f, RcsDbsm = -10f, UpdateCount = updates, ClassHint = ObjectClass.Unknown,
    };

    private static ThreatAssessment Judge(RadarTrack track, in TargetGate gate)
    {
        var list = new RadarObjectList { SensorOk = true, Count = 1, AgeUs = 0 };
        list.Tracks[0] = track;
        var camera = new CameraObjectList { SensorOk = true, Count = 0 }; // healthy, not yet classed: sees nothing there
        return RadarThreatAssessor.Assess(ref list, ref camera, new EgoPath(EgoMps, 0f, 3.8f), EgoMps, 0f, gate, cameraOk: true);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void The_ramp_fraction_is_the_trackers_reading_of_a_constant_speed(int detections)
    {
        Assert.Equal(HandFraction(detections), ThreatMath.TrackerRampFraction(Cal.RadarTrackerAlpha, Cal.RadarTrackerBeta, detections), 4);
    }

    [Fact]
    public void The_calibration_is_the_realistic_radars_tracker_and_its_fraction_is_settled_at_the_young_limit()
    {
        // docs/sensors.md: α 0.5, β = α²/(2 − α).
        Assert.Equal(0.5f, Cal.RadarTrackerAlpha);
        Assert.Equal(0.5f * 0.5f / 1.5f, Cal.RadarTrackerBeta, 3);
        Assert.InRange(ThreatMath.TrackerRampFraction(Cal.RadarTrackerAlpha, Cal.RadarTrackerBeta, Cal.YoungTrackUpdates), 0.97f, 1.03f);
    }

    /// <summary>
    /// At its 4th detection the child reads 1.389 × g(4) = 0.84 m/s, below the crossing deadband 0.5 + 0.035 × 15.35 =
    /// 1.04 m/s: reported, it stands beside the path. Corrected, it crosses at 1.389 m/s and is at −1.57 + 1.389 × 15.35 /
    /// 13.89 = −0.03 m when the ego arrives: in the path.
    /// </summary>
    [Fact]
    public void A_child_born_moving_is_in_the_path_at_its_fourth_detection()
    {
        float reported = ChildMps * HandFraction(4);
        Assert.True(reported < Cal.LateralVelocityDeadbandMps + Cal.LateralVelocityDeadbandPerM * 15.35f);
        var child = Child(15.35f, -1.57f, reported, 4);

        Assert.False(Judge(child, Gate(0)).HasTarget);
        var threat = Judge(child, Gate(Cal.YoungTrackUpdates));
        Assert.True(threat.HasTarget);
        Assert.Equal(-1.57f + ChildMps * 15.35f / EgoMps, threat.PathOffsetM, 2);
    }

    [Fact]
    public void A_child_standing_at_the_kerb_is_no_threat_at_any_age()
    {
        for (int n = Cal.MinTrackUpdates; n <= Cal.YoungTrackUpdates; n++)
        {
            Assert.False(Judge(Child(15.35f, -1.8f, 0f, n), Gate(Cal.YoungTrackUpdates)).HasTarget);
        }
    }

    /// <summary>
    /// The correction only adds: a young child the reported estimate puts in the path (10 m ahead, 1.0 m right, 1.2 m/s:
    /// crossing beyond the 0.85 m/s deadband, at −1.0 + 1.2 × 0.72 = −0.14 m on arrival) stays a threat though its corrected
    /// speed (1.2 / 0.39 = 3.08 m/s) would carry it to +1.22 m, its near side 0.05 m beyond our 0.925 m half width.
    /// </summary>
    [Fact]
    public void A_threat_by_the_reported_estimate_stays_a_threat_whatever_the_correction_says()
    {
        var child = Child(10f, -1.0f, 1.2f, 3);
        Assert.True(Judge(child, Gate(0)).HasTarget);
        Assert.True(Judge(child, Gate(Cal.YoungTrackUpdates)).HasTarget);
    }

    [Fact]
    public void An_old_or_far_track_is_judged_on_its_reported_estimate_alone()
    {
        float reported = ChildMps * HandFraction(4);
        // Old: the same reading from a track of 7 updates is what it says (a slow walker, beside the path).
        Assert.False(Judge(Child(15.35f, -1.57f, reported, Cal.YoungTrackUpdates), Gate(Cal.YoungTrackUpdates)).HasTarget);
        // Far: beyond youngTrackMaxRangeM the same geometry scaled out (the ego 2.3 s away) is not corrected.
        float farM = Cal.YoungTrackMaxRangeM + 2f;
        float yM = -1.57f - ChildMps * (farM - 15.35f) / EgoMps;
        Assert.Equal(
            Judge(Child(farM, yM, reported, 4), Gate(0)).HasTarget,
            Judge(Child(farM, yM, reported, 4), Gate(Cal.YoungTrackUpdates)).HasTarget);
    }
}
