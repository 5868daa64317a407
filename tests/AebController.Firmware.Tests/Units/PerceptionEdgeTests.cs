using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Units;

/// <summary>
/// Perception helpers at the edges their contracts state: a physical limit is itself possible, a
/// gap-rate filter starts again after a lost or unusable sample, the path bends with yaw over speed
/// only above walking pace, a target on the bent path overlaps fully, and a full tie between an echo
/// and a radar target keeps the radar's (it carries the measured speed and class).
/// </summary>
public sealed class PerceptionEdgeTests
{
    private static RadarTrack Track() => new()
    {
        Id = 1, LongitudinalM = 30f, LateralM = 0f, RelVelLongMps = -5f, WidthM = 1.8f, ElevationM = 0.5f, UpdateCount = 5,
        ClassHint = ObjectClass.PassengerCar,
    };

    public static TheoryData<string, float> RadarLimits() => new()
    {
        { "longitudinal", TrackPlausibility.MaxRangeM }, { "longitudinal", -TrackPlausibility.MaxRangeM },
        { "lateral", TrackPlausibility.MaxLateralM }, { "lateral", -TrackPlausibility.MaxLateralM },
        { "relVelLong", TrackPlausibility.MaxRelSpeedMps }, { "relVelLat", -TrackPlausibility.MaxRelSpeedMps },
        { "relAccel", TrackPlausibility.MaxRelAccelMps2 }, { "width", 0f }, { "width", TrackPlausibility.MaxWidthM },
        { "elevation", -TrackPlausibility.MaxElevationSlope * 30f }, { "elevation", TrackPlausibility.MaxElevationM },
        { "rcs", 100f }, { "rcs", -100f },
    };

    private static RadarTrack With(string field, float value)
    {
        var t = Track();
        switch (field)
        {
            case "longitudinal": t.LongitudinalM = value; break;
            case "lateral": t.LateralM = value; break;
            case "relVelLong": t.RelVelLongMps = value; break;
            case "relVelLat": t.RelVelLatMps = value; break;
            case "relAccel": t.RelAccelLongMps2 = value; break;
            case "width": t.WidthM = value; break;
            case "elevation": t.ElevationM = value; break;
            default: t.RcsDbsm = value; break;
        }

        return t;
    }

    [Theory]
    [MemberData(nameof(RadarLimits))]
    public void A_radar_track_at_a_physical_limit_is_possible_and_a_hair_beyond_is_not(string field, float limit)
    {
        Assert.True(TrackPlausibility.RadarTrackValid(With(field, limit)), $"{field} = {limit}");
        float beyond = limit == 0f ? -0.01f : limit + MathF.Sign(limit) * 0.01f * MathF.Max(1f, MathF.Abs(limit) / 100f);
        Assert.False(TrackPlausibility.RadarTrackValid(With(field, beyond)), $"{field} = {beyond}");
    }

    [Fact]
    public void A_new_track_and_the_last_class_are_possible_a_negative_count_and_an_unknown_class_code_are_not()
    {
        var fresh = Track();
        fresh.UpdateCount = 0;
        Assert.True(TrackPlausibility.RadarTrackValid(fresh));
        fresh.UpdateCount = -1;
        Assert.False(TrackPlausibility.RadarTrackValid(fresh));

        var last = Track();
        last.ClassHint = ObjectClass.DrivableClutter;
        Assert.True(TrackPlausibility.RadarTrackValid(last));
        last.ClassHint = (ObjectClass)((int)TrackPlausibility.LastObjectClass + 1);
        Assert.False(TrackPlausibility.RadarTrackValid(last));
    }

    /// <summary>
    /// The ARS 408 sends an object's width in one byte of 0.2 m steps (its message 0x60D, docs/sensors.md R3): every width
    /// up to 255 × 0.2 = 51 m can arrive and is no corrupt field (a 40 m bridge deck, a 50 m wall across the road: the
    /// scenario format's widthM edge); a width past the byte's end cannot come from the sensor.
    /// </summary>
    [Theory]
    [InlineData(40f, true)]
    [InlineData(50f, true)]
    [InlineData(255 * 0.2f, true)]
    [InlineData(256 * 0.2f, false)]
    public void Every_width_the_radar_message_can_carry_is_possible_on_a_track_and_a_camera_object(float widthM, bool possible)
    {
        var t = Track();
        t.WidthM = widthM;
        Assert.Equal(possible, TrackPlausibility.RadarTrackValid(t));
        var o = new CameraObject { Id = 1, LongitudinalM = 20f, LateralM = 0f, WidthM = widthM, RelVelLongMps = -3f, Class = ObjectClass.PassengerCar, Confidence = 0.9f };
        Assert.Equal(possible, TrackPlausibility.CameraObjectValid(o));
    }

    [Theory]
    [InlineData("longitudinal", float.NaN)]
    [InlineData("longitudinal", -1f)]
    [InlineData("lateral", 150f)]
    [InlineData("width", -0.5f)]
    [InlineData("relVel", 200f)]
    [InlineData("confidence", 1.2f)]
    [InlineData("class", 99f)]
    public void A_camera_object_with_any_one_impossible_field_is_invalid(string field, float value)
    {
        var o = new CameraObject { Id = 1, LongitudinalM = 20f, LateralM = 0f, WidthM = 1.8f, RelVelLongMps = -3f, Class = ObjectClass.PassengerCar, Confidence = 0.9f };
        Assert.True(TrackPlausibility.CameraObjectValid(o));
        switch (field)
        {
            case "longitudinal": o.LongitudinalM = value; break;
            case "lateral": o.LateralM = value; break;
            case "width": o.WidthM = value; break;
            case "relVel": o.RelVelLongMps = value; break;
            case "confidence": o.Confidence = value; break;
            default: o.Class = (ObjectClass)(byte)value; break;
        }

        Assert.False(TrackPlausibility.CameraObjectValid(o));
    }

    [Fact]
    public void The_gap_rate_starts_again_after_an_unusable_range_and_after_a_reset()
    {
        const float cycleS = 0.01f, tauS = 0.2f;
        var gap = default(GapRateEstimator);
        Assert.Equal(0f, gap.Update(3.00f, cycleS, tauS));                   // first sample: no rate yet
        Assert.True(gap.Update(3.01f, cycleS, tauS) > 0f);                 // opening at 1 m/s
        Assert.Equal(0f, gap.Update(float.NaN, cycleS, tauS));             // lost
        Assert.Equal(0f, gap.Update(3.02f, cycleS, tauS));                 // a first sample again, not 0.01 m in a cycle
        Assert.True(gap.Update(3.03f, cycleS, tauS) > 0f);
        Assert.Equal(0f, gap.Update(3.04f, 0f, tauS));                     // no time passed: no rate (never 0.01 / 0)
        Assert.Equal(0f, gap.OpeningMps);
        Assert.Equal(0f, gap.Update(3.05f, cycleS, tauS));                 // and it starts again

        gap.Reset();
        Assert.Equal(0f, gap.Update(0.5f, cycleS, tauS));                  // after a reset the first range is a first sample
    }

    [Fact]
    public void A_range_step_of_exactly_the_jump_limit_is_motion_and_a_larger_one_another_object()
    {
        const float cycleS = 0.05f, tauS = 0.05f; // one radar list per step; the filter takes each step whole
        var gap = default(GapRateEstimator);
        gap.Update(2f, cycleS, tauS);
        Assert.Equal(GapRateEstimator.JumpM / cycleS, gap.Update(2f + GapRateEstimator.JumpM, cycleS, tauS), 3);
        Assert.Equal(0f, gap.Update(3f + GapRateEstimator.JumpM + 0.01f, cycleS, tauS));
    }

    [Theory]
    [InlineData(1.0f, 0f)]
    [InlineData(0.5f, 0f)]
    [InlineData(2.0f, 0.05f)]
    public void The_path_bends_with_yaw_over_speed_only_above_walking_pace(float speedMps, float expectedCurvature)
    {
        // 0.1 rad/s: at 2 m/s a radius of 20 m; at 1 m/s and below the yaw rate over speed is noise.
        Assert.Equal(expectedCurvature, new EgoPath(speedMps, 0.1f, 3.8f).CurvaturePerM, 5);
    }

    [Fact]
    public void A_target_on_the_centre_of_a_bent_path_overlaps_by_half_the_two_widths()
    {
        // κ = 0.1 / 10 = 0.01 1/m; 20 m ahead of a bumper 3.8 m before the axle the centre is 0.5·κ·(23.8² − 3.8²) = 2.76 m to the side.
        var path = new EgoPath(10f, 0.1f, 3.8f);
        float centre = 0.5f * 0.01f * (23.8f * 23.8f - 3.8f * 3.8f);
        Assert.Equal(centre, path.LateralAt(20f), 3);
        Assert.Equal(0.5f * (1.85f + 1.8f), path.Overlap(20f, centre, 1.85f, 1.8f), 3);
        Assert.Equal(0.5f * (1.85f + 1.8f) - 1f, path.Overlap(20f, centre - 1f, 1.85f, 1.8f), 3);
    }

    [Fact]
    public void A_radar_target_exactly_at_the_radar_range_is_used()
    {
        var radar = new ThreatAssessment { HasTarget = true, TrackId = 7, RangeM = 40f, TargetSpeedMps = 0f, TtcS = 8f };
        var fused = ObstacleFusion.Fuse(default, radar, radarRangeM: 40f, egoSpeedMps: 5f, latencyS: 0.25f, marginM: 0.5f);
        Assert.Equal(7, fused.TrackId);
        var beyond = ObstacleFusion.Fuse(default, radar, radarRangeM: 39.9f, egoSpeedMps: 5f, latencyS: 0.25f, marginM: 0.5f);
        Assert.False(beyond.HasTarget);
    }

    [Fact]
    public void On_a_full_tie_the_radar_target_is_kept()
    {
        // A standing radar target and an echo at the same range need the same deceleration.
        var radar = new ThreatAssessment { HasTarget = true, TrackId = 7, RangeM = 3f, TargetSpeedMps = 0f, TtcS = 1f, Class = ObjectClass.Wall };
        var echo = new UltrasonicObstacle { Present = true, DistanceM = 3f, Sensor = 2 };
        var fused = ObstacleFusion.Fuse(echo, radar, radarRangeM: 40f, egoSpeedMps: 3f, latencyS: 0.25f, marginM: 0.5f);
        Assert.Equal(7, fused.TrackId);
        Assert.Equal(ObjectClass.Wall, fused.Class);
    }
}
