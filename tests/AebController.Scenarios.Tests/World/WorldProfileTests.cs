using AebController.Emulation.Profiles;
using AebController.Emulation.Sensors;
using AebController.Emulation.Vehicle;
using Xunit;

namespace AebController.Scenarios.Tests.World;

public sealed class WorldProfileTests
{
    [Fact]
    public void Ideal_profile_file_holds_exactly_the_original_models_values()
    {
        // The original models' constants are the C# defaults; ideal.json must not drift from them.
        var ideal = WorldProfile.Ideal;
        Assert.Equal(new RadarParameters(), ideal.FrontRadar);
        Assert.Equal(RadarParameters.RearCorner, ideal.RearRadar);
        // The original camera, plus the exact lane (no noise, never lost) to 60 m: the bend cases of the catalog
        // (curves: a parked car on the outside of a bend, an oncoming car on a tight bend) need the road ahead in both worlds.
        Assert.Equal(new CameraParameters() with { LaneViewRangeM = 60f }, ideal.Camera);
        Assert.Equal(new UltrasonicParameters(), ideal.Ultrasonics);
        Assert.Equal(new VehicleSignalParameters(), ideal.VehicleSignals);
        Assert.Equal(VehicleRealism.Ideal, ideal.Vehicle);
    }

    [Fact]
    public void The_realistic_profile_switches_on_the_realistic_vehicle_of_docs_vehicle_model()
    {
        // docs/vehicle-model.md: friction circle, driver brake through the hydraulics, reverse governor 40 km/h,
        // forward 180 km/h, actor jerk 10 m/s³ (Euro NCAP's deliberate-jerk threshold), occlusion.
        var v = WorldProfile.Realistic.Vehicle;
        Assert.True(v.FrictionCircle);
        Assert.True(v.DriverBrakeThroughHydraulics);
        Assert.True(v.Occlusion);
        Assert.Equal(40.0, v.MaxReverseSpeedMps * 3.6, 3);
        Assert.Equal(180.0, v.MaxForwardSpeedMps * 3.6, 3);
        Assert.Equal(10f, v.ActorJerkLimitMps3);
    }

    [Fact]
    public void A_user_profile_can_take_ideal_sensors_with_one_realistic_vehicle_switch()
    {
        var p = WorldProfileLoader.Parse(
            "{\"name\":\"mix\",\"base\":\"ideal\",\"vehicle\":{\"frictionCircle\":{\"value\":1,\"source\":\"Kamm\"},\"maxReverseSpeedMps\":{\"value\":\"unlimited\",\"source\":\"none\"}}}",
            "mix.json", builtin: false);
        Assert.Equal(VehicleRealism.Ideal with { FrictionCircle = true }, p.Vehicle);
        Assert.Equal(WorldProfile.Ideal.FrontRadar, p.FrontRadar);
    }

    [Fact]
    public void Every_parameter_of_both_builtin_profiles_names_a_source()
    {
        foreach (var profile in new[] { WorldProfile.Ideal, WorldProfile.Realistic })
        {
            foreach (var (section, property) in WorldProfileLoader.Sections)
            {
                foreach (var (name, _, _) in WorldProfileLoader.Parameters(property.PropertyType))
                {
                    Assert.True(profile.Sources.TryGetValue($"{section}.{name}", out var source) && source.Length > 3,
                        $"{profile.Name}: {section}.{name} has no source");
                }
            }
        }
    }

    [Theory]
    [InlineData("{\"name\":\"u\",\"base\":\"ideal\",\"frontRadar\":{\"rangeNoiseM\":{\"value\":9,\"source\":\"x\"}}}", "frontRadar.rangeNoiseM.value", "between")]
    [InlineData("{\"name\":\"u\",\"base\":\"ideal\",\"frontRadar\":{\"rangeNoiseM\":{\"value\":0.2}}}", "frontRadar.rangeNoiseM.source", "required field missing: expected a text")]
    [InlineData("{\"name\":\"u\",\"base\":\"ideal\",\"frontRadar\":{\"rangeNoize\":{\"value\":0.2,\"source\":\"x\"}}}", "frontRadar.rangeNoize", "did you mean 'rangeNoiseM'")]
    [InlineData("{\"name\":\"u\",\"base\":\"ideal\",\"radar\":{}}", "radar", "unknown field")]
    [InlineData("{\"name\":\"u\",\"frontRadar\":{}}", "base", "required field missing: expected one of ideal, realistic")]
    [InlineData("{\"name\":\"u\",\"base\":\"ideal\",\"camera\":{\"framePeriodUs\":{\"value\":33333.5,\"source\":\"x\"}}}", "camera.framePeriodUs.value", "whole number")]
    [InlineData("{\"name\":\"u\",\"base\":\"ideal\",\"camera\":{\"framePeriodUs\":{\"value\":\"fast\",\"source\":\"x\"}}}", "camera.framePeriodUs.value", "found \"fast\"")]
    [InlineData("{\"name\":\"u\",\"base\":\"nice\"}", "base", "expected one of ideal, realistic, found \"nice\"")]
    [InlineData("{\"name\":\"u\",\"base\":\"ideal\",\"camera\":{\"framePeriodUs\":{\"value\":1,\"value\":2,\"source\":\"x\"}}}", "camera.framePeriodUs.value", "given twice")]
    [InlineData("{\"name\":\"u\",\"base\":\"ideal\",\"camera\":null}", "camera", "found null")]
    [InlineData("{\"name\":\"u\",\"base\":\"ideal\",\"camera\":{\"framePeriodUs\":{\"value\":40000,\"source\":\" \"}}}", "camera.framePeriodUs.source", "expected a non-empty text naming a datasheet, paper, standard or derivation, found \" \"")]
    [InlineData("{\"name\":\"\",\"base\":\"ideal\"}", "name", "expected a non-empty name, found \"\"")]
    [InlineData("{\"name\":7,\"base\":\"ideal\"}", "name", "expected a text in double quotes, found 7")]
    [InlineData("{\"name\":\"u\",\"base\":\"ideal\",\"vehicle\":{\"occlusion\":{\"value\":0.5,\"source\":\"x\"}}}", "vehicle.occlusion.value", "0 (off) or 1 (on)")]
    [InlineData("{\"name\":\"u\",\"base\":\"ideal\",\"vehicle\":{\"occlusion\":{\"value\":\"unlimited\",\"source\":\"x\"}}}", "vehicle.occlusion.value", "expected 0 (off) or 1 (on), found \"unlimited\"")]
    [InlineData("{\"name\":\"u\",\"base\":\"ideal\",\"vehicle\":{\"maxReverseSpeedMps\":{\"value\":\"fast\",\"source\":\"x\"}}}", "vehicle.maxReverseSpeedMps.value", "or \"unlimited\"")]
    public void A_bad_user_profile_is_rejected_naming_file_and_field(string json, string field, string problem)
    {
        var ex = Assert.Throws<WorldProfileException>(() => WorldProfileLoader.Parse(json, "mine.json", builtin: false));
        Assert.Equal("mine.json", ex.File);
        Assert.Equal(field, ex.Field);
        Assert.Contains(problem, ex.Problem);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Theory]
    [InlineData("{\"name\":\"u\",\"base\":\"ideal\",\"frontRadar\":{\"rangeNoiseM\":{\"value\":9e0,\"source\":\"x\"}}}", "(m), found 9e0")]
    [InlineData("{\"name\":\"u\",\"base\":\"ideal\",\"camera\":{\"framePeriodUs\":{\"value\":-5,\"source\":\"x\"}}}", "(µs), found -5")]
    [InlineData("{\"name\":\"u\",\"base\":\"ideal\",\"camera\":{\"framePeriodUs\":{\"value\":1e400,\"source\":\"x\"}}}", "found 1e400")]
    public void A_value_out_of_range_names_the_expectation_with_its_unit_and_the_value_as_written(string json, string tail)
    {
        var ex = Assert.Throws<WorldProfileException>(() => WorldProfileLoader.Parse(json, "mine.json", builtin: false));
        Assert.StartsWith("expected a ", ex.Problem);
        Assert.EndsWith(tail, ex.Problem);
    }

    [Fact]
    public void A_missing_profile_file_says_so_plainly()
    {
        string path = Path.Combine(Path.GetTempPath(), $"aeb-no-such-{Guid.NewGuid():N}.json");
        var ex = Assert.Throws<WorldProfileException>(() => WorldProfileLoader.Load(path));
        Assert.Equal("no such file", ex.Problem);
    }

    [Fact]
    public void A_user_profile_overrides_only_what_it_gives()
    {
        var p = WorldProfileLoader.Parse(
            "{\"name\":\"mine\",\"base\":\"ideal\",\"frontRadar\":{\"rangeNoiseM\":{\"value\":0.3,\"source\":\"my datasheet\"}}}", "mine.json", builtin: false);
        Assert.Equal("mine", p.Name);
        Assert.Equal(0.3f, p.FrontRadar.RangeNoiseM);
        Assert.Equal(WorldProfile.Ideal.FrontRadar with { RangeNoiseM = 0.3f }, p.FrontRadar);
        Assert.Equal(WorldProfile.Ideal.Camera, p.Camera);
        Assert.Equal("my datasheet", p.Sources["frontRadar.rangeNoiseM"]);
    }
}
