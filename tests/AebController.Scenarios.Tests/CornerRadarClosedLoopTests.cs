using AebController.Firmware.Calibration;

namespace AebController.Scenarios.Tests;

/// <summary>
/// The front corner radars closed loop in the realistic world. Euro NCAP CCCscp 20/60 (FC v1.1 §3.1.1.3): the GVT keeps
/// the bearing atan(60 / 20) = 71.6°, beyond the front radar's ±65° and the camera's ±26° (docs/sensors.md), so a car
/// without corner radars meets it at the VUT's full 20 km/h; with them the cell's avoidance criterion is met.
/// </summary>
public sealed class CornerRadarClosedLoopTests
{
    [Theory]
    [InlineData("ncap26-cccscp-20-60-near")]
    [InlineData("ncap26-cccscp-20-60-far")]
    public void A_CCCscp_20_60_cell_is_avoided_with_corner_radars_and_hit_without(string name)
    {
        var with = CatalogRun.Seeded(name);
        Assert.False(with.Collided, $"{name}: hit at {with.ImpactSpeedKph} km/h with corner radars");
        var without = CatalogRun.Seeded(name, calibration: AebCalibration.Default with { CornerRadars = AebCalibration.Default.CornerRadars with { Fitted = false } });
        Assert.True(without.Collided, $"{name}: without corner radars the GVT at 71.6° is never seen, yet no contact");
        Assert.True(without.ImpactSpeedKph > 15f);
    }
}
