using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// The assessor's range-slope check (<see cref="RadarThreatAssessor.ContradictingRangeSlope"/>) in a turn. The radar measures
/// in a frame that turns with the car, so a track's range changes by its range rate (the velocity difference along the
/// car's axis) plus yaw rate × its lateral position. The world, by hand: the car drives a 20 m circle to the left at
/// 10 m/s (yaw rate 0.5 rad/s, 5 m/s² across: a brisk junction turn); the radar sits 3.8 m ahead of the rear axle, so the
/// turn's centre lies at (−3.8, 20) in the sensor's frame, and a point standing in the world turns about it at −0.5 rad/s
/// in that frame. A post 12 m ahead and 9 m to the left: its rate reads −10 m/s (the car's speed along its axis), but
/// its range falls about 10 − 0.5 × 9 = 5.5 m/s. Lists every 50 ms.
/// </summary>
public sealed class TurningFrameRangeSlopeTests
{
    private const float SpeedMps = 10f;
    private const float RadiusM = 20f;
    private const float YawRps = SpeedMps / RadiusM;
    private const float AxleToSensorM = 3.8f;
    private const long ListUs = 50_000;
    private static readonly ForwardAebCalibration Cal = AebCalibration.Default.ForwardAeb;

    private static TargetGate Gate() => new(
        MinTrackUpdates: Cal.MinTrackUpdates, MaxRangeM: 200f, MaxElevationM: 2.2f,
        MinOverlapM: Cal.MinOverlapM, EgoWidthM: 1.85f, BrakeLatencyS: 0.3f, StopMarginM: 1f,
        LateralVelocityDeadbandMps: Cal.LateralVelocityDeadbandMps, LateralVelocityDeadbandPerM: Cal.LateralVelocityDeadbandPerM,
        StationaryNeedsCamera: true, CrossingRadarOnlyMaxRangeM: Cal.CrossingRadarOnlyMaxRangeM,
        StandingMinTrackUpdates: Cal.StandingMinTrackUpdates, MinThreatLists: Cal.MinThreatLists,
        CameraStationarySpeedMps: Cal.CameraStationarySpeedMps, CameraStationarySpeedShare: Cal.CameraStationarySpeedShare,
        StandingSpeedShare: Cal.StandingSpeedShare, MinStationaryElevationM: Cal.MinStationaryElevationM,
        RangeSlopeWindowUs: (long)MathF.Round(Cal.RangeSlopeWindowS * 1e6f),
        RangeSlopeMinSamples: Cal.RangeSlopeMinSamples, RangeSlopeToleranceMps: Cal.RangeSlopeToleranceMps,
        RangeSlopeSigmas: Cal.RangeSlopeSigmas);

    /// <summary>
    /// Where the post first seen at (<paramref name="x0"/>, <paramref name="y0"/>) is <paramref name="tS"/> later in the sensor's
    /// frame: turned about the turn's centre by −yaw rate × t (a rotation, exact).
    /// </summary>
    private static (float X, float Y) PostAt(float x0, float y0, float tS)
    {
        float cx = -AxleToSensorM, cy = RadiusM;
        float angle = -YawRps * tS;
        float dx = x0 - cx, dy = y0 - cy;
        return (cx + dx * MathF.Cos(angle) - dy * MathF.Sin(angle), cy + dx * MathF.Sin(angle) + dy * MathF.Cos(angle));
    }

    /// <summary>Records <paramref name="lists"/> lists of the post's ranges; returns its lateral position in the last.</summary>
    private static float Record(RadarRangeHistory history, int id, int lists)
    {
        float lateralM = 0f;
        for (int k = 0; k < lists; k++)
        {
            var (x, y) = PostAt(12f, 9f, k * ListUs * 1e-6f);
            history.BeginList(0, 1_000_000 + k * ListUs);
            history.Record(id, x);
            lateralM = y;
        }

        return lateralM;
    }

    [Fact]
    public void The_post_moves_in_the_turning_frame_as_the_hand_figure_says()
    {
        var (x1, _) = PostAt(12f, 9f, 0.05f);
        // dx/dt = −v + ω·y = −10 + 0.5 × 9 = −5.5 m/s at the start: 0.275 m in the first list (second order: < 0.02 m).
        Assert.InRange(12f - x1, 0.275f - 0.02f, 0.275f + 0.02f);
    }

    /// <summary>
    /// The sound post's ranges against its sound rate: no contradiction once the frame's turn is taken in. Judged against
    /// the rate alone, as the assessor did, the 4.5 m/s the turn adds read as one, and the rate its ranges imply (what the
    /// assessor uses for the track's over-ground speed) was 4.5 m/s off the truth (−10 m/s).
    /// </summary>
    [Fact]
    public void A_sound_track_aside_of_a_turning_car_is_not_contradicted()
    {
        var history = new RadarRangeHistory();
        float lateralM = Record(history, 4, 5);
        float frameSlopeMps = YawRps * lateralM;

        Assert.True(float.IsNaN(RadarThreatAssessor.ContradictingRangeSlope(4, -SpeedMps, Gate(), history, out _, frameSlopeMps)));
        float judgedWithoutFrame = RadarThreatAssessor.ContradictingRangeSlope(4, -SpeedMps, Gate(), history, out _);
        Assert.False(float.IsNaN(judgedWithoutFrame), "without the frame's turn the sound rate reads contradicted");
        Assert.True(MathF.Abs(judgedWithoutFrame - -SpeedMps) > 4f, $"rate implied without the frame {judgedWithoutFrame}");
    }

    /// <summary>
    /// The same post with its rate glitched by +10 m/s (the campaign's glitch, docs/faults.md) in the turn: still
    /// contradicted, and the rate its ranges imply is the true one, −10 m/s, within the tolerance.
    /// </summary>
    [Fact]
    public void A_glitched_rate_in_a_turn_is_still_contradicted_and_the_ranges_give_the_true_rate()
    {
        var history = new RadarRangeHistory();
        float lateralM = Record(history, 4, 5);
        float implied = RadarThreatAssessor.ContradictingRangeSlope(4, -SpeedMps + 10f, Gate(), history, out float allowedMps, YawRps * lateralM);

        Assert.False(float.IsNaN(implied));
        Assert.InRange(implied, -SpeedMps - 0.5f, -SpeedMps + 0.5f);
        Assert.True(allowedMps >= Cal.RangeSlopeToleranceMps);
    }

    /// <summary>On a straight road (no turn) the frame adds nothing: the check is as before, both sides of the tolerance.</summary>
    [Theory]
    [InlineData(0.1f, true)]
    [InlineData(-0.1f, false)]
    public void Without_a_turn_the_tolerance_is_as_before(float beyondMps, bool contradicted)
    {
        var history = new RadarRangeHistory();
        for (int k = 0; k < 5; k++)
        {
            history.BeginList(0, 1_000_000 + k * ListUs);
            history.Record(3, 30f - SpeedMps * k * 0.05f);
        }

        float rate = -SpeedMps + Cal.RangeSlopeToleranceMps + beyondMps;
        Assert.Equal(contradicted, !float.IsNaN(RadarThreatAssessor.ContradictingRangeSlope(3, rate, Gate(), history, out _, 0f)));
    }
}
