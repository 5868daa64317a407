using AebController.Scenarios.OpenScenario;

namespace AebController.Scenarios.Tests.OpenScenario;

/// <summary>Expressions of ASAM OpenSCENARIO 1.2 (9.4), judged against values worked by hand.</summary>
public class OscExpressionTests
{
    private static double Eval(string text) => OscExpression.Evaluate(text, name => name switch
    {
        "Ego_speed_kph" => 50,
        "Overlap" => -75,
        "GVT_width" => 1.712,
        "Ego_width" => 1.815,
        _ => throw new KeyNotFoundException(name),
    });

    [Theory]
    [InlineData("$Ego_speed_kph/3.6", 13.888888888888889)]
    [InlineData("1 + 2 * 3", 7)]
    [InlineData("(1 + 2) * 3", 9)]
    [InlineData("-2 ** 2", -4)]
    [InlineData("2 ** 3 ** 2", 512)]
    [InlineData("10 % 4", 2)]
    [InlineData("sign(-3) + abs(-2.5) + min(1, 2) + max(1, 2)", 4.5)]
    [InlineData("round(2.5) + floor(-1.5) + ceil(1.2)", 3 - 2 + 2)]
    [InlineData("sqrt(16) + pow(2, 10)", 1028)]
    [InlineData("1 < 2 and not (2 <= 1) or false", 1)]
    [InlineData("3 == 3.0", 1)]
    [InlineData("3 != 3", 0)]
    [InlineData("2 * pi", 6.283185307179586)]
    public void Evaluates_as_worked_by_hand(string text, double expected) => Assert.Equal(expected, Eval(text), 12);

    [Fact]
    public void The_overlap_offset_of_the_public_CCR_files_gives_the_protocol_offset()
    {
        // Euro NCAP: at -75 % overlap the target's centre lies (1 - 0.75) × vehicle width to the right of the ego's;
        // the files' formula with the GVT's and ego's widths: -(1.712/2 - 1.815 × 0.25) = -0.40225 m.
        double offset = Eval("sign($Overlap)*min(1.0,100.0-$Overlap)*($GVT_width/2-$Ego_width*((abs($Overlap)-50.0)/100.0))");
        Assert.Equal(-(1.712 / 2 - 1.815 * 0.25), offset, 12);
    }

    [Theory]
    [InlineData("1 +")]
    [InlineData("(1 + 2")]
    [InlineData("foo(1)")]
    [InlineData("min(1)")]
    [InlineData("1 2")]
    public void Malformed_expressions_are_refused(string text) => Assert.Throws<FormatException>(() => Eval(text));
}
