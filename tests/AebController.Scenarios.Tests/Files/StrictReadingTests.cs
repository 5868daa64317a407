using System.Text.Json;
using AebController.Firmware.Calibration;
using AebController.Firmware.Files;
using AebController.Hardware.PinMapping;
using AebController.Scenarios.Loading;

namespace AebController.Scenarios.Tests.Files;

/// <summary>
/// The bad inputs of issue 13, each refused with one line naming the file, the field, what was expected
/// and the value as the user wrote it.
/// </summary>
public class StrictReadingTests
{
    private const string Valid = """
        { "name": "t", "durationS": 5, "ego": { "speedKph": 30, "gear": "drive" },
          "actors": [ { "id": "car", "class": "passengerCar", "gapM": 30, "speedKph": 0 } ] }
        """;

    private static string Scenario(string from, string to)
    {
        Assert.Contains(from, Valid);
        return Valid.Replace(from, to);
    }

    [Theory]
    [InlineData("\"durationS\": 5", "\"durationS\": 5, \"durationS\": 6", "durationS", "given twice")]
    [InlineData("\"speedKph\": 0", "\"speedKph\": -300", "actors[0].speedKph", "expected a number between -250 and 250 (km/h), found -300")]
    [InlineData("\"speedKph\": 30", "\"speedKph\": 1e308", "ego.speedKph", "found 1e308")]
    [InlineData("{ \"speedKph\": 30, \"gear\": \"drive\" }", "null", "ego", "expected an object { ... }, found null")]
    [InlineData("\"speedKph\": 30", "\"speedKph\": \"fast\"", "ego.speedKph", "expected a number, found \"fast\"")]
    [InlineData("\"drive\"", "\"forward\"", "ego.gear", "expected one of park, reverse, neutral, drive, found \"forward\"")]
    [InlineData("\"passengerCar\"", "3", "actors[0].class", "passengerCar, pedestrian")]
    [InlineData("\"speedKph\": 0", "\"speedKpf\": 0", "actors[0].speedKpf", "did you mean 'speedKph'?")]
    [InlineData("\"gapM\": 30", "\"gapM\": -9.8", "actors[0].gapM", "found -9.8")]
    public void A_scenario_problem_is_one_line_with_field_expectation_and_the_written_value(string from, string to, string field, string text)
    {
        var ex = Assert.Throws<ScenarioFormatException>(() => ScenarioLoader.Parse(Scenario(from, to), "ccrs.json"));
        Assert.Equal(field, ex.Field);
        Assert.Contains(text, ex.Message);
        Assert.StartsWith($"ccrs.json: {field}: ", ex.Message);
        LoaderFuzzTests.AssertOneHonestLine(ex.Message, "ccrs.json", to);
    }

    [Theory]
    [InlineData("brakeFeedback", "actuatorWeak", "-3", "faults[0].value", "expected a number between 0 and 1")]
    [InlineData("brakeFeedback", "actuatorWeak", "5", "faults[0].value", "found 5")]
    [InlineData("frontRadar", "trackDisagree", "0.4", "faults[0].kind", "redundant tracks")]
    [InlineData("frontRadar", "actuatorWeak", "0.4", "faults[0].kind", "brakeFeedback")]
    [InlineData("controller", "stale", "0", "faults[0].input", "restarts")]
    public void A_fault_that_would_do_nothing_or_something_impossible_is_refused(string input, string kind, string value, string field, string text)
    {
        string json = Valid.Replace("\"durationS\": 5,", $"\"durationS\": 5, \"faults\": [ {{ \"input\": \"{input}\", \"kind\": \"{kind}\", \"startS\": 0, \"value\": {value} }} ],");
        var ex = Assert.Throws<ScenarioFormatException>(() => ScenarioLoader.Parse(json, "f.json"));
        Assert.Equal(field, ex.Field);
        Assert.Contains(text, ex.Message);
    }

    [Fact]
    public void The_catalogs_fault_cases_stay_valid() =>
        ScenarioLoader.Parse(Valid.Replace("\"durationS\": 5,", "\"durationS\": 5, \"faults\": [ { \"input\": \"acceleratorPedal\", \"kind\": \"trackDisagree\", \"startS\": 0, \"value\": 0.4 } ],"), "f.json");

    [Fact]
    public void A_calibration_key_given_twice_is_refused_not_a_crash()
    {
        var ex = Assert.Throws<CalibrationException>(() => CalibrationFile.Parse("""{"forwardAeb":{"stopMarginM":1.5,"stopMarginM":2}}""", "cal.json"));
        Assert.Equal("cal.json: forwardAeb.stopMarginM: this key is given twice in the same object; give it once", ex.Message);
    }

    [Fact]
    public void A_calibration_range_error_names_the_file_and_shows_the_value_as_written()
    {
        var ex = Assert.Throws<CalibrationException>(() => CalibrationFile.Parse("""{"forwardAeb":{"fullBrakeDecelMps2":-9.8}}""", "cal.json"));
        Assert.StartsWith("cal.json: forwardAeb.fullBrakeDecelMps2: expected a number between", ex.Message);
        Assert.Contains("found -9.8", ex.Message);
        Assert.DoesNotContain("-9.80000", ex.Message);
    }

    private static string PinMapJson(Action<System.Text.Json.Nodes.JsonObject> edit)
    {
        var node = JsonSerializer.SerializeToNode(new PinMap(), new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase })!.AsObject();
        edit(node);
        return node.ToJsonString();
    }

    [Theory]
    [InlineData("adc")]
    [InlineData("outputs")]
    [InlineData("inputs.gearDrive")]
    public void A_pin_map_missing_a_group_or_a_signal_is_refused(string missing)
    {
        string json = PinMapJson(o =>
        {
            string[] parts = missing.Split('.');
            if (parts.Length == 1) o.Remove(parts[0]);
            else o[parts[0]]!.AsObject().Remove(parts[1]);
        });
        var ex = Assert.Throws<PinMapException>(() => PinMapFile.Parse(json, "pinmap.json"));
        Assert.StartsWith($"pinmap.json: {missing}: missing", ex.Message);
    }

    [Fact]
    public void An_empty_pin_map_is_refused() =>
        Assert.Contains("missing signal group", Assert.Throws<PinMapException>(() => PinMapFile.Parse("{}", "pinmap.json")).Message);

    [Theory]
    [InlineData("accelFlooredV", "50", "expected a number between 0 and 3.3 (V")]
    [InlineData("speedFullScaleMps", "0", "expected a number above 0 and at most 70 (m/s), found 0")]
    [InlineData("speedFullScaleMps", "70", null)]
    public void Pin_map_voltages_and_scales_have_physical_limits(string field, string value, string? text)
    {
        string json = PinMapJson(o => o["adc"]![field] = System.Text.Json.Nodes.JsonNode.Parse(value));
        if (text is null)
        {
            PinMapFile.Parse(json, "pinmap.json");
            return;
        }

        var ex = Assert.Throws<PinMapException>(() => PinMapFile.Parse(json, "pinmap.json"));
        Assert.StartsWith($"pinmap.json: adc.{field}: {text}", ex.Message);
    }

    [Fact]
    public void A_directory_is_not_a_file()
    {
        var ex = Assert.ThrowsAny<InputFileException>(() => StrictJson.ReadText(Path.GetTempPath()));
        Assert.Contains("is a directory", ex.Message);
    }
}
