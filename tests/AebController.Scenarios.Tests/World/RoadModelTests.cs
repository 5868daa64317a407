using AebController.Emulation.World.Road;

namespace AebController.Scenarios.Tests.World;

/// <summary>The road model against geometry worked by hand: lines, circles, Fresnel integrals, a parabola's arc length.</summary>
public sealed class RoadModelTests
{
    [Fact]
    public void A_line_puts_s_along_its_heading()
    {
        var g = RoadGeometry.Line(10, 1, 2, Math.PI / 6, 50);
        g.Evaluate(20, out double x, out double y, out double h);
        Assert.Equal(1 + 20 * Math.Cos(Math.PI / 6), x, 9);
        Assert.Equal(2 + 20 * Math.Sin(Math.PI / 6), y, 9);
        Assert.Equal(Math.PI / 6, h, 12);
    }

    [Theory]
    [InlineData(50.0, 30.0)]
    [InlineData(-80.0, 100.0)]
    [InlineData(200.0, 500.0)]
    public void Every_point_of_an_arc_lies_on_its_circle_and_the_heading_turns_by_length_over_radius(double radiusM, double lengthM)
    {
        double k = 1 / radiusM;
        var g = RoadGeometry.Arc(0, 3, -4, 0.3, lengthM, k);
        // Centre: radius to the left of the start heading (right for negative curvature).
        double cx = 3 - radiusM * Math.Sin(0.3);
        double cy = -4 + radiusM * Math.Cos(0.3);
        for (int i = 0; i <= 20; i++)
        {
            double s = lengthM * i / 20;
            g.Evaluate(s, out double x, out double y, out double h);
            Assert.Equal(Math.Abs(radiusM), Math.Sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy)), 9);
            Assert.Equal(0.3 + s / radiusM, h, 12);
        }

        // Chord of the whole arc: 2R·sin(L / 2R).
        g.Evaluate(lengthM, out double ex, out double ey, out _);
        double chord = Math.Sqrt((ex - 3) * (ex - 3) + (ey + 4) * (ey + 4));
        Assert.Equal(Math.Abs(2 * radiusM * Math.Sin(lengthM / (2 * radiusM))), chord, 9);
    }

    [Theory]
    // Normalised Fresnel integrals C(z) = ∫₀ᶻ cos(πt²/2) dt, S(z) likewise (Abramowitz & Stegun table 7.7, to 10 digits).
    [InlineData(1.0, 0.7798934004, 0.4382591474)]
    [InlineData(0.5, 0.4923442259, 0.0647324329)]
    [InlineData(2.0, 0.4882534061, 0.3434156784)]
    public void A_clothoid_from_zero_curvature_traces_the_Fresnel_integrals(double z, double fresnelC, double fresnelS)
    {
        // Curvature c·s with c = π / a² puts the point at s = a·z at (a·C(z), a·S(z)).
        const double a = 100;
        double c = Math.PI / (a * a);
        double length = a * z;
        var g = RoadGeometry.Spiral(0, 0, 0, 0, length, 0, c * length);
        g.Evaluate(length, out double x, out double y, out double h);
        Assert.Equal(a * fresnelC, x, 6);
        Assert.Equal(a * fresnelS, y, 6);
        Assert.Equal(0.5 * c * length * length, h, 12);
        Assert.Equal(c * length, g.CurvatureAt(length), 12);
    }

    [Fact]
    public void A_clothoid_between_two_curvatures_joins_its_neighbouring_arcs_smoothly()
    {
        // Heading of a spiral from k0 to k1 over L ends at k0·L + (k1 − k0)·L / 2.
        var g = RoadGeometry.Spiral(0, 0, 0, 0, 60, 0.01, 0.03);
        g.Evaluate(60, out _, out _, out double h);
        Assert.Equal(0.01 * 60 + 0.02 * 60 / 2, h, 12);
        Assert.Equal(0.02, g.CurvatureAt(30), 12);
    }

    [Fact]
    public void A_poly3_parabola_ends_where_its_arc_length_says()
    {
        // v = c·u²: arc length to U is U/2·√(1 + 4c²U²) + asinh(2cU) / (4c).
        const double c = 0.01;
        const double u = 40;
        double length = u / 2 * Math.Sqrt(1 + 4 * c * c * u * u) + Math.Asinh(2 * c * u) / (4 * c);
        var g = RoadGeometry.Poly3(0, 0, 0, 0, length, 0, 0, c, 0);
        g.Evaluate(length, out double x, out double y, out double h);
        Assert.Equal(u, x, 6);
        Assert.Equal(c * u * u, y, 6);
        Assert.Equal(Math.Atan(2 * c * u), h, 6);
        // Curvature of a parabola at its vertex is 2c.
        Assert.Equal(2 * c, g.CurvatureAt(0), 6);
    }

    [Fact]
    public void A_normalised_paramPoly3_straight_line_is_a_line()
    {
        var g = RoadGeometry.ParamPoly3(0, 5, 5, Math.PI / 2, 30, new ParamPoly3Coefficients(0, 30, 0, 0, 0, 0, 0, 0, 1));
        g.Evaluate(12, out double x, out double y, out double h);
        Assert.Equal(5, x, 9);
        Assert.Equal(17, y, 9);
        Assert.Equal(Math.PI / 2, h, 12);
    }

    [Fact]
    public void Points_near_a_curved_reference_line_project_back_to_their_s_and_t()
    {
        // A straight lead-in, then a 100 m radius left-hand bend.
        var line = new ReferenceLine([RoadGeometry.Line(0, -50, 0, 0, 50), RoadGeometry.Arc(50, 0, 0, 0, 120, 0.01)]);
        for (double s = -20; s <= 160; s += 7.3)
        {
            foreach (double t in new[] { -3.0, 0.0, 1.75, 4.0 })
            {
                line.ToWorld(s + 0, t, out double x, out double y, out _);
                line.FromWorld(x, y, out double s2, out double t2);
                Assert.Equal(s, s2, 6);
                Assert.Equal(t, t2, 6);
            }
        }

        // On the bend, (s, t) lies at distance R − t from the circle's centre (0, 100).
        line.ToWorld(120, 2, out double bx, out double by, out _);
        Assert.Equal(98, Math.Sqrt(bx * bx + (by - 100) * (by - 100)), 9);
    }

    [Fact]
    public void The_default_road_centres_the_egos_lane_on_y_zero_with_a_lane_to_its_left()
    {
        var road = RoadModel.Straight();
        Assert.True(road.TryLaneCentre(-1, 30, out double ego));
        Assert.True(road.TryLaneCentre(1, 30, out double left));
        Assert.Equal(0, ego, 12);
        Assert.Equal(3.5, left, 12);
        Assert.Equal(-1, road.LaneIdAt(100, 1.0));
        Assert.Equal(1, road.LaneIdAt(100, 2.0));
        Assert.Equal(0, road.LaneIdAt(100, -2.0));
        road.ToWorld(road.ReferenceLine.StartS + 1000 + 12, 0.4, out double x, out double y, out _);
        Assert.Equal(12, x, 9);
        Assert.Equal(0.4, y, 12);
    }

    [Fact]
    public void Geometries_written_in_single_precision_join_but_an_overlap_is_refused()
    {
        // Scenario fields are floats: at s = 130 m a float's step is 1.5e-5 m, so an sM written as the exact sum of
        // the previous sM and lengthM can land one step before that sum (the CCFtap turn at 10 km/h: 124.5333 + 6.4393).
        float s1 = 124.5333f, length1 = 6.4393f;
        float s2 = 130.9726f;
        Assert.True(s2 < (double)s1 + length1, "the float rounding this test is about");
        var joined = new ReferenceLine([RoadGeometry.Line(0, -120, 0, 0, s1), RoadGeometry.Line(s1, s1 - 120, 0, 0, length1),
            RoadGeometry.Line(s2, s2 - 120, 0, 0, 10)]);
        Assert.Equal(s2 + 10, joined.EndS, 4);
        // A millimetre of overlap is a wrong file, not rounding.
        Assert.Throws<ArgumentException>(() => new ReferenceLine([RoadGeometry.Line(0, 0, 0, 0, 50), RoadGeometry.Line(49.999, 49.999, 0, 0, 10)]));
    }

    [Fact]
    public void Lane_widths_follow_their_cubic_and_the_section_in_force()
    {
        // Lane −1 widens from 3.0 m by 0.01 m per metre; from s = 100 a new section has two right lanes of 3.5 m.
        var line = new ReferenceLine([RoadGeometry.Line(0, 0, 0, 0, 300)]);
        var s0 = new LaneSection(0, [], [new Lane(-1, LaneType.Driving, [new CubicPolynomial(0, 3.0, 0.01, 0, 0)])]);
        var s1 = new LaneSection(100, [], [
            new Lane(-2, LaneType.Shoulder, [new CubicPolynomial(0, 3.5, 0, 0, 0)]),
            new Lane(-1, LaneType.Driving, [new CubicPolynomial(0, 3.5, 0, 0, 0)])]);
        var road = new RoadModel(line, [s0, s1], []);
        Assert.Equal(3.5, road.LaneWidth(-1, 50), 12);
        Assert.False(road.TryLaneCentre(-2, 50, out _));
        Assert.True(road.TryLaneCentre(-2, 150, out double c2));
        Assert.Equal(-5.25, c2, 12);
        Assert.Equal(LaneType.Shoulder, road.SectionAt(1).LaneOf(-2).Type);
    }

    [Fact]
    public void Queries_allocate_nothing_after_build()
    {
        var line = new ReferenceLine([
            RoadGeometry.Line(0, 0, 0, 0, 50),
            RoadGeometry.Spiral(50, 50, 0, 0, 40, 0, 0.02),
            RoadGeometry.Poly3(90, 90, 0, 0, 30, 0, 0, 0.001, 0)]);
        var road = new RoadModel(line, [new LaneSection(0, [], [new Lane(-1, LaneType.Driving, [new CubicPolynomial(0, 3.5, 0, 0, 0)])])], []);
        double sum = 0;
        Exercise();
        Assert.Equal(0, DeterministicAllocation.MinBytes(() => Exercise, attempts: 3, out _));
        Assert.True(double.IsFinite(sum));

        void Exercise()
        {
            for (double s = 0; s < 120; s += 0.37)
            {
                road.ToWorld(s, -1.2, out double x, out double y, out double h);
                road.ReferenceLine.FromWorld(x, y, s, out double s2, out double t2);
                road.TryLaneCentre(-1, s, out double c);
                sum += x + y + h + s2 + t2 + c + road.ReferenceLine.CurvatureAt(s) + road.LaneIdAt(s, t2);
            }
        }
    }
}
