using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Perception;

/// <summary>
/// <see cref="LaneTracker"/> against its documented contract (LaneTracker, LanePathGate): a lane is plausible with "at
/// least MinQuality" and within the gate's bounds, the bounds themselves included and mirrored values alike; a frame whose
/// age is not a time since it was taken (negative, or <see cref="SignalAge.Never"/>) is no frame; a frame just taken
/// (age 0) is one; a faulted camera withdraws the lane and its frame counts for nothing; the lane carried to now is the
/// one measured when no time has passed, and is gone once the car has driven to the end of what was seen
/// (view − v·age ≤ 0). The gate here is the test's own, not the calibration's.
/// </summary>
public sealed class LaneTrackerAcceptanceBoundsTests
{
    private static readonly LanePathGate Gate = new(
        MinQuality: 2, ConfirmFrames: 1, MaxAgeUs: 1_500_000, MaxOffsetM: 1.5f, MaxHeadingRad: 0.0625f, MaxCurvaturePerM: 0.0078125f,
        MaxCurvatureRatePerM2: 0.0001220703125f, MinViewRangeM: 32f, BlendStartS: 1f, BlendEndS: 3f, ExtrapolationM: 20f);

    private static CameraLane Lane(byte quality = 3, float offsetM = 0f, float headingRad = 0f, float curvaturePerM = 0f,
        float rate = 0f, float viewM = 40f) => new()
    {
        Quality = quality, OffsetM = offsetM, HeadingRad = headingRad, CurvaturePerM = curvaturePerM, CurvatureRatePerM2 = rate,
        ViewRangeM = viewM,
    };

    public static TheoryData<string> AtBounds() => new()
    {
        "quality", "offset+", "offset-", "heading+", "heading-", "curvature+", "curvature-", "rate+", "rate-", "view",
    };

    private static CameraLane AtBound(string which) => which switch
    {
        "quality" => Lane(quality: 2),
        "offset+" => Lane(offsetM: 1.5f),
        "offset-" => Lane(offsetM: -1.5f),
        "heading+" => Lane(headingRad: 0.0625f),
        "heading-" => Lane(headingRad: -0.0625f),
        "curvature+" => Lane(curvaturePerM: 0.0078125f),
        "curvature-" => Lane(curvaturePerM: -0.0078125f),
        "rate+" => Lane(rate: 0.0001220703125f),
        "rate-" => Lane(rate: -0.0001220703125f),
        _ => Lane(viewM: 32f),
    };

    [Theory]
    [MemberData(nameof(AtBounds))]
    public void A_lane_exactly_at_a_bound_is_plausible_and_one_step_beyond_is_not(string which)
    {
        var lane = AtBound(which);
        Assert.True(LaneTracker.Plausible(lane, Gate));
        // One step beyond the same bound (a quality below, 1 % farther out, 1 % less seen).
        var beyond = lane;
        switch (which)
        {
            case "quality": beyond.Quality = 1; break;
            case "view": beyond.ViewRangeM *= 0.99f; break;
            default:
                beyond.OffsetM *= 1.01f; beyond.HeadingRad *= 1.01f; beyond.CurvaturePerM *= 1.01f; beyond.CurvatureRatePerM2 *= 1.01f;
                break;
        }

        Assert.False(LaneTracker.Plausible(beyond, Gate));
    }

    private static CameraObjectList Frame(long ageUs, CameraLane lane) => new() { SensorOk = true, AgeUs = ageUs, Lane = lane };

    [Theory]
    [InlineData(-1L)]
    [InlineData(-40_000L)]
    [InlineData(SignalAge.Never)]
    public void A_frame_whose_age_is_no_time_since_it_was_taken_is_ignored(long ageUs)
    {
        var tracker = new LaneTracker();
        var frame = Frame(ageUs, Lane());
        tracker.Observe(ref frame, 10_000_000, true, Gate);
        Assert.Equal(0, tracker.GoodFrames);
        Assert.False(tracker.TryCurrent(10_000_000, 20f, 0f, Gate, out _));
    }

    [Fact]
    public void A_frame_just_taken_counts_and_its_lane_is_the_one_measured()
    {
        var tracker = new LaneTracker();
        var lane = Lane(offsetM: 0.25f, headingRad: 0.015625f, curvaturePerM: 0.001953125f);
        var frame = Frame(0, lane);
        tracker.Observe(ref frame, 10_000_000, true, Gate);
        Assert.Equal(1, tracker.GoodFrames);
        // No time has passed: the lane is as measured, whatever the speed and yaw rate.
        Assert.True(tracker.TryCurrent(10_000_000, 20f, 0.1f, Gate, out var now));
        Assert.Equal(0.25f, now.OffsetM);
        Assert.Equal(0.015625f, now.HeadingRad);
        Assert.Equal(0.001953125f, now.CurvaturePerM);
        Assert.Equal(40f, now.ViewRangeM);
    }

    [Fact]
    public void A_faulted_camera_withdraws_the_lane_and_its_frame_counts_for_nothing()
    {
        var tracker = new LaneTracker();
        var frame = Frame(0, Lane());
        tracker.Observe(ref frame, 10_000_000, true, Gate);
        Assert.True(tracker.TryCurrent(10_000_000, 20f, 0f, Gate, out _));
        var next = Frame(0, Lane());
        tracker.Observe(ref next, 10_040_000, false, Gate);
        Assert.Equal(0, tracker.GoodFrames);
        Assert.False(tracker.TryCurrent(10_040_000, 20f, 0f, Gate, out _));
    }

    [Fact]
    public void A_lane_is_gone_once_the_car_has_driven_to_the_end_of_what_was_seen()
    {
        // Seen 40 m; at 40 m/s the car covers it in 1 s (40 · 1.0 = 40, nothing left); at 0.5 s 20 m remain.
        var tracker = new LaneTracker();
        var frame = Frame(0, Lane(viewM: 40f));
        tracker.Observe(ref frame, 10_000_000, true, Gate);
        Assert.True(tracker.TryCurrent(10_500_000, 40f, 0f, Gate, out var half));
        Assert.Equal(20f, half.ViewRangeM, 3);
        Assert.False(tracker.TryCurrent(11_000_000, 40f, 0f, Gate, out _));
    }
}
