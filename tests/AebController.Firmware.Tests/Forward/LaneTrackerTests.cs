using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Forward;

/// <summary>LaneTracker: confirmation over consecutive frames, coasting over missed frames, withdrawal, and the lane carried to now.</summary>
public sealed class LaneTrackerTests
{
    private static readonly LanePathGate Gate = LanePathTests.Gate;

    private static void Frame(LaneTracker tracker, CameraLane lane, long frameUs, long ageUs = 100_000)
    {
        var camera = new CameraObjectList { SensorOk = true, Lane = lane, AgeUs = ageUs };
        tracker.Observe(ref camera, frameUs + ageUs, usable: true, Gate);
    }

    [Fact]
    public void Three_consecutive_good_frames_confirm_the_lane_and_a_repeated_frame_does_not_count()
    {
        var tracker = new LaneTracker();
        Frame(tracker, LanePathTests.Lane(-0.004f), 0);
        Frame(tracker, LanePathTests.Lane(-0.004f), 0);        // the same frame read again (a frozen list)
        Frame(tracker, LanePathTests.Lane(-0.004f), 50_000);
        Assert.False(tracker.TryCurrent(160_000, 20f, 0f, Gate, out _));
        Frame(tracker, LanePathTests.Lane(-0.004f), 100_000);
        Assert.True(tracker.TryCurrent(210_000, 20f, 0f, Gate, out _));
    }

    [Fact]
    public void Frames_without_a_lane_coast_on_the_last_good_one_until_it_is_0_25_s_old()
    {
        var tracker = new LaneTracker();
        for (long t = 0; t <= 100_000; t += 50_000) Frame(tracker, LanePathTests.Lane(-0.004f), t);
        Frame(tracker, default, 150_000);
        Assert.True(tracker.TryCurrent(350_000, 20f, 0f, Gate, out _));    // measured at 100 ms: 0.25 s old
        Assert.False(tracker.TryCurrent(350_001, 20f, 0f, Gate, out _));
    }

    [Theory]
    [InlineData(1.3f, 0f, -0.004f, 0f, 60f)]         // offset beyond 1.2 m: changing lanes
    [InlineData(0f, 0.1f, -0.004f, 0f, 60f)]          // 5.7° to the car
    [InlineData(0f, 0f, 0.06f, 0f, 60f)]              // tighter than 20 m
    [InlineData(0f, 0f, 0f, 0.006f, 60f)]             // curvature rate beyond 0.005
    [InlineData(0f, 0f, -0.004f, 0f, 15f)]            // seen over less than 20 m
    [InlineData(float.NaN, 0f, -0.004f, 0f, 60f)]     // not a number
    public void An_implausible_lane_withdraws_a_confirmed_one_at_once(float offsetM, float headingRad, float curvaturePerM, float ratePerM2, float viewM)
    {
        var tracker = new LaneTracker();
        for (long t = 0; t <= 100_000; t += 50_000) Frame(tracker, LanePathTests.Lane(-0.004f), t);
        Assert.True(tracker.TryCurrent(200_000, 20f, 0f, Gate, out _));
        var bad = LanePathTests.Lane(curvaturePerM, ratePerM2, headingRad, viewM);
        bad.OffsetM = offsetM;
        Frame(tracker, bad, 150_000);
        Assert.False(tracker.TryCurrent(250_000, 20f, 0f, Gate, out _));
    }

    [Fact]
    public void The_lane_is_carried_to_now_by_the_car_s_travel_and_turn()
    {
        // Measured 0.1 s ago at 20 m/s: the car went d = 2 m and turned by 0.05 rad/s · 0.1 s = 0.005 rad. The lane ahead
        // starts 2 m farther: heading h + κ0·d + κ'·d²/2 − 0.005 = 0.01 − 0.008 + 1e-4·2 − 0.005 = −0.0028 rad; curvature
        // κ0 + κ'·d = −0.004 + 2e-4 = −0.0038; view 60 − 2 = 58 m.
        var tracker = new LaneTracker();
        var lane = LanePathTests.Lane(-0.004f, 1e-4f, 0.01f);
        for (long t = 0; t <= 100_000; t += 50_000) Frame(tracker, lane, t);
        Assert.True(tracker.TryCurrent(200_000, 20f, 0.05f, Gate, out var now));
        Assert.Equal(-0.0028f, now.HeadingRad, 5);
        Assert.Equal(-0.0038f, now.CurvaturePerM, 6);
        Assert.Equal(58f, now.ViewRangeM, 4);
    }
}
