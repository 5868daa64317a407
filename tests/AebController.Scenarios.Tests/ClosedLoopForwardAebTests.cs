using AebController.Firmware.Signals;
using AebController.Scenarios.Catalog;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests;

/// <summary>Forward AEB closed loop on the emulated car: the catalog's cases run as a user runs them.</summary>
public class ClosedLoopForwardAebTests
{
    // A runner reuses its cycle buffer, so each test thread gets its own.
    [ThreadStatic]
    private static ScenarioRunner? t_runner;

    private static ScenarioRunner Runner => t_runner ??= new ScenarioRunner();

    private static ScenarioResult Run(string name)
    {
        Assert.True(ScenarioCatalog.Builtin.TryGet(name, out var scenario), $"catalog has no '{name}'");
        return Runner.Run(scenario);
    }

    public static TheoryData<int> CcrsSpeeds()
    {
        var data = new TheoryData<int>();
        for (int kph = 10; kph <= 80; kph += 5) data.Add(kph);
        return data;
    }

    [Theory]
    [MemberData(nameof(CcrsSpeeds))]
    public void Stationary_car_ahead_is_avoided_on_a_dry_road(int speedKph)
    {
        var r = Run($"ccrs-{speedKph}");
        Assert.False(r.Collided, $"impact at {r.ImpactSpeedKph} km/h");
        Assert.True(r.Passed, string.Join("; ", r.Failures));
        Assert.NotNull(r.StopGapM);
        Assert.InRange(r.StopGapM!.Value, 0.3f, 12f);
    }

    [Theory]
    [MemberData(nameof(CcrsSpeeds))]
    public void Collision_warning_comes_at_least_0_8_s_before_braking(int speedKph)
    {
        var r = Run($"ccrs-{speedKph}");
        Assert.NotNull(r.FirstWarningS);
        Assert.NotNull(r.FirstBrakeS);
        Assert.True(r.FirstBrakeS - r.FirstWarningS >= 0.8f - 1e-3f, $"lead {r.FirstBrakeS - r.FirstWarningS} s");
    }

    [Theory]
    [InlineData("ccrb-12m-2")]
    [InlineData("ccrb-12m-6")]
    [InlineData("ccrb-40m-2")]
    [InlineData("ccrb-40m-6")]
    public void A_car_braking_to_a_stop_in_front_is_handled(string name)
    {
        var r = Run(name);
        Assert.False(r.Collided, $"impact at {r.ImpactSpeedKph} km/h");
        Assert.NotNull(r.FirstWarningS);
        Assert.True(r.FirstWarningS <= r.FirstBrakeS);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(50)]
    [InlineData(80)]
    public void A_slower_car_ahead_is_not_hit(int speedKph)
    {
        var r = Run($"ccrm-{speedKph}");
        Assert.False(r.Collided);
        Assert.True(r.Passed, string.Join("; ", r.Failures));
    }

    [Fact]
    public void A_driver_who_brakes_too_gently_gets_brake_assist()
    {
        var r = Run("brake-assist");
        Assert.False(r.Collided);
        Assert.Contains(r.Trace, c => (c.BrakeReasons & FunctionFlags.BrakeAssist) != 0);
        // The driver's 25 % pedal gives 2.5 m/s²; the assist must have asked for clearly more.
        Assert.True(r.MaxBrakeRequestMps2 > 3.5f, $"peak request {r.MaxBrakeRequestMps2}");
        Assert.True(r.MaxDecelMps2 > 3.5f);
    }

    [Fact]
    public void A_driver_who_kicks_down_overrides_and_the_controller_never_brakes()
    {
        var r = Run("override-kickdown");
        Assert.NotNull(r.FirstWarningS);
        Assert.Null(r.FirstBrakeS);
        int overridden = Array.FindIndex(r.Trace, c => c.ForwardState == ForwardAebState.Overridden);
        Assert.True(overridden > 0);
        Assert.True(r.Trace[overridden].AcceleratorPedal >= 0.9f);
        Assert.Equal(WarningOutputs.None, r.Trace[overridden].Warnings);
    }

    [Fact]
    public void A_driver_who_swerves_overrides_and_clears_the_car()
    {
        var r = Run("override-swerve");
        Assert.False(r.Collided);
        Assert.Null(r.FirstBrakeS);
        Assert.Contains(r.Trace, c => c.ForwardState == ForwardAebState.Overridden);
    }

    [Fact]
    public void On_a_wet_road_the_impact_is_mitigated_even_where_it_cannot_be_avoided()
    {
        var r = Run("ccrs-50-wet");
        Assert.True(r.Passed, string.Join("; ", r.Failures));
        // Friction caps the brakes at 0.5 g; rolling resistance and drag add a little.
        Assert.InRange(r.MaxDecelMps2, 4.0f, 0.5f * 9.81f + 0.3f);
    }
}
