using System.Text.Json;
using AebController.Scenarios.Exploration.Spaces;
using AebController.Scenarios.Loading;

namespace AebController.Scenarios.Tests.Exploration;

/// <summary>Space files are read strictly, and a point of a space becomes an ordinary scenario, purely.</summary>
public class SpaceLoaderTests
{
    private const string Template = """
        "template": { "durationS": 5, "ego": { "speedKph": "{=egoKph}", "gear": "drive", "holdSpeed": true },
          "actors": [ { "id": "t", "class": "{cls}", "gapM": 40, "speedKph": 0 } ], "expect": { "collision": false } }
        """;

    private static string Space(string parameters, string extra = "") =>
        $$"""{ "space": "t", "parameters": { {{parameters}} }, {{extra}} {{Template}} }""";

    [Theory]
    [InlineData("\"egoKph\": { \"min\": 10, \"max\": 50, \"mx\": 1 }, \"cls\": { \"set\": [\"wall\"] }", "parameters.egoKph.mx", "unknown field")]
    [InlineData("\"egoKph\": { \"min\": 60, \"max\": 50 }, \"cls\": { \"set\": [\"wall\"] }", "parameters.egoKph.max", "expected max ≥ min (60), found 50")]
    [InlineData("\"egoKph\": { \"min\": 10, \"max\": 50, \"naturalistic\": { \"normal\": { \"mean\": 30, \"sd\": 0 } } }, \"cls\": { \"set\": [\"wall\"] }", "parameters.egoKph.naturalistic.normal.sd", "expected a number > 0, found 0")]
    [InlineData("\"egoKph\": { \"min\": 10, \"max\": 50, \"naturalistic\": { \"gamma\": { \"k\": 2 } } }, \"cls\": { \"set\": [\"wall\"] }", "parameters.egoKph.naturalistic.gamma", "unknown distribution")]
    [InlineData("\"egoKph\": { \"min\": 10, \"max\": \"fast\" }, \"cls\": { \"set\": [\"wall\"] }", "parameters.egoKph.max", "expected a number, found \"fast\"")]
    [InlineData("\"egoKph\": { \"min\": 10, \"max\": 50 }, \"cls\": { \"set\": [\"wall\", \"pillar\"], \"weights\": [1] }", "parameters.cls.weights", "expected 2 numbers")]
    [InlineData("\"egoKph\": { \"min\": 10, \"max\": 50 }, \"cls\": { \"set\": [\"wall\", \"tree\"] }", "actors[0].class", "expected one of unknown, passengerCar")]
    [InlineData("\"egoKph\": { \"min\": 10, \"max\": 50, \"neutral\": 70 }, \"cls\": { \"set\": [\"wall\"] }", "parameters.egoKph.neutral", "expected a value in [10, 50], found 70")]
    public void Bad_space_files_are_refused_naming_the_field(string parameters, string field, string problem)
    {
        var ex = Assert.Throws<ScenarioFormatException>(() => SpaceLoader.Parse(Space(parameters), "t.json"));
        Assert.StartsWith(field, ex.Field);
        Assert.Contains(problem, ex.Message);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void A_template_whose_expression_overflows_at_the_centre_says_so_in_words_naming_the_field()
    {
        // Fuzz seed 40548: a range of -1e308 to 50 km/h puts the centre near -5e307; 4 * egoKph is then beyond the
        // largest double (1.8e308). The message named the field but quoted "-Infinity" as if the file had written it,
        // and the parameter's value with 308 digits.
        string space = $$"""
            { "space": "t", "parameters": { "egoKph": { "min": -1e308, "max": 50 }, "cls": { "set": ["wall"] } },
              "template": { "durationS": 5, "ego": { "speedKph": 30, "gear": "drive", "holdSpeed": true },
                "actors": [ { "id": "t", "class": "{cls}", "gapM": "{=4 * egoKph}", "speedKph": 0 } ], "expect": { "collision": false } } }
            """;
        var ex = Assert.Throws<ScenarioFormatException>(() => SpaceLoader.Parse(space, "t.json"));
        Assert.Equal("template.actors[0].gapM", ex.Field);
        Assert.StartsWith("t.json", ex.Message);
        Assert.Contains("beyond ±1.8e308", ex.Message);
        Assert.DoesNotContain("Infinity", ex.Message);
        Assert.Contains("egoKph=-5E+307", ex.Message);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void A_constraint_that_does_not_parse_is_refused()
    {
        var ex = Assert.Throws<ScenarioFormatException>(() =>
            SpaceLoader.Parse(Space("\"egoKph\": { \"min\": 10, \"max\": 50 }, \"cls\": { \"set\": [\"wall\"] }", "\"constraints\": [\"egoKph -\"],"), "t.json"));
        Assert.Equal("constraints[0]", ex.Field);
    }

    [Fact]
    public void Every_builtin_space_instantiates_at_its_corners()
    {
        Assert.Contains(SpaceCatalog.Builtin, s => s.Name == "validation-1e-6" && s.KnownProbability == 1e-6);
        foreach (var name in new[] { "forward-aeb", "reverse-aeb", "low-speed-obstacles", "mai", "false-activation", "faults", "validation-1e-6" })
        {
            var space = SpaceCatalog.Resolve(name);
            var v = new double[space.Dimensions];
            var x = new double[space.Dimensions];
            foreach (double corner in new[] { 0.0, 0.999999 })
            {
                Array.Fill(v, corner);
                space.FromSearch(v, x);
                var scenario = space.Instantiate(x, 3, 42);
                Assert.Equal($"{name}-3-42", scenario.Name);
            }
        }
    }

    [Fact]
    public void An_instance_is_a_pure_function_of_space_values_seed_and_index()
    {
        var space = SpaceCatalog.Resolve("forward-aeb");
        double[] x = [72.5, 10, 1.5, 3.1, 0.2, 0.8];
        string a = JsonSerializer.Serialize(space.Instantiate(x, 9, 1234), ScenarioJson.Options);
        string b = JsonSerializer.Serialize(space.Instantiate(x, 9, 1234), ScenarioJson.Options);
        string c = JsonSerializer.Serialize(space.Instantiate(x, 9, 1235), ScenarioJson.Options);
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        var s = space.Instantiate(x, 9, 1234);
        // Hand-computed from the template: gap = (72.5 − 10) / 3.6 × 3.1 = 53.819444 m; duration = 3.1 + 3 s.
        Assert.Equal(53.819444f, s.Actors[0].GapM!.Value, 4);
        Assert.Equal(6.1f, s.DurationS, 5);
        Assert.Equal(0.8f, s.Road.Friction);
    }
}
