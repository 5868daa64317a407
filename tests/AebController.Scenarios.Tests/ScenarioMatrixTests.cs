using AebController.Scenarios.Catalog;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Matrix;

namespace AebController.Scenarios.Tests;

public class ScenarioMatrixTests
{
    [Fact]
    public void Expressions_follow_arithmetic_precedence()
    {
        var vars = new Dictionary<string, double> { ["speed"] = 36 };
        Assert.Equal(52.0, MatrixExpression.Evaluate("speed / 3.6 * 5 + 2", vars), 6);
        Assert.Equal(-6.0, MatrixExpression.Evaluate("-(speed - 30)", vars), 6);
        Assert.Equal(30.0, MatrixExpression.Evaluate("min(speed, 30)", vars), 6);
        Assert.Throws<FormatException>(() => MatrixExpression.Evaluate("sped * 2", vars));
    }

    [Fact]
    public void A_matrix_expands_into_one_case_per_combination()
    {
        const string matrix = """
            { "matrix": "m", "axes": { "a": [1, 2, 3], "b": [10, 20] },
              "template": { "name": "c-{a}-{b}", "durationS": "{=a + 1}", "ego": { "speedKph": "{=b}" } } }
            """;
        var cases = ScenarioMatrix.Expand(matrix, "m.json");
        Assert.Equal(6, cases.Count);
        Assert.Equal("c-3-20", cases[^1].Name);
        Assert.Equal(4f, cases[^1].DurationS);
        Assert.Equal(20f, cases[^1].Ego.SpeedKph);
    }

    [Fact]
    public void A_bad_expression_names_the_template_field()
    {
        const string matrix = """
            { "matrix": "m", "axes": { "a": [1] },
              "template": { "name": "c", "durationS": "{=a +}", "ego": { "speedKph": 1 } } }
            """;
        var ex = Assert.Throws<ScenarioFormatException>(() => ScenarioMatrix.Expand(matrix, "m.json"));
        Assert.Equal("template.durationS", ex.Field);
    }

    [Theory]
    [InlineData("n{b}", "template.name", "expected {axis} to name an axis (a), found '{b}', which names no axis")]
    [InlineData("n{a}", "template.description", "expected {axis} to name an axis (a), found '{speed}', which names no axis")]
    public void A_placeholder_that_names_no_axis_is_refused_naming_it_and_the_axes(string name, string field, string problem)
    {
        string matrix = """
            { "matrix": "m", "axes": { "a": [1] },
              "template": { "name": "NAME", "description": "at {speed} km/h", "durationS": 6, "ego": { "speedKph": 1 } } }
            """.Replace("NAME", name, StringComparison.Ordinal);
        var ex = Assert.Throws<ScenarioFormatException>(() => ScenarioMatrix.Expand(matrix, "m.json"));
        Assert.Equal(field, ex.Field);
        Assert.Equal(problem, ex.Problem);
    }

    [Fact]
    public void Braces_that_hold_no_name_stay_text()
    {
        const string matrix = """
            { "matrix": "m", "axes": { "a": [1] },
              "template": { "name": "n{a}", "description": "{} {1} {x y} {=a}}", "durationS": 6, "ego": { "speedKph": 1 } } }
            """;
        Assert.Equal("{} {1} {x y} {=a}}", Assert.Single(ScenarioMatrix.Expand(matrix, "m.json")).Description);
    }

    [Fact]
    public void A_text_axis_in_an_expression_is_refused_as_a_text_not_as_an_unknown_name()
    {
        const string matrix = """
            { "matrix": "m", "axes": { "cls": ["pedestrian"], "kph": [20] },
              "template": { "name": "c", "durationS": "{=cls * 2}", "ego": { "speedKph": "{=kph}" } } }
            """;
        var ex = Assert.Throws<ScenarioFormatException>(() => ScenarioMatrix.Expand(matrix, "m.json"));
        Assert.Equal("m.json", ex.File);
        Assert.Equal("template.durationS", ex.Field);
        Assert.StartsWith("expected numbers in expression 'cls * 2', found 'cls', whose value is a text (here \"pedestrian\")", ex.Problem);
        Assert.Contains("\"{cls}\"", ex.Problem);
        Assert.DoesNotContain("unknown", ex.Problem);
    }

    [Fact]
    public void A_text_axis_in_an_exclude_is_refused_naming_the_exclude()
    {
        const string matrix = """
            { "matrix": "m", "axes": { "cls": ["pedestrian"] }, "exclude": ["cls - 1"],
              "template": { "name": "c-{cls}", "durationS": 3, "ego": { "speedKph": 20 } } }
            """;
        var ex = Assert.Throws<ScenarioFormatException>(() => ScenarioMatrix.Expand(matrix, "m.json"));
        Assert.Equal("exclude[0]", ex.Field);
        Assert.Contains("found 'cls', whose value is a text (here \"pedestrian\")", ex.Problem);
    }

    [Fact]
    public void An_unknown_name_in_an_expression_lists_the_numbers_there_are()
    {
        const string matrix = """
            { "matrix": "m", "axes": { "kph": [20], "gapM": [5] },
              "template": { "name": "c", "durationS": "{=kpj / 3.6}", "ego": { "speedKph": "{=kph}" } } }
            """;
        var ex = Assert.Throws<ScenarioFormatException>(() => ScenarioMatrix.Expand(matrix, "m.json"));
        Assert.Equal("template.durationS", ex.Field);
        Assert.Equal("expected a known variable in expression 'kpj / 3.6', found unknown variable 'kpj' (the numbers here are gapM, kph)", ex.Problem);
    }

    [Fact]
    public void The_euro_ncap_car_to_car_matrices_give_the_protocol_case_counts()
    {
        var catalog = ScenarioCatalog.Builtin;
        Assert.Equal(75, catalog.WithTag("ccrs").Count); // 10–80 km/h in 5 km/h steps × 5 overlaps
        Assert.Equal(55, catalog.WithTag("ccrm").Count); // 30–80 km/h × 5 overlaps
        Assert.Equal(4, catalog.WithTag("ccrb").Count);  // 12/40 m × 2/6 m/s²
    }
}
