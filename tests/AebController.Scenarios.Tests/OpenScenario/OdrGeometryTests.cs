using System.Xml.Linq;
using AebController.Scenarios.OpenDrive;

namespace AebController.Scenarios.Tests.OpenScenario;

/// <summary>OpenDRIVE files read into aeb's road model, judged against plane geometry worked by hand.</summary>
public class OdrGeometryTests
{
    /// <summary>A one-geometry road of the given shape element, read through the OpenDRIVE reader into aeb's road model.</summary>
    private static OdrRoad Road(string geometryAttributes, string shape) =>
        OdrNetwork.Parse(XDocument.Parse($"""
            <OpenDRIVE><header revMajor="1" revMinor="8" />
              <road id="1" junction="-1" length="1000">
                <planView><geometry {geometryAttributes}>{shape}</geometry></planView>
                <lanes><laneSection s="0"><center><lane id="0" type="none" /></center>
                  <right><lane id="-1" type="driving"><width sOffset="0" a="3.5" b="0" c="0" d="0" /></lane></right></laneSection></lanes>
              </road>
            </OpenDRIVE>
            """)).Road("1", new XElement("x"));

    [Fact]
    public void A_line_runs_along_its_heading()
    {
        var road = Road($"s=\"0\" x=\"10\" y=\"5\" hdg=\"{Math.PI / 6}\" length=\"100\"", "<line />");
        var (x, y, h) = road.At(20, 0);
        Assert.Equal(10 + 20 * Math.Cos(Math.PI / 6), x, 3);
        Assert.Equal(5 + 20 * Math.Sin(Math.PI / 6), y, 3);
        Assert.Equal(Math.PI / 6, h, 5);
    }

    [Fact]
    public void A_quarter_arc_of_radius_10_ends_10_ahead_and_10_left()
    {
        var road = Road($"s=\"0\" x=\"0\" y=\"0\" hdg=\"0\" length=\"{10 * Math.PI / 2}\"", "<arc curvature=\"0.1\" />");
        var (x, y, h) = road.At(10 * Math.PI / 2, 0);
        Assert.Equal(10, x, 3);
        Assert.Equal(10, y, 3);
        Assert.Equal(Math.PI / 2, h, 4);
    }

    [Theory]
    [InlineData(50, 0.01)]
    [InlineData(100, 0.004)]
    [InlineData(30, -0.02)]
    public void A_clothoid_from_straight_ends_where_the_Fresnel_series_puts_it(double length, double endCurvature)
    {
        // Heading at the end θ = κL/2; end point by the Fresnel series x = L(1 − θ²/10 + θ⁴/216), y = L(θ/3 − θ³/42 + θ⁵/1320).
        var road = Road($"s=\"0\" x=\"0\" y=\"0\" hdg=\"0\" length=\"{length}\"", $"<spiral curvStart=\"0\" curvEnd=\"{endCurvature}\" />");
        double theta = endCurvature * length / 2;
        var (x, y, h) = road.At(length, 0);
        Assert.Equal(length * (1 - theta * theta / 10 + Math.Pow(theta, 4) / 216), x, 2);
        Assert.Equal(length * (theta / 3 - Math.Pow(theta, 3) / 42 + Math.Pow(theta, 5) / 1320), y, 2);
        Assert.Equal(theta, h, 4);
    }

    [Fact]
    public void A_straight_param_poly3_over_normalised_p_is_a_line()
    {
        var road = Road("s=\"0\" x=\"0\" y=\"0\" hdg=\"0\" length=\"40\"",
            "<paramPoly3 aU=\"0\" bU=\"40\" cU=\"0\" dU=\"0\" aV=\"0\" bV=\"0\" cV=\"0\" dV=\"0\" pRange=\"normalized\" />");
        var (x, y, _) = road.At(25, 0);
        Assert.Equal(25, x, 3);
        Assert.Equal(0, y, 4);
    }

    [Fact]
    public void A_point_off_the_line_lies_t_to_its_left()
    {
        var road = Road("s=\"0\" x=\"0\" y=\"0\" hdg=\"0\" length=\"100\"", "<line />");
        var (x, y, _) = road.At(30, 2.5);
        Assert.Equal(30, x, 4);
        Assert.Equal(2.5, y, 4);
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
        Assert.Equal(0.5 + 1.5, road.LaneCentreT(1, 0), 5);
        Assert.Equal(0.5 - 1.75, road.LaneCentreT(-1, 0), 5);
        // At s = 100 the shoulder is 2 + 0.01 × 100 = 3 m wide: its centre 0.5 − 3.5 − 1.5.
        Assert.Equal(0.5 - 3.5 - 1.5, road.LaneCentreT(-2, 100), 4);
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
