using AebController.Firmware.Signals;
using AebController.Scenarios.Loading;
using AebController.Scenarios.OpenScenario;

namespace AebController.Scenarios.Tests.OpenScenario;

/// <summary>
/// Our own OpenSCENARIO files (tests/.../OpenScenario/data), each element judged against the placement and
/// timing worked by hand from the standard's definitions.
/// </summary>
public class OpenScenarioImportTests
{
    private static string Data(string file) => Path.Combine(AppContext.BaseDirectory, "OpenScenario", "data", file);

    [Fact]
    public void A_lead_car_placed_by_LongitudinalDistanceAction_brakes_when_the_storyboard_says()
    {
        var s = Assert.Single(OpenScenarioImporter.Load(Data("ccrb.xosc")));
        Assert.Equal(50f, s.Ego.SpeedKph, 4);
        Assert.True(s.Ego.HoldSpeed);
        var lead = Assert.Single(s.Actors);
        Assert.Equal(ObjectClass.PassengerCar, lead.Class);
        Assert.Equal(12f, lead.GapM!.Value, 4);              // freespace distance of the action
        Assert.Equal(50f, lead.SpeedKph, 4);
        var brake = Assert.Single(lead.Events);
        Assert.Equal(2f, brake.AtS!.Value, 6);               // the Place maneuver completes at 0; delay 2 s
        Assert.Equal(-4f, brake.AccelMps2!.Value, 6);
        Assert.Equal(0f, brake.TargetSpeedKph!.Value, 6);
        Assert.Equal(12f, s.DurationS, 4);                   // SimulationTimeCondition in the StopTrigger
        Assert.Contains("ccrb", s.Tags);
    }

    [Fact]
    public void A_false_parameter_condition_keeps_its_act_from_ever_starting()
    {
        var cases = OpenScenarioImporter.Load(Data("speeds.variation.xosc"));
        var still = cases.Single(c => c.Name.Contains("EgoKph=40") && c.Name.Contains("Braking=false"));
        var lead = Assert.Single(still.Actors);
        Assert.Empty(lead.Events);
        // No distance action either: the lead stays where RelativeLanePosition put it, 50 m between reference
        // points: its rear (0.9 m behind its axle) 49.1 m ahead of the ego's axle, the ego's front 3.7 m ahead of it.
        Assert.Equal(50 - 0.9 - 3.7, lead.GapM!.Value, 3);
        Assert.Equal(40f, still.Ego.SpeedKph, 3);
    }

    [Fact]
    public void A_distribution_expands_into_the_cross_product_of_its_parameters()
    {
        var cases = OpenScenarioImporter.Load(Data("speeds.variation.xosc"));
        Assert.Equal(4 * 2, cases.Count);
        Assert.Equal(new float[] { 30, 30, 40, 40, 50, 50, 60, 60 }, cases.Select(c => c.Ego.SpeedKph).Select(v => MathF.Round(v, 3)).ToArray());
        Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct().Count());
    }

    [Fact]
    public void A_synchronised_pedestrian_sets_off_so_as_to_meet_the_ego_at_the_target()
    {
        var s = Assert.Single(OpenScenarioImporter.Load(Data("crossing.xosc")));
        var adult = Assert.Single(s.Actors);
        Assert.Equal(ObjectClass.Pedestrian, adult.Class);
        // Box: 0.5 m along the road (its width: it faces across); centre at x 163.7, the ego's front at 103.7.
        Assert.Equal(163.7 - 0.25 - 103.7, adult.GapM!.Value, 3);
        Assert.Equal(-4.0, adult.YM, 4);
        var walk = Assert.Single(adult.Events);
        // The ego's axle reaches x 160 after 60 m at 10 m/s: 6 s. The adult walks 4 m to the lane centre at 5 km/h:
        // it sets off at the final speed 4 / (5/3.6) = 2.88 s earlier, at 3.12 s, when the gap is 59.75 − 31.2 m.
        Assert.Equal(59.75 - 10 * (6 - 4 / (5 / 3.6)), walk.WhenGapM!.Value, 3);
        Assert.Equal(5 / 3.6, walk.LateralSpeedMps!.Value, 4);
        Assert.Equal(2.25 + 1.75, walk.StopAtYM!.Value, 4);  // the path's end, measured from the ego's centre line
        Assert.Null(walk.TargetSpeedKph);
        Assert.Equal(80 / 10.0 + 5, s.DurationS, 3);          // TraveledDistanceCondition at the held speed, and 5 s
    }

    [Fact]
    public void An_unsupported_element_is_named_with_its_file_and_line()
    {
        var ex = Assert.Throws<ScenarioFormatException>(() => OpenScenarioImporter.Load(Data("unsupported.xosc")));
        Assert.EndsWith("unsupported.xosc:13", ex.Source);
        Assert.Contains("<GeoPosition>", ex.Message);
        Assert.DoesNotContain('\n', ex.Message);
    }

    // Limits from the OpenSCENARIO 1.x model documentation ("Range: [0..inf[" for mass, dynamics values and delays)
    // and from physics (no object has zero mass or a box of zero width).
    [Theory]
    [InlineData("crossing.xosc", "mass=\"75\"", "mass=\"-3\"", "Pedestrian[Adult]/@mass", "expected a number > 0 (kg), found '-3'")]
    [InlineData("crossing.xosc", "mass=\"75\"", "mass=\"0\"", "Pedestrian[Adult]/@mass", "expected a number > 0 (kg), found '0'")]
    [InlineData("crossing.xosc", "mass=\"75\"", "mass=\"NaN\"", "Pedestrian[Adult]/@mass", "expected a number > 0 (kg), found 'NaN'")]
    [InlineData("crossing.xosc", "width=\"0.5\"", "width=\"-0.5\"", "Dimensions/@width", "expected a number > 0 (m), found '-0.5'")]
    [InlineData("ccrb.xosc", "name=\"Decel\" parameterType=\"double\" value=\"4\"", "name=\"Decel\" parameterType=\"double\" value=\"-4\"", "SpeedActionDynamics/@value", "expected a number >= 0 (s, m or rate), found '-4' (from $Decel)")]
    [InlineData("ccrb.xosc", "name=\"AfterPlace\" delay=\"2\"", "name=\"AfterPlace\" delay=\"-1\"", "Condition[AfterPlace]/@delay", "expected a number >= 0 (s), found '-1'")]
    public void Physically_impossible_values_are_refused_naming_element_attribute_expectation_and_value(string file, string find, string replace, string field, string expected)
    {
        string text = File.ReadAllText(Data(file));
        Assert.Contains(find, text);
        string path = Path.Combine(Path.GetDirectoryName(Data(file))!, $"impossible-{Guid.NewGuid():N}.xosc");
        File.WriteAllText(path, text.Replace(find, replace));
        try
        {
            var ex = Assert.Throws<ScenarioFormatException>(() => OpenScenarioImporter.Load(path));
            Assert.Contains(Path.GetFileName(path) + ":", ex.Source);
            Assert.EndsWith(field, ex.Field);
            Assert.Equal(expected, ex.Problem);
            Assert.DoesNotContain('\n', ex.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("<ParameterDeclaration name=\"EgoKph\" parameterType=\"double\" value=\"50\" />", "<ParameterDeclaration name=\"EgoKph\" parameterType=\"double\" value=\"fast\" />", "type double")]
    [InlineData("value=\"${$EgoKph / 3.6}\"", "value=\"${$EgoKmh / 3.6}\"", "'$EgoKmh' is not declared")]
    [InlineData("value=\"$Decel\"", "value=\"${$Decel *}\"", "ends too early")]
    [InlineData("<ScenarioObject name=\"Lead\"><CatalogReference catalogName=\"TestVehicles\" entryName=\"TestCar\" />", "<ScenarioObject name=\"Lead\"><CatalogReference catalogName=\"TestVehicles\" entryName=\"NoSuchCar\" />", "has no entry 'NoSuchCar'")]
    public void Broken_files_give_one_line_naming_the_problem(string find, string replace, string expected)
    {
        string text = File.ReadAllText(Data("ccrb.xosc"));
        Assert.Contains(find, text);
        string path = Path.Combine(Path.GetDirectoryName(Data("ccrb.xosc"))!, $"broken-{Guid.NewGuid():N}.xosc");
        File.WriteAllText(path, text.Replace(find, replace));
        try
        {
            var ex = Assert.Throws<ScenarioFormatException>(() => OpenScenarioImporter.Load(path));
            Assert.Contains(expected, ex.Message);
            Assert.Contains(Path.GetFileName(path) + ":", ex.Source);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_catalog_file_given_as_a_scenario_is_refused()
    {
        var ex = Assert.Throws<ScenarioFormatException>(() => OpenScenarioImporter.Load(Data("catalogs/vehicles.xosc")));
        Assert.Contains("catalog, not a scenario", ex.Message);
    }
}
