using AebController.Scenarios.Exploration.Sampling;
using AebController.Scenarios.Exploration.Spaces;

namespace AebController.Scenarios.Tests.Exploration;

/// <summary>The sampler's mathematics against published tables and hand-computed values.</summary>
public class SamplingMathTests
{
    [Theory]
    // Standard normal upper-tail table: Q(1.959964) = 0.025, Q(3.090232) = 1e-3, Q(4.753424) = 1e-6, Q(5.199338) = 1e-7.
    [InlineData(1.959964, 0.025)]
    [InlineData(3.090232, 1e-3)]
    [InlineData(4.753424, 1e-6)]
    [InlineData(5.199338, 1e-7)]
    public void Normal_upper_tail_matches_the_table(double z, double tail)
    {
        Assert.InRange(NormalMath.UpperTail(z), tail * 0.999, tail * 1.001);
        Assert.InRange(NormalMath.Cdf(-z), tail * 0.999, tail * 1.001);
        Assert.InRange(NormalMath.InverseCdf(1 - tail), z - 1e-4, z + 1e-4);
        Assert.InRange(NormalMath.InverseCdf(tail), -z - 1e-4, -z + 1e-4);
    }

    [Fact]
    public void Radical_inverse_mirrors_the_digits()
    {
        // Base 2: 1 -> 0.1b, 2 -> 0.01b, 3 -> 0.11b; base 3: 1 -> 1/3, 2 -> 2/3, 3 -> 1/9, 4 -> 4/9.
        Assert.Equal(0.5, Halton.RadicalInverse(1, 2));
        Assert.Equal(0.25, Halton.RadicalInverse(2, 2));
        Assert.Equal(0.75, Halton.RadicalInverse(3, 2));
        Assert.Equal(1.0 / 3, Halton.RadicalInverse(1, 3), 12);
        Assert.Equal(2.0 / 3, Halton.RadicalInverse(2, 3), 12);
        Assert.Equal(1.0 / 9, Halton.RadicalInverse(3, 3), 12);
        Assert.Equal(4.0 / 9, Halton.RadicalInverse(4, 3), 12);
    }

    [Fact]
    public void Halton_points_stratify_each_axis_exactly_and_leave_no_grid_cell_empty()
    {
        // Base 2 over 2^10 points (and base 3 over 3^6) are equally spaced sets, shifted mod 1: every bin of
        // width 1/16 (1/27) holds exactly 64 (27). A 16 x 16 grid gets no empty cell (1024 random points
        // would leave about 256·e^-4 ≈ 4.7 cells empty).
        var p = new double[2];
        var xBins = new int[16];
        var cells = new int[16, 16];
        for (int i = 0; i < 1024; i++)
        {
            Halton.Point(7, i, p);
            xBins[(int)(p[0] * 16)]++;
            cells[(int)(p[0] * 16), (int)(p[1] * 16)]++;
        }

        Assert.All(xBins, c => Assert.Equal(64, c));
        foreach (int c in cells) Assert.True(c > 0);
        var yBins = new int[27];
        for (int i = 0; i < 729; i++)
        {
            Halton.Point(7, i, p);
            yBins[(int)(p[1] * 27)]++;
        }

        Assert.All(yBins, c => Assert.Equal(27, c));
    }

    [Fact]
    public void Truncated_quantiles_stay_in_range_and_hit_the_tails()
    {
        var normal = new Distribution(DistributionKind.Normal, 27.25, 6);
        // Median of N(27.25, 6) truncated to [0, 120] is within 1e-3 of the mean (hardly any mass cut off).
        Assert.InRange(normal.Quantile(0.5, 0, 120), 27.249, 27.251);
        // The 1 − 1e-6 quantile is mean + 4.753424 sd.
        Assert.InRange(normal.Quantile(1 - 1e-6, 0, 120), 27.25 + 6 * 4.7533, 27.25 + 6 * 4.7535);
        var exp = new Distribution(DistributionKind.Exponential, 15);
        // Median of an exponential with mean 15, untruncated-ish (cut at 1000): 15 ln 2.
        Assert.InRange(exp.Quantile(0.5, 0, 1000), 15 * Math.Log(2) - 1e-6, 15 * Math.Log(2) + 1e-6);
        // Truncated at 10: the 1 − 1e-6 quantile sits just below the cut: 10 − 15·(1e-6·(1 − e^(−2/3)))/e^(−2/3).
        double expected = 10 - 15 * (1e-6 * (1 - Math.Exp(-10.0 / 15)) / Math.Exp(-10.0 / 15));
        Assert.Equal(expected, exp.Quantile(0.999999, 0, 10), 9);
    }
}
