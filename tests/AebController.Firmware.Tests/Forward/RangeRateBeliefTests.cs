using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// A track's range rate is believed only where it agrees with the slope of its own ranges
/// (<see cref="RadarThreatAssessor.ContradictingRangeSlope"/>). The cases, by hand: the car drives at 50 km/h
/// (13.89 m/s), the radar delivers a list every 50 ms, so a standing object's range falls by 0.694 m per list and its
/// range rate reads −13.89 m/s. The campaign's rate glitch adds 10 m/s (docs/faults.md): −3.89 m/s, which says the object
/// drives off at 10 m/s over ground. fa-kerbside-car, realistic: a manhole cover in the lane (a flat return, 0.05 m high,
/// below the 0.12 m under which nothing that stands is braked for) read so for one list and the car braked fully.
/// </summary>
public sealed class RangeRateBeliefTests
{
    private const float EgoMps = 50f / 3.6f;
    private const float GlitchMps = 10f;
    private const long ListUs = 50_000;
    private static readonly ForwardAebCalibration Cal = AebCalibration.Default.ForwardAeb;

    private static TargetGate Gate(bool slopeCheck) => new(
        MinTrackUpdates: Cal.MinTrackUpdates, MaxRangeM: 200f, MaxElevationM: 2.2f,
        MinOverlapM: Cal.MinOverlapM, EgoWidthM: 1.85f, BrakeLatencyS: 0.3f, StopMarginM: 1f,
        LateralVelocityDeadbandMps: Cal.LateralVelocityDeadbandMps, LateralVelocityDeadbandPerM: Cal.LateralVelocityDeadbandPerM,
        StationaryNeedsCamera: true, CrossingRadarOnlyMaxRangeM: Cal.CrossingRadarOnlyMaxRangeM,
        StandingMinTrackUpdates: Cal.StandingMinTrackUpdates, MinThreatLists: Cal.MinThreatLists,
        CameraStationarySpeedMps: Cal.CameraStationarySpeedMps, CameraStationarySpeedShare: Cal.CameraStationarySpeedShare,
        StandingSpeedShare: Cal.StandingSpeedShare, MinStationaryElevationM: Cal.MinStationaryElevationM,
        RangeSlopeWindowUs: slopeCheck ? (long)MathF.Round(Cal.RangeSlopeWindowS * 1e6f) : 0,
        RangeSlopeMinSamples: Cal.RangeSlopeMinSamples, RangeSlopeToleranceMps: Cal.RangeSlopeToleranceMps,
        RangeSlopeSigmas: Cal.RangeSlopeSigmas);

    /// <summary>
    /// Feeds one track per 50 ms list: a standing object (or one moving at <paramref name="targetMps"/> over ground) whose
    /// range after the last list is <paramref name="lastRangeM"/>, its rate as reported in each list given by
    /// <paramref name="rateError"/> added to the true one. Returns every list's judgement.
    /// </summary>
    private static ThreatAssessment[] Feed(TargetGate gate, int lists, float lastRangeM, float elevationM, Func<int, float> rateError,
        float targetMps = 0f, bool cameraOk = true)
    {
        var history = new RadarRangeHistory();
        var persistence = new ThreatPersistence();
        var camera = new CameraObjectList { SensorOk = true, Count = 0 }; // healthy, sees nothing there
        var results = new ThreatAssessment[lists];
        float closingMps = EgoMps - targetMps;
        for (int k = 0; k < lists; k++)
        {
            history.BeginList(0, 10_000_000 + k * ListUs);
            persistence.Observe(0);
            var list = new RadarObjectList { SensorOk = true, Count = 1, AgeUs = 0 };
            list.Tracks[0] = new RadarTrack
            {
                Id = 7, LongitudinalM = lastRangeM + closingMps * (lists - 1 - k) * 0.05f, LateralM = 0.2f,
                RelVelLongMps = -closingMps + rateError(k), WidthM = 0.6f, ElevationM = elevationM, RcsDbsm = 5f, UpdateCount = 40 + k,
            };
            results[k] = RadarThreatAssessor.Assess(ref list, ref camera, new EgoPath(EgoMps, 0f, 3.8f), EgoMps, 0f, gate,
                cameraOk: cameraOk, persistence: persistence, rangeHistory: history);
        }

        return results;
    }

    /// <summary>The cover 8 m ahead, its rate glitched in the last list (spike) or the last two (burst).</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_rate_glitch_on_a_manhole_cover_brakes_for_nothing(int glitchLists)
    {
        const int lists = 10;
        Func<int, float> error = k => k >= lists - glitchLists ? GlitchMps : 0f;
        Assert.All(Feed(Gate(slopeCheck: true), lists, 8f, 0.05f, error), a => Assert.False(a.HasTarget));
    }

    /// <summary>
    /// Without the check, the burst makes the cover a road user driving off at 10 m/s, 3.9 m/s slower than the car, for two
    /// lists: a threat (the hazard the check removes).
    /// </summary>
    [Fact]
    public void Without_the_check_a_rate_burst_makes_the_cover_a_threat()
    {
        Assert.True(Feed(Gate(slopeCheck: false), 10, 8f, 0.05f, k => k >= 8 ? GlitchMps : 0f)[^1].HasTarget);
    }

    /// <summary>
    /// The campaign's rate drift, 2 m/s², from list 5 of a 3 s approach to a cover ending 1 m ahead: never a threat. Without
    /// the check it becomes one once the drift leaves the camera's standing window (2 + 0.15 × 13.89 = 4.08 m/s, after 2 s).
    /// </summary>
    [Fact]
    public void A_drifting_rate_never_makes_a_cover_a_road_user()
    {
        Func<int, float> drift = k => k < 5 ? 0f : 2f * (k - 5) * 0.05f;
        Assert.All(Feed(Gate(slopeCheck: true), 60, 1f, 0.05f, drift), a => Assert.False(a.HasTarget));
        Assert.Contains(Feed(Gate(slopeCheck: false), 60, 1f, 0.05f, drift), a => a.HasTarget);
    }

    /// <summary>
    /// A lead car driving at 30 km/h 20 m ahead: its rate (−(13.89 − 8.33) = −5.56 m/s) agrees with its ranges, and it is
    /// judged at that closing speed.
    /// </summary>
    [Fact]
    public void A_moving_road_user_whose_rate_agrees_is_judged_by_it()
    {
        var last = Feed(Gate(slopeCheck: true), 10, 20f, 0.5f, _ => 0f, targetMps: 30f / 3.6f)[^1];
        Assert.True(last.HasTarget);
        Assert.Equal(EgoMps - 30f / 3.6f, last.ClosingSpeedMps, 3);
    }

    /// <summary>
    /// A car standing in the lane 20 m ahead, judged a threat for 8 lists (camera faulted: it stands on the radar alone); then
    /// the rate glitches +10 m/s. The threat stays, closing at no less than its ranges allow: 13.89 − 2.5 m/s tolerance
    /// (an exact line has no standard error) = 11.39 m/s, where the glitched rate alone says 3.89. The monitors still get
    /// the rate as reported.
    /// </summary>
    [Fact]
    public void A_rate_glitch_on_a_standing_threat_never_weakens_it()
    {
        var results = Feed(Gate(slopeCheck: true), 10, 20f, 0.5f, k => k == 9 ? GlitchMps : 0f, cameraOk: false);
        Assert.True(results[8].HasTarget);
        var last = results[^1];
        Assert.True(last.HasTarget);
        Assert.True(last.ClosingSpeedMps >= EgoMps - Cal.RangeSlopeToleranceMps - 0.01f, $"closing {last.ClosingSpeedMps}");
        Assert.Equal(EgoMps - GlitchMps, last.ReportedClosingSpeedMps, 3);
    }

    /// <summary>The tolerance from both sides on an exact line (slope −10 m/s, no standard error), and too few lists.</summary>
    [Fact]
    public void The_rate_is_contradicted_only_beyond_the_tolerance()
    {
        var gate = Gate(slopeCheck: true);
        var history = new RadarRangeHistory();
        for (int k = 0; k < 5; k++)
        {
            history.BeginList(0, 1_000_000 + k * ListUs);
            history.Record(3, 30f - 10f * k * 0.05f);
            float expectedSlope = k + 1 >= Cal.RangeSlopeMinSamples ? -10f : float.NaN;
            float glitched = RadarThreatAssessor.ContradictingRangeSlope(3, -10f + Cal.RangeSlopeToleranceMps + 0.1f, gate, history, out _);
            if (float.IsNaN(expectedSlope)) Assert.True(float.IsNaN(glitched), $"list {k}: judged with {k + 1} lists");
            else Assert.Equal(expectedSlope, glitched, 2);
        }

        Assert.True(float.IsNaN(RadarThreatAssessor.ContradictingRangeSlope(3, -10f + Cal.RangeSlopeToleranceMps - 0.1f, gate, history, out _)));
        Assert.True(float.IsNaN(RadarThreatAssessor.ContradictingRangeSlope(3, -10f - Cal.RangeSlopeToleranceMps + 0.1f, gate, history, out _)));
        Assert.Equal(-10f, RadarThreatAssessor.ContradictingRangeSlope(3, -10f - Cal.RangeSlopeToleranceMps - 0.1f, gate, history, out _), 2);
        Assert.True(float.IsNaN(RadarThreatAssessor.ContradictingRangeSlope(3, 0f, Gate(slopeCheck: false), history, out _)));
    }
}
