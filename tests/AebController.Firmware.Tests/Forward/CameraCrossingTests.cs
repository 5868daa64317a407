using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// The camera's own lateral speed of a road user (<see cref="CameraLateralTracks"/>) and the crossing threat it stands
/// for on the camera alone, judged by hand. The least-squares slope of 7 positions 50 ms apart (a 0.3 s window at
/// 20 Hz) of a road user who stands and then moves at v, with k of the 7 positions taken after it set off (the set-off
/// at the position before them), is v × 3/28, 2/7, 1/2, 5/7, 25/28, 1, 1 for k = 1..7 (Σ(t−t̄)(y−ȳ) / Σ(t−t̄)² by hand,
/// Σ(t−t̄)² = 0.05² × 28). Geometry of Euro NCAP CBNAO at 40 km/h: the ego at 11.11 m/s, a cyclist (1.8 m side-on)
/// standing 4.5 m to the right sets off at 10 km/h (2.78 m/s) when 15.04 m ahead and would meet the ego's front
/// 0.76 m right of its centre line (1.35 s later).
/// </summary>
public class CameraCrossingTests
{
    private const float EgoMps = 40f / 3.6f;
    private const float CyclistMps = 10f / 3.6f;
    private const long FrameUs = 50_000;

    private static TargetGate Gate(ForwardAebCalibration? cal = null)
    {
        cal ??= new ForwardAebCalibration();
        return new TargetGate(
            MinTrackUpdates: 3, MaxRangeM: 200f, MaxElevationM: 2.2f, MinStationaryElevationM: 0.12f,
            MinOverlapM: cal.MinOverlapM, EgoWidthM: 1.85f, BrakeLatencyS: 0.3f, StopMarginM: 1f,
            LateralVelocityDeadbandMps: cal.LateralVelocityDeadbandMps, LateralVelocityDeadbandPerM: cal.LateralVelocityDeadbandPerM,
            StationaryNeedsCamera: true, MinThreatLists: cal.MinThreatLists, CrossingRadarOnlyMaxRangeM: cal.CrossingRadarOnlyMaxRangeM,
            CameraCrossingMinSpeedMps: cal.CameraCrossingMinSpeedMps, CameraCrossingWindowUs: (long)MathF.Round(cal.CameraCrossingWindowS * 1e6f),
            CameraCrossingMinSamples: cal.CameraCrossingMinSamples, CameraCrossingMaxTtcS: cal.CameraCrossingMaxTtcS);
    }

    private static CameraObjectList List(ObjectClass cls, float xM, float yM, float relVelLongMps, float widthM = 1.8f)
    {
        var list = new CameraObjectList { SensorOk = true, Count = 1, AgeUs = 0 };
        list.Objects[0] = new CameraObject
        {
            Id = 1, LongitudinalM = xM, LateralM = yM, WidthM = widthM, RelVelLongMps = relVelLongMps, Class = cls, Confidence = 0.9f,
        };
        return list;
    }

    [Fact]
    public void A_straight_walk_gives_its_speed_and_its_place_at_the_newest_list()
    {
        var tracks = new CameraLateralTracks();
        for (int k = 0; k < 7; k++)
        {
            var list = List(ObjectClass.Pedestrian, 20f, -4f + 1.2f * k * 0.05f, 0f);
            tracks.Observe(ref list, k * FrameUs);
        }

        Assert.True(tracks.TryLateral(1, 300_000, 5, out float vy, out float y));
        Assert.Equal(1.2f, vy, 4);
        Assert.Equal(-4f + 1.2f * 0.3f, y, 4);
    }

    [Theory]
    [InlineData(1, 3f / 28f)]
    [InlineData(2, 2f / 7f)]
    [InlineData(3, 0.5f)]
    [InlineData(4, 5f / 7f)]
    [InlineData(5, 25f / 28f)]
    [InlineData(6, 1f)]
    [InlineData(7, 1f)]
    public void A_set_off_is_followed_in_full_one_window_later(int movingPositions, float shareOfSpeed)
    {
        var tracks = new CameraLateralTracks();
        // 10 standing positions, then the set-off: position j after it is v × 0.05 s × j from the kerb.
        int lists = 10 + movingPositions;
        for (int k = 0; k < lists; k++)
        {
            int moved = Math.Max(0, k - 9);
            var list = List(ObjectClass.Cyclist, 15f, -4.5f + CyclistMps * 0.05f * moved, 0f);
            tracks.Observe(ref list, k * FrameUs);
        }

        Assert.True(tracks.TryLateral(1, 300_000, 5, out float vy, out _));
        Assert.Equal(CyclistMps * shareOfSpeed, vy, 4);
    }

    [Fact]
    public void Too_few_positions_or_an_object_missing_from_the_newest_list_give_no_speed()
    {
        var tracks = new CameraLateralTracks();
        for (int k = 0; k < 4; k++)
        {
            var list = List(ObjectClass.Pedestrian, 20f, -4f + 0.1f * k, 0f);
            tracks.Observe(ref list, k * FrameUs);
        }

        Assert.False(tracks.TryLateral(1, 300_000, 5, out _, out _));
        var empty = new CameraObjectList { SensorOk = true, Count = 0, AgeUs = 0 };
        var fifth = List(ObjectClass.Pedestrian, 20f, -3.6f, 0f);
        tracks.Observe(ref fifth, 4 * FrameUs);
        Assert.True(tracks.TryLateral(1, 300_000, 5, out _, out _));
        tracks.Observe(ref empty, 5 * FrameUs);
        Assert.False(tracks.TryLateral(1, 300_000, 5, out _, out _));
    }

    [Fact]
    public void The_same_list_read_again_in_later_cycles_adds_no_position()
    {
        var tracks = new CameraLateralTracks();
        for (int k = 0; k < 7; k++)
        {
            var list = List(ObjectClass.Pedestrian, 20f, -4f + 0.1f * k, 0f);
            tracks.Observe(ref list, k * FrameUs);
            // The same list in the 10 ms cycles after it: older by the cycle, the same capture time.
            list.AgeUs = 10_000;
            tracks.Observe(ref list, k * FrameUs + 10_000);
        }

        Assert.True(tracks.TryLateral(1, 300_000, 5, out float vy, out _));
        Assert.Equal(0.1f / 0.05f, vy, 4);
    }

    /// <summary>
    /// CBNAO 40 km/h on the camera alone (the radar list empty, as when the parked car hides the cyclist from it):
    /// no threat while the fitted speed is below 1.5 m/s (k ≤ 3: at most 2.78 × 1/2 = 1.39 m/s), a threat once the
    /// window holds the set-off (k = 6: the full 2.78 m/s, and the list before it, 2.48 m/s, also in the path).
    /// </summary>
    [Fact]
    public void A_cyclist_setting_off_between_parked_cars_is_a_threat_on_the_camera_alone()
    {
        var gate = Gate();
        var tracks = new CameraLateralTracks();
        var persistence = new ThreatPersistence();
        var radar = new RadarObjectList { SensorOk = true, Count = 0 };
        const float setOffGapM = 15.04f;
        ThreatAssessment threat = default;
        int firstThreatK = -1;
        for (int k = -10; k <= 6; k++)
        {
            long nowUs = (k + 10) * FrameUs;
            float xM = setOffGapM - EgoMps * 0.05f * k;
            float yM = -4.5f + CyclistMps * 0.05f * Math.Max(k, 0);
            var camera = List(ObjectClass.Cyclist, xM, yM, -EgoMps);
            tracks.Observe(ref camera, nowUs);
            persistence.Observe(camera.AgeUs);
            radar.AgeUs = 0;
            threat = RadarThreatAssessor.Assess(ref radar, ref camera, new EgoPath(EgoMps, 0f, 3.7f), EgoMps, 0f, gate, cameraOk: true,
                cameraTracks: tracks, cameraPersistence: persistence);
            if (k <= 3) Assert.False(threat.HasTarget, $"k = {k}");
            if (threat.HasTarget && firstThreatK < 0) firstThreatK = k;
        }

        Assert.InRange(firstThreatK, 4, 6);
        Assert.True(threat.HasTarget);
        Assert.Equal(ObjectClass.Cyclist, threat.Class);
        Assert.Equal(RadarThreatAssessor.CameraTrackIdBase - 1, threat.TrackId);
        // At k = 6 the ego is 15.04 − 11.11 × 0.3 = 11.71 m away: TTC 1.054 s.
        Assert.Equal((setOffGapM - EgoMps * 0.3f) / EgoMps, threat.TtcS, 3);
    }

    [Theory]
    // A walker at 5 km/h (1.39 m/s) is below the camera's 1.5 m/s: the radar follows it.
    [InlineData(ObjectClass.Pedestrian, 5f / 3.6f, 15.04f, true)]
    // A car is not a road user the camera path is for.
    [InlineData(ObjectClass.PassengerCar, CyclistMps, 15.04f, true)]
    // A class not yet confirmed.
    [InlineData(ObjectClass.Unknown, CyclistMps, 15.04f, true)]
    // The same crossing 2.5 s ahead (27.8 m): beyond the camera path's 2 s.
    [InlineData(ObjectClass.Cyclist, CyclistMps, 30.4f, true)]
    // A faulted camera stands for nothing.
    [InlineData(ObjectClass.Cyclist, CyclistMps, 15.04f, false)]
    public void Slow_walkers_cars_unconfirmed_far_or_unseen_crossers_are_left_to_the_radar(ObjectClass cls, float vyMps, float setOffGapM, bool cameraOk)
    {
        var gate = Gate();
        var tracks = new CameraLateralTracks();
        var persistence = new ThreatPersistence();
        var radar = new RadarObjectList { SensorOk = true, Count = 0 };
        for (int k = -10; k <= 8; k++)
        {
            float xM = setOffGapM - EgoMps * 0.05f * k;
            float yM = -4.5f + vyMps * 0.05f * Math.Max(k, 0);
            var camera = List(cls, xM, yM, -EgoMps);
            tracks.Observe(ref camera, (k + 10) * FrameUs);
            persistence.Observe(camera.AgeUs);
            var threat = RadarThreatAssessor.Assess(ref radar, ref camera, new EgoPath(EgoMps, 0f, 3.7f), EgoMps, 0f, gate, cameraOk,
                cameraTracks: tracks, cameraPersistence: persistence);
            Assert.False(threat.HasTarget, $"k = {k}");
        }
    }

    /// <summary>
    /// The speed the camera path needs is 4σ of the fitted slope: position noise 0.1 m (docs/sensors.md camera
    /// lateralNoiseM), 20 Hz frames over the window, σ = 0.1 / √Σ(t−t̄)² = 0.1 / (0.05 × √28) = 0.378 m/s.
    /// </summary>
    [Fact]
    public void The_crossing_speed_is_four_standard_deviations_of_the_fitted_slope()
    {
        var cal = new ForwardAebCalibration();
        int frames = (int)MathF.Round(cal.CameraCrossingWindowS / 0.05f) + 1;
        double stt = 0;
        for (int i = 0; i < frames; i++) stt += Math.Pow((i - (frames - 1) / 2.0) * 0.05, 2);
        double sigma = 0.1 / Math.Sqrt(stt);
        Assert.Equal(0.378, sigma, 3);
        Assert.InRange(cal.CameraCrossingMinSpeedMps, 4 * sigma - 0.02, 4 * sigma + 0.1);
        Assert.InRange(cal.CameraCrossingMinSamples, 3, frames);
    }
}
