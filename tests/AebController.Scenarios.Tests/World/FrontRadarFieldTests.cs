using AebController.Emulation.Profiles;
using Xunit;

namespace AebController.Scenarios.Tests.World;

/// <summary>
/// The realistic front radar's near field covers every Euro NCAP crossing at its lowest test speed.
/// Oracle: a crosser on a collision course keeps the bearing atan(v_crossing / v_ego) from the bumper
/// centre until it arrives (constant bearing, decreasing range); the speeds are the protocol's
/// (regulations-verified.md: CPNA/CPNCO 5, CPFA 8, CBNAO 10, CBNA 15, CBFA 20 km/h; ego from 10 km/h).
/// </summary>
public sealed class FrontRadarFieldTests
{
    [Theory]
    [InlineData("CPNA", 5.0)]
    [InlineData("CPFA", 8.0)]
    [InlineData("CBNAO", 10.0)]
    [InlineData("CBNA", 15.0)]
    [InlineData("CBFA", 20.0)]
    public void The_near_field_holds_the_constant_bearing_of_each_crossing_at_ego_10_kmh(string test, double crossingKph)
    {
        double bearingDeg = Math.Atan2(crossingKph, 10.0) * 180.0 / Math.PI;
        var radar = WorldProfile.Realistic.FrontRadar;
        Assert.True(radar.NearHalfFovDeg > bearingDeg, $"{test}: bearing {bearingDeg:F1}° outside ±{radar.NearHalfFovDeg}°");
    }

    [Fact]
    public void The_near_field_reaches_the_crossers_that_an_ego_at_60_kmh_must_see_to_stop()
    {
        // At 60 km/h a full stop at 9 m/s² after 0.3 s of latency takes 16.7 × 0.3 + 16.7² / 18 = 20.4 m;
        // the crossing tests' ego speeds end at 60 km/h, so the wide field must reach past that.
        Assert.True(WorldProfile.Realistic.FrontRadar.NearRangeM > 20.4f);
    }
}
