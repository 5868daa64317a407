using AebController.Scenarios.Loading;

namespace AebController.Scenarios.Tests;

public class ScenarioLoaderTests
{
    private const string Valid = """
        {
          "name": "t", "durationS": 5,
          "ego": { "speedKph": 30, "gear": "drive" },
          "actors": [ { "id": "car", "class": "passengerCar", "gapM": 30, "speedKph": 0 } ]
        }
        """;

    [Fact]
    public void A_valid_file_loads_with_defaults()
    {
        var s = ScenarioLoader.Parse(Valid, "t.json");
        Assert.Equal("t", s.Name);
        Assert.Equal(1.0f, s.Road.Friction);
        Assert.Single(s.Actors);
    }

    [Fact]
    public void A_misspelt_field_is_refused_with_its_path()
    {
        var ex = Assert.Throws<ScenarioFormatException>(() =>
            ScenarioLoader.Parse(Valid.Replace("\"speedKph\": 0", "\"speedKpf\": 0"), "t.json"));
        Assert.Equal("actors[0].speedKpf", ex.Field);
        Assert.Contains("unknown field", ex.Message);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void An_impossible_value_is_refused_naming_the_field()
    {
        var ex = Assert.Throws<ScenarioFormatException>(() =>
            ScenarioLoader.Parse(Valid.Replace("\"speedKph\": 30", "\"speedKph\": -30"), "t.json"));
        Assert.Equal("ego.speedKph", ex.Field);
        Assert.Contains("between 0 and 250", ex.Message);
    }

    [Fact]
    public void A_missing_required_field_is_named()
    {
        var ex = Assert.Throws<ScenarioFormatException>(() =>
            ScenarioLoader.Parse(Valid.Replace("\"durationS\": 5,", ""), "t.json"));
        Assert.Contains("durationS", ex.Field);
    }

    [Fact]
    public void An_unknown_class_is_refused()
    {
        var ex = Assert.Throws<ScenarioFormatException>(() =>
            ScenarioLoader.Parse(Valid.Replace("passengerCar", "spaceship"), "t.json"));
        Assert.Equal("actors[0].class", ex.Field);
    }

    [Fact]
    public void An_actor_must_be_placed_exactly_once()
    {
        var ex = Assert.Throws<ScenarioFormatException>(() =>
            ScenarioLoader.Parse(Valid.Replace("\"gapM\": 30", "\"gapM\": 30, \"xM\": 10"), "t.json"));
        Assert.Equal("actors[0].gapM", ex.Field);
    }

    [Fact]
    public void Malformed_json_names_the_position()
    {
        var ex = Assert.Throws<ScenarioFormatException>(() => ScenarioLoader.Parse("{ \"name\": ", "t.json"));
        Assert.StartsWith("t.json: not valid JSON at line 1, column", ex.Message);
    }

    [Fact]
    public void An_unknown_expected_diagnostic_code_is_refused()
    {
        var ex = Assert.Throws<ScenarioFormatException>(() =>
            ScenarioLoader.Parse(Valid.Replace("\"durationS\": 5,", "\"durationS\": 5, \"expect\": { \"diagnostics\": [\"radarOnFire\"] },"), "t.json"));
        Assert.Equal("expect.diagnostics[0]", ex.Field);
    }
}
