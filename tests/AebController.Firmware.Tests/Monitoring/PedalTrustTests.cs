using AebController.Firmware.Calibration;
using AebController.Firmware.Monitoring;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Monitoring;

/// <summary>A track disagreement is never trusted, not even inside the debounce; counters never wrap.</summary>
public sealed class PedalTrustTests
{
    private const long CycleUs = 10_000;

    [Fact]
    public void Inside_the_debounce_a_one_sample_spike_on_track_1_reads_as_the_cautious_track()
    {
        var monitor = new InputMonitor(new MonitoringCalibration());
        var frame = HealthyFrame.Create(0, pedal: 0f);
        for (int i = 0; i < 100; i++)
        {
            HealthyFrame.Refresh(frame, i * CycleUs, pedal: 0f);
            monitor.Check(frame);
        }

        HealthyFrame.Refresh(frame, 100 * CycleUs, pedal: 0f);
        frame.Pedals.AccelTrack1 = 0.95f; // the +0.95 glitch; track 2 still says 0
        monitor.Check(frame);
        Assert.True(monitor.Health.AccelPedalOk); // no code yet: the debounce
        Assert.False(monitor.Health.AccelTracksAgree);
        Assert.Equal(0f, monitor.Health.TrustedAccelPedal);
        Assert.Equal(DiagnosticCode.None, monitor.Latched);
    }

    [Fact]
    public void A_pedal_disagreeing_for_a_long_time_stays_untrusted()
    {
        var monitor = new InputMonitor(new MonitoringCalibration());
        var frame = HealthyFrame.Create(0, pedal: 0.8f);
        frame.Pedals.AccelTrack2 = 0.1f;
        for (int i = 0; i < 200_000; i++)
        {
            frame.NowUs = i * CycleUs;
            monitor.Check(frame);
        }

        Assert.False(monitor.Health.AccelPedalOk);
        Assert.False(monitor.Health.AccelTracksAgree);
        Assert.Equal(0.2f, monitor.Health.TrustedAccelPedal, 3);
    }

    public static TheoryData<string> CorruptFields() => new()
    {
        "width-nan", "width-negative", "elevation-nan", "elevation-inf", "latvel-nan", "latvel-huge",
        "accel-nan", "accel-huge", "rcs-nan", "long-inf", "lateral-huge", "count-negative", "class-invalid",
    };

    private static void Corrupt(ref RadarTrack t, string field)
    {
        switch (field)
        {
            case "width-nan": t.WidthM = float.NaN; break;
            case "width-negative": t.WidthM = -1f; break;
            case "elevation-nan": t.ElevationM = float.NaN; break;
            case "elevation-inf": t.ElevationM = float.NegativeInfinity; break;
            case "latvel-nan": t.RelVelLatMps = float.NaN; break;
            case "latvel-huge": t.RelVelLatMps = 1e6f; break;
            case "accel-nan": t.RelAccelLongMps2 = float.NaN; break;
            case "accel-huge": t.RelAccelLongMps2 = -500f; break;
            case "rcs-nan": t.RcsDbsm = float.NaN; break;
            case "long-inf": t.LongitudinalM = float.PositiveInfinity; break;
            case "lateral-huge": t.LateralM = 1e9f; break;
            case "count-negative": t.UpdateCount = -1; break;
            case "class-invalid": t.ClassHint = (ObjectClass)200; break;
        }
    }

    private static RadarTrack Stationary20m() => new()
    {
        Id = 1, LongitudinalM = 20f, LateralM = 0f, RelVelLongMps = -15f, WidthM = 1.8f, ElevationM = 0.5f, RcsDbsm = 10f, UpdateCount = 10,
    };

    [Theory]
    [InlineData(188f, -6.5f, true)]   // 2.0° below: a far reflection read with an ordinary elevation error
    [InlineData(188f, 40f, true)]     // 12° above: a gantry's reach at range, inside an 18° vertical field
    [InlineData(10f, -6.5f, false)]   // 33° below the road at 10 m: outside every automotive radar's field
    [InlineData(10f, 37f, false)]     // 75° above at 10 m
    [InlineData(0.5f, -5f, true)]     // the road's own floor (a dip) at any range
    [InlineData(0.5f, -5.01f, false)]
    public void An_elevation_is_possible_when_its_angle_is_inside_a_radar_vertical_field(float rangeM, float elevationM, bool valid)
    {
        // Oracle: vertical fields of production radars, ARS 430 18°, UMRR 153 15°, DRVEGRD 169 28° (all
        // well inside ±30°), and the road itself: −5 m (a dip) to 30 m (a gantry) at any range.
        var track = Stationary20m();
        track.LongitudinalM = rangeM;
        track.ElevationM = elevationM;
        Assert.Equal(valid, TrackPlausibility.RadarTrackValid(track));
    }

    /// <summary>Ten healthy stationary tracks, ids 1 to 10, 4 m apart sideways.</summary>
    private static SensorFrame TenHealthyTracks()
    {
        var frame = HealthyFrame.Create(0);
        frame.FrontRadar.Count = 10;
        for (int i = 0; i < 10; i++)
        {
            var t = Stationary20m();
            t.Id = i + 1;
            t.LateralM = 4f * i;
            frame.FrontRadar.Tracks[i] = t;
        }

        return frame;
    }

    [Fact]
    public void One_corrupt_track_among_healthy_ones_is_a_code_but_leaves_the_radar_usable()
    {
        // The corrupt track is dropped by perception; the healthy ones, the threat among them, stay.
        var frame = TenHealthyTracks();

        frame.FrontRadar.Tracks[7].ElevationM = float.NaN;
        var monitor = new InputMonitor(new MonitoringCalibration());
        monitor.Check(frame);
        Assert.True(monitor.Health.FrontRadarOk);
        Assert.True((monitor.Latched & DiagnosticCode.RadarValueOutOfRange) != 0);

        for (int i = 0; i < 6; i++) frame.FrontRadar.Tracks[i].WidthM = -1f; // now 7 of 10 impossible
        monitor.Check(frame);
        Assert.False(monitor.Health.FrontRadarOk);
    }

    [Fact]
    public void A_corrupt_track_that_is_the_threat_makes_the_radar_unusable_so_the_threat_is_predicted_not_lost()
    {
        var frame = TenHealthyTracks();

        frame.FrontRadar.Tracks[7].LongitudinalM = float.NaN; // track id 8 (a lost rate alone is stood in for: RateStandInMonitorTests)
        var monitor = new InputMonitor(new MonitoringCalibration());
        monitor.SetThreatTracks(3, -1, -1);
        monitor.Check(frame);
        Assert.True(monitor.Health.FrontRadarOk);   // braking for track 3: track 8's corruption does not touch it
        monitor.SetThreatTracks(8, -1, -1);
        monitor.Check(frame);
        Assert.False(monitor.Health.FrontRadarOk);  // braking for track 8 itself: blind, not gone
        monitor.SetThreatTracks(-1, 8, -1);
        monitor.Check(frame);
        Assert.False(monitor.Health.FrontRadarOk);  // the low-speed function's threat counts the same
        Assert.True(monitor.Health.RearRadarOk);
    }

    [Fact]
    public void A_corrupt_track_without_an_id_is_not_the_threat_when_no_function_has_one()
    {
        // −1 is "no threat" in SetThreatTracks; a corrupt track whose id reads −1 is not that threat, so it is
        // only a code and dropped, as any other corrupt track among healthy ones.
        var frame = TenHealthyTracks();
        frame.FrontRadar.Tracks[7].Id = -1;
        frame.FrontRadar.Tracks[7].LongitudinalM = float.NaN;
        var monitor = new InputMonitor(new MonitoringCalibration());
        monitor.SetThreatTracks(-1, -1, -1);
        monitor.Check(frame);
        Assert.True(monitor.Health.FrontRadarOk);
        Assert.True((monitor.Latched & DiagnosticCode.RadarValueOutOfRange) != 0);
    }

    [Theory]
    [MemberData(nameof(CorruptFields))]
    public void A_track_with_any_corrupt_field_is_flagged_and_never_becomes_a_threat(string field)
    {
        var track = Stationary20m();
        Assert.True(TrackPlausibility.RadarTrackValid(track));
        Corrupt(ref track, field);
        Assert.False(TrackPlausibility.RadarTrackValid(track));

        var frame = HealthyFrame.Create(0);
        frame.FrontRadar.Count = 1;
        frame.FrontRadar.Tracks[0] = track;
        var monitor = new InputMonitor(new MonitoringCalibration());
        monitor.Check(frame);
        Assert.False(monitor.Health.FrontRadarOk);
        Assert.True((monitor.Latched & DiagnosticCode.RadarValueOutOfRange) != 0);

        var cal = new ForwardAebCalibration();
        var gate = new TargetGate(cal.MinTrackUpdates, cal.MaxRangeM, cal.MaxTargetElevationM, cal.MinStationaryElevationM,
            cal.MinOverlapM, 1.85f, cal.BrakeLatencyS, cal.StopMarginM);
        var threat = RadarThreatAssessor.Assess(ref frame.FrontRadar, ref frame.FrontCamera, new EgoPath(15f, 0f, 3.7f), 15f, 0f, gate);
        Assert.False(threat.HasTarget);
    }

    [Fact]
    public void The_same_track_uncorrupted_is_a_threat()
    {
        var frame = HealthyFrame.Create(0);
        frame.FrontRadar.Count = 1;
        frame.FrontRadar.Tracks[0] = Stationary20m();
        var cal = new ForwardAebCalibration();
        var gate = new TargetGate(cal.MinTrackUpdates, cal.MaxRangeM, cal.MaxTargetElevationM, cal.MinStationaryElevationM,
            cal.MinOverlapM, 1.85f, cal.BrakeLatencyS, cal.StopMarginM);
        var threat = RadarThreatAssessor.Assess(ref frame.FrontRadar, ref frame.FrontCamera, new EgoPath(15f, 0f, 3.7f), 15f, 0f, gate);
        Assert.True(threat.HasTarget);
        Assert.True(float.IsFinite(threat.RequiredDecelMps2));
    }
}
