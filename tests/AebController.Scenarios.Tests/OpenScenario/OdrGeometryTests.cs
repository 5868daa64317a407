using System.Xml.Linq;
using AebController.Scenarios.OpenDrive;

namespace AebController.Scenarios.Tests.OpenScenario;

/// <summary>OpenDRIVE reference lines and lanes against plane geometry worked by hand.</summary>
public class OdrGeometryTests
{
    [Fact]
    public void A_line_runs_along_its_heading()
    {
        var g = new OdrGeometry(0, 10, 5, Math.PI / 6, 100, OdrGeometryKind.Line, []);
        var (x, y, h) = g.At(20);
        Assert.Equal(10 + 20 * Math.Cos(Math.PI / 6), x, 9);
        Assert.Equal(5 + 20 * Math.Sin(Math.PI / 6), y, 9);
        Assert.Equal(Math.PI / 6, h, 12);
    }

    [Fact]
    public void A_quarter_arc_of_radius_10_ends_10_ahead_and_10_left()
    {
        var g = new OdrGeometry(0, 0, 0, 0, 10 * Math.PI / 2, OdrGeometryKind.Arc, [0.1]);
        var (x, y, h) = g.At(10 * Math.PI / 2);
        Assert.Equal(10, x, 9);
        Assert.Equal(10, y, 9);
        Assert.Equal(Math.PI / 2, h, 12);
    }

    [Theory]
    [InlineData(50, 0.01)]
    [InlineData(100, 0.004)]
    [InlineData(30, -0.02)]
    public void A_clothoid_from_straight_ends_where_the_Fresnel_series_puts_it(double length, double endCurvature)
    {
        // Heading at the end θ = κL/2; end point by the Fresnel series x = L(1 − θ²/10 + θ⁴/216), y = L(θ/3 − θ³/42 + θ⁵/1320).
        var g = new OdrGeometry(0, 0, 0, 0, length, OdrGeometryKind.Spiral, [0, endCurvature]);
        double theta = endCurvature * length / 2;
        var (x, y, h) = g.At(length);
        Assert.Equal(length * (1 - theta * theta / 10 + Math.Pow(theta, 4) / 216), x, 3);
        Assert.Equal(length * (theta / 3 - Math.Pow(theta, 3) / 42 + Math.Pow(theta, 5) / 1320), y, 3);
        Assert.Equal(theta, h, 9);
    }

    [Fact]
    public void A_straight_param_poly3_over_normalised_p_is_a_line()
    {
        var g = new OdrGeometry(0, 0, 0, 0, 40, OdrGeometryKind.ParamPoly3, [0, 40, 0, 0, 0, 0, 0, 0], NormalisedP: true);
        var (x, y, _) = g.At(25);
        Assert.Equal(25, x, 6);
        Assert.Equal(0, y, 9);
    }

    [Fact]
    public void A_poly3_with_only_a_constant_is_a_line_offset_sideways()
    {
        var g = new OdrGeometry(0, 0, 0, 0, 30, OdrGeometryKind.Poly3, [2, 0, 0, 0]);
        var (x, y, _) = g.At(12);
        Assert.Equal(12, x, 6);
        Assert.Equal(2, y, 9);
    }

    [Fact]
    public void Lane_centres_lie_half_a_width_into_each_lane_from_the_lane_offset()
    {
        var doc = XDocument.Parse("""
            <OpenDRIVE><header revMajor="1" revMinor="8" />
              <road id="7" junction="-1" length="500">
                <planView><geometry s="0" x="0" y="0" hdg="0" length="500"><line /></geometry></planView>
                <lanes>
                  <laneOffset s="0" a="0.5" b="0" c="0" d="0" />
                  <laneSection s="0">
                    <left><lane id="1" type="driving"><width sOffset="0" a="3" b="0" c="0" d="0" /></lane></left>
                    <center><lane id="0" type="none" /></center>
                    <right>
                      <lane id="-1" type="driving"><width sOffset="0" a="3.5" b="0" c="0" d="0" /></lane>
                      <lane id="-2" type="shoulder"><width sOffset="0" a="2" b="0.01" c="0" d="0" /></lane>
                    </right>
                  </laneSection>
                </lanes>
              </road>
            </OpenDRIVE>
            """, LoadOptions.SetLineInfo);
        var road = OdrNetwork.Parse(doc).Road("7", doc.Root!);
        Assert.Equal(0.5 + 1.5, road.LaneCentreT(1, 0), 9);
        Assert.Equal(0.5 - 1.75, road.LaneCentreT(-1, 0), 9);
        // At s = 100 the shoulder is 2 + 0.01 × 100 = 3 m wide: its centre 0.5 − 3.5 − 1.5.
        Assert.Equal(0.5 - 3.5 - 1.5, road.LaneCentreT(-2, 100), 9);
    }

    [Fact]
    public void An_unknown_geometry_is_refused_with_its_line()
    {
        var doc = XDocument.Parse("""
            <OpenDRIVE>
              <road id="1" length="10">
                <planView><geometry s="0" x="0" y="0" hdg="0" length="10"><wiggle /></geometry></planView>
                <lanes><laneSection s="0" /></lanes>
              </road>
            </OpenDRIVE>
            """, LoadOptions.SetLineInfo);
        var ex = Assert.Throws<AebController.Scenarios.Loading.ScenarioFormatException>(() => OdrNetwork.Parse(doc));
        Assert.EndsWith(":3", ex.Source);
        Assert.Contains("wiggle", ex.Message);
    }
}
