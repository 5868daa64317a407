using AebController.Firmware.Calibration;

namespace AebController.Scenarios.Tests;

/// <summary>
/// Euro NCAP CCCscp far side, extended range (a car crossing at 70-80 km/h ahead of a VUT at 20-30 km/h): the protocol
/// expects the crossing car avoided (Green). In these seeds the front corner radar, whose elevation is coarse (1° σ per
/// detection), read the crossing car below the road (−0.66 … 0 m) for its whole approach, and with no speed along the road
/// the flat-return gate dropped it in every list: no warning, no braking, contact (docs/calibration.md
/// forwardAeb.flatReturnCrossingMps). A car crossing at 19-22 m/s is no plate.
/// </summary>
public sealed class CornerRadarFastCrossingTests
{
    [Theory]
    [InlineData("ncap26-cccscp-30-70-far", 8395UL)]
    [InlineData("ncap26-cccscp-20-80-far", 8326UL)]
    public void A_fast_crossing_car_read_below_the_road_is_avoided_and_was_not_with_the_flat_return_drop(string name, ulong seed)
    {
        var dropped = AebCalibration.Default with
        {
            ForwardAeb = AebCalibration.Default.ForwardAeb with { FlatReturnCrossingMps = 0f },
        };

        var result = CatalogRun.Seeded(name, seed);
        Assert.False(result.Collided, $"{name} seed {seed}: hit at {result.ImpactSpeedKph} km/h");
        Assert.NotNull(result.FirstBrakeS);

        var before = CatalogRun.Seeded(name, seed, dropped);
        Assert.True(before.Collided, $"{name} seed {seed}: without the rule it was hit; now not ({before.FirstBrakeS} s)");
    }
}
