using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Perception;

/// <summary>
/// The short lane at low speed (<see cref="LaneTracker.SeenFarEnough"/>) against its stated rule, with the test's own gate
/// (quality 2 over 20 m, blend ending at 1.6 s, short lanes from 10 m): below 20 m a lane of any quality is used when
/// it reaches as far as the car travels in 1.6 s, and at least 10 m; where 1.6 s of travel reaches 20 m (45 km/h) only
/// the quality-2 lane over 20 m serves. Distances by hand: 30 km/h = 8.333 m/s → 13.33 m; 10 km/h → 4.44 m → the 10 m floor.
/// </summary>
public sealed class LaneShortViewTests
{
    private static readonly LanePathGate Gate = new(
        MinQuality: 2, ConfirmFrames: 1, MaxAgeUs: 250_000, MaxOffsetM: 1.2f, MaxHeadingRad: 0.09f, MaxCurvaturePerM: 0.05f,
        MaxCurvatureRatePerM2: 0.005f, MinViewRangeM: 20f, BlendStartS: 0.8f, BlendEndS: 1.6f, ExtrapolationM: 60f,
        ShortViewMinM: 10f);

    private const float Kph = 1f / 3.6f;

    [Theory]
    // speed km/h, quality, view m, expected
    [InlineData(30f, 1, 13.2f, false)]   // 1.6 s at 30 km/h is 13.33 m: not seen that far
    [InlineData(30f, 1, 13.5f, true)]
    [InlineData(30f, 2, 13.5f, true)]    // a better grade changes nothing below 20 m
    [InlineData(10f, 1, 9.9f, false)]    // 4.44 m of travel, but never below the 10 m floor
    [InlineData(10f, 1, 10.1f, true)]
    [InlineData(0f, 1, 10.1f, true)]     // standing: the floor alone
    [InlineData(44f, 1, 19.4f, false)]   // 44 km/h: 19.56 m
    [InlineData(44f, 1, 19.7f, true)]
    [InlineData(46f, 1, 30f, false)]     // 46 km/h: 20.4 m of travel reaches the long lane's range: quality 2 needed
    [InlineData(46f, 2, 20f, true)]
    [InlineData(100f, 2, 20f, true)]     // the long lane at any speed, as before
    [InlineData(100f, 1, 60f, false)]
    [InlineData(100f, 2, 19.9f, false)]
    [InlineData(30f, 0, 30f, false)]     // quality 0: no lane
    public void A_short_lane_serves_only_as_far_as_the_car_needs_it_at_low_speed(float speedKph, int quality, float viewM, bool expected)
    {
        Assert.Equal(expected, LaneTracker.SeenFarEnough(quality, viewM, speedKph * Kph, Gate));
    }

    [Theory]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    public void Without_a_usable_speed_only_the_long_lane_serves(float speedMps)
    {
        Assert.False(LaneTracker.SeenFarEnough(1, 15f, speedMps, Gate));
        Assert.True(LaneTracker.SeenFarEnough(2, 20f, speedMps, Gate));
    }

    [Fact]
    public void The_tracker_confirms_a_short_lane_at_30_kph_and_not_at_60()
    {
        // A 25 m bend entered at 30 km/h: the camera grades its 15 m lane 1 (docs/sensors.md: under 2/5 of 60 m).
        var lane = new CameraLane { Quality = 1, ViewRangeM = 15f, CurvaturePerM = -0.02f };
        Assert.True(Confirmed(lane, 30f * Kph));
        Assert.False(Confirmed(lane, 60f * Kph));
        // Nor without a speed (the tracker's default: the long lane only).
        Assert.False(Confirmed(lane, float.PositiveInfinity));
    }

    private static bool Confirmed(CameraLane lane, float speedMps)
    {
        var tracker = new LaneTracker();
        var frame = new CameraObjectList { SensorOk = true, AgeUs = 0, Lane = lane };
        tracker.Observe(ref frame, 10_000_000, true, Gate, speedMps);
        return tracker.TryCurrent(10_000_000, speedMps > 100f ? 0f : speedMps, 0f, Gate, out _);
    }
}
