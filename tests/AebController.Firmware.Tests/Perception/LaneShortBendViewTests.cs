using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Perception;

/// <summary>
/// The short lane at 45-54 km/h (<see cref="LanePathGate.ShortViewMaxM"/>, <see cref="LaneTracker.SeenFarEnough"/>) with
/// the calibrated numbers: quality 2 over 20 m, blend ending at 1.6 s, short lanes from 10 m and under 24 m. By hand:
/// 50 km/h = 13.89 m/s → 22.22 m of travel in 1.6 s; 54 km/h → 24.0 m (no lane under 24 m reaches it); 46 km/h → 20.44 m.
/// A lane graded 1 but seen 24 m or more is a predicted one: it needs quality 2 at any speed where 1.6 s reaches 20 m.
/// The rows of <see cref="LaneShortViewTests"/> (its gate has no ShortViewMaxM) hold unchanged.
/// </summary>
public sealed class LaneShortBendViewTests
{
    private static readonly LanePathGate Gate = new(
        MinQuality: 2, ConfirmFrames: 1, MaxAgeUs: 250_000, MaxOffsetM: 1.2f, MaxHeadingRad: 0.1222f, MaxCurvaturePerM: 0.05f,
        MaxCurvatureRatePerM2: 0.005f, MinViewRangeM: 20f, BlendStartS: 0.8f, BlendEndS: 1.6f, ExtrapolationM: 60f,
        ShortViewMinM: 10f, ShortViewMaxM: 24f);

    private const float Kph = 1f / 3.6f;

    [Theory]
    // speed km/h, quality, view m, expected
    [InlineData(50f, 1, 23.6f, true)]    // the 40 m bend entered at 50 km/h: 23.6 m seen, 22.22 m needed
    [InlineData(50f, 1, 22.1f, false)]   // not seen as far as 1.6 s of travel
    [InlineData(46f, 1, 20.5f, true)]
    [InlineData(46f, 1, 20.4f, false)]
    [InlineData(54f, 1, 23.9f, false)]   // 24.0 m needed
    [InlineData(46f, 1, 30f, false)]     // graded low though seen 30 m: predicted, quality 2 needed
    [InlineData(100f, 1, 60f, false)]
    [InlineData(50f, 1, 24f, false)]     // from 24 m the grade is the camera's word
    [InlineData(50f, 2, 24f, true)]
    [InlineData(30f, 1, 13.5f, true)]    // below 45 km/h as before
    [InlineData(30f, 1, 13.2f, false)]
    public void A_short_lane_serves_wherever_it_reaches_the_blends_end(float speedKph, int quality, float viewM, bool expected)
    {
        Assert.Equal(expected, LaneTracker.SeenFarEnough(quality, viewM, speedKph * Kph, Gate));
    }
}
