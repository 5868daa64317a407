using AebController.Emulation.Profiles;
using AebController.Emulation.Sensors;
using AebController.Emulation.Vehicle;
using AebController.Emulation.World;
using AebController.Firmware.Signals;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests.World;

/// <summary>
/// The camera's lane (CameraLane) against hand geometry of the scenario's road: a straight lane, a circle, a lane seen
/// at an angle and off-centre, a straight running into a bend, markings that end or are absent, darkness, latency,
/// and the noise's σ. The exact parameters are a noise-free camera with a 60 m view range.
/// </summary>
public sealed class CameraLaneTests
{
    private static readonly CameraParameters Exact = new() { LaneViewRangeM = 60f, LaneNightViewRangeFactor = 0.6f, LatencyUs = 0 };

    private static SimulationWorld World(string road, float speedKph = 0f, string extra = "")
    {
        string json = $$"""
            { "name": "lane", "durationS": 10, {{extra}}
              "road": {{road}},
              "ego": { "speedKph": {{speedKph}}, "gear": "drive", "holdSpeed": true } }
            """;
        var s = ScenarioLoader.Parse(json, "lane.json");
        return ScenarioBuild.CreateHal(s, new VehicleParameters(), WorldProfile.Ideal).World;
    }

    private static CameraLane Observe(SimulationWorld world, CameraParameters p, Lighting lighting = Lighting.Day)
    {
        var camera = new CameraModel(p, 7) { Lighting = lighting };
        camera.Tick(world);
        var list = default(CameraObjectList);
        camera.Publish(ref list, world.TimeUs);
        return list.Lane;
    }

    [Fact]
    public void A_straight_lane_with_the_car_on_its_centre_is_all_zero_over_the_whole_view_range()
    {
        var lane = Observe(World("""{ "friction": 1 }"""), Exact);
        Assert.Equal(CameraLane.HighQuality, lane.Quality);
        Assert.Equal(0f, lane.OffsetM, 4);
        Assert.Equal(0f, lane.HeadingRad, 5);
        Assert.Equal(0f, lane.CurvaturePerM, 6);
        Assert.Equal(0f, lane.CurvatureRatePerM2, 7);
        Assert.Equal(60f, lane.ViewRangeM, 2);
    }

    [Fact]
    public void A_circle_of_radius_200_m_reads_as_curvature_0_005_and_the_lane_lies_on_the_circle()
    {
        // The lane's centre (the reference line with the default lanes) is a left arc from the bumper on.
        var lane = Observe(World("""{ "geometry": [ { "sM": 0, "xM": 0, "yM": 0, "lengthM": 400, "type": "arc", "curvaturePerM": 0.005 } ] }"""), Exact);
        Assert.Equal(CameraLane.HighQuality, lane.Quality);
        // A least-squares cubic over [0, L] takes the circle's x⁴/(8R³) term as 2u³ − (9/7)u² + … (u = x/L, from the
        // shifted Legendre P4): it reads the curvature low by 2·(9/7)·L²/(8R³) = 1.4e-4 1/m at L = 59.1 m (2.8 %).
        float fitBias = 2f * 9f / 7f * 59.1f * 59.1f / (8f * 200f * 200f * 200f);
        Assert.InRange(lane.CurvaturePerM, 0.005f - fitBias - 2e-5f, 0.005f);
        // Seen 60 m along the arc: x = R·sin(60/R) = 59.10 m along the car's axis.
        Assert.Equal(200f * MathF.Sin(0.3f), lane.ViewRangeM, 1);
        foreach (float x in new[] { 10f, 30f, 50f })
        {
            float circle = 200f - MathF.Sqrt(200f * 200f - x * x);
            Assert.True(MathF.Abs(lane.LateralAt(x) - circle) < 0.02f, $"at {x} m the lane reads {lane.LateralAt(x)} m, the circle is {circle} m");
        }
    }

    [Fact]
    public void A_lane_0_5_m_to_the_right_turned_2_degrees_left_reads_offset_minus_0_5_and_heading_plus_2_degrees()
    {
        // A straight reference line through (0, −0.5) heading 2°: at the bumper it is 0.5 m right (to first order in the
        // angle: 0.5·cos 2° = 0.4997 m measured square to the car), and it turns 2° left of the car's axis.
        float h = 2f * MathF.PI / 180f;
        string road = $$"""{ "geometry": [ { "sM": 0, "xM": {{-100 * MathF.Cos(h)}}, "yM": {{-0.5f - 100 * MathF.Sin(h)}}, "hdgDeg": 2, "lengthM": 400, "type": "line" } ] }""";
        var lane = Observe(World(road), Exact);
        Assert.Equal(-0.5f, lane.OffsetM, 2);
        Assert.Equal(MathF.Tan(h), lane.HeadingRad, 4);
        Assert.Equal(0f, lane.CurvaturePerM, 5);
    }

    [Fact]
    public void A_straight_that_runs_into_a_right_bend_40_m_ahead_bends_the_lane_away_where_the_bend_is()
    {
        // The geometry of tests/adversarial/curve-parked-shoulder-60: straight to 40 m, then radius 250 m to the right.
        // Hand: y(x) = 0 up to 40 m, −(x − 40)²/(2·250) beyond (small angles): −0.2 m at 50 m, −0.8 m at 60 m.
        var lane = Observe(World("""{ "geometry": [ { "sM": 0, "xM": -100, "yM": 0, "lengthM": 140, "type": "line" }, { "sM": 140, "xM": 40, "yM": 0, "lengthM": 600, "type": "arc", "curvaturePerM": -0.004 } ] }"""), Exact);
        Assert.Equal(CameraLane.HighQuality, lane.Quality);
        Assert.True(MathF.Abs(lane.LateralAt(20f)) < 0.1f, $"{lane.LateralAt(20f)}");
        Assert.True(MathF.Abs(lane.LateralAt(60f) + 0.8f) < 0.1f, $"{lane.LateralAt(60f)}");
        Assert.True(lane.LateralAt(60f) < lane.LateralAt(50f) && lane.LateralAt(50f) < 0f);
    }

    [Fact]
    public void No_markings_no_lane()
    {
        var lane = Observe(World("""{ "laneMarkings": false }"""), Exact);
        Assert.Equal(CameraLane.NoLane, lane.Quality);
        Assert.Equal(0f, lane.ViewRangeM);
    }

    [Fact]
    public void Markings_that_end_30_m_ahead_shorten_the_view_range_and_the_quality()
    {
        // Lane −1 becomes a shoulder (unmarked for driving) 30 m ahead: seen over 30 m of 60, half: quality 2.
        string road = """
            { "lanes": [
                { "sM": 0, "left": [ { "id": 1, "width": [ { "sOffsetM": 0, "a": 3.5 } ] } ],
                           "right": [ { "id": -1, "width": [ { "sOffsetM": 0, "a": 3.5 } ] } ] },
                { "sM": 1030, "left": [ { "id": 1, "width": [ { "sOffsetM": 0, "a": 3.5 } ] } ],
                           "right": [ { "id": -1, "type": "shoulder", "width": [ { "sOffsetM": 0, "a": 3.5 } ] } ] } ],
              "laneOffset": [ { "sOffsetM": 0, "a": 1.75 } ] }
            """;
        var lane = Observe(World(road), Exact);
        Assert.Equal((byte)2, lane.Quality);
        Assert.InRange(lane.ViewRangeM, 30f - 60f / 16f, 30f);
    }

    [Fact]
    public void On_an_unlit_road_at_night_the_lane_is_seen_over_0_6_of_the_day_range_with_quality_2()
    {
        var lane = Observe(World("""{ "friction": 1 }"""), Exact, Lighting.Night);
        Assert.Equal((byte)2, lane.Quality);
        Assert.Equal(36f, lane.ViewRangeM, 2);
    }

    [Fact]
    public void Today_s_camera_and_a_glare_blanked_frame_report_no_lane()
    {
        Assert.Equal(CameraLane.NoLane, Observe(World("""{ "friction": 1 }"""), new CameraParameters()).Quality);
        var blanked = Exact with { GlareLossProbability = 1f };
        Assert.Equal(CameraLane.NoLane, Observe(World("""{ "friction": 1 }"""), blanked, Lighting.Glare).Quality);
    }

    [Fact]
    public void The_lane_is_published_with_its_frame_after_the_camera_s_latency()
    {
        // 20 m/s on a straight: a frame captured at 0 is published at 100 ms with an age of 100 ms.
        var world = World("""{ "friction": 1 }""", 72f);
        var camera = new CameraModel(Exact with { LatencyUs = 100_000, FramePeriodUs = 50_000 }, 7);
        var list = default(CameraObjectList);
        camera.Tick(world);
        camera.Publish(ref list, world.TimeUs);
        Assert.Equal(CameraLane.NoLane, list.Lane.Quality);
        var controls = new DriverControls { Gear = Gear.Drive };
        while (world.TimeUs < 100_000)
        {
            world.Step(controls, 0f, 1f);
            camera.Tick(world);
        }

        camera.Publish(ref list, world.TimeUs);
        Assert.Equal(CameraLane.HighQuality, list.Lane.Quality);
        Assert.Equal(100_000, list.AgeUs);
    }

    [Theory]
    [InlineData(0L, 0.0)]
    [InlineData(500_000L, 0.905)]
    public void The_fit_of_noisy_marking_points_has_the_least_squares_offset_sigma_and_the_points_correlation(long correlationUs, double lagCorrelation)
    {
        // A standing car on a straight lane: every reading is pure error. 17 points at u = k/16 of the view range, each
        // with σ 0.1 m: the fitted offset's σ is 0.1·√[(XᵀX)⁻¹]₀₀ for the cubic's design matrix X (least-squares theory,
        // computed here by an independent inversion). A linear combination of points that each correlate by
        // ρ = exp(−50 ms / τ) correlates by ρ too: 0.905 for τ = 0.5 s, 0 for white errors. 4,000 frames: σ within ±10 %
        // when white (±2.2 % standard error), ±25 % when correlated (about 200 independent samples).
        var p = Exact with { LanePointNoiseM = 0.1f, LanePointNoisePerM = 0f, LaneNoiseCorrelationUs = correlationUs, FramePeriodUs = 50_000 };
        var world = World("""{ "friction": 1 }""");
        var camera = new CameraModel(p, 11);
        var controls = new DriverControls { Gear = Gear.Drive };
        var list = default(CameraObjectList);
        double sum2 = 0, lag = 0;
        double previous = double.NaN;
        int n = 0;
        long nextUs = 0;
        while (n < 4000)
        {
            world.Step(controls, 0f, 1f);
            camera.Tick(world);
            if (world.TimeUs < nextUs) continue;
            nextUs += p.FramePeriodUs;
            camera.Publish(ref list, world.TimeUs);
            Assert.Equal(CameraLane.HighQuality, list.Lane.Quality);
            double e = list.Lane.OffsetM;
            sum2 += e * e;
            if (!double.IsNaN(previous)) lag += e * previous;
            previous = e;
            n++;
        }

        double expected = 0.1 * Math.Sqrt(InverseXtXCorner(LaneObservation.Samples));
        double sigma = Math.Sqrt(sum2 / n);
        double tolerance = correlationUs == 0 ? 0.10 : 0.25;
        Assert.InRange(sigma, expected * (1 - tolerance), expected * (1 + tolerance));
        Assert.InRange(lag / (n - 1) / (sum2 / n), lagCorrelation - 0.06, lagCorrelation + 0.06);
    }

    /// <summary>[(XᵀX)⁻¹]₀₀ of the cubic's design matrix at u = k/(n − 1), by Gauss–Jordan elimination.</summary>
    private static double InverseXtXCorner(int n)
    {
        var m = new double[4, 8];
        for (int k = 0; k < n; k++)
        {
            double u = k / (double)(n - 1);
            for (int i = 0; i < 4; i++)
            {
                for (int j = 0; j < 4; j++) m[i, j] += Math.Pow(u, i) * Math.Pow(u, j);
            }
        }

        for (int i = 0; i < 4; i++) m[i, 4 + i] = 1;
        for (int c = 0; c < 4; c++)
        {
            double pivot = m[c, c];
            for (int j = 0; j < 8; j++) m[c, j] /= pivot;
            for (int r = 0; r < 4; r++)
            {
                if (r == c) continue;
                double f = m[r, c];
                for (int j = 0; j < 8; j++) m[r, j] -= f * m[c, j];
            }
        }

        return m[0, 4];
    }
}
