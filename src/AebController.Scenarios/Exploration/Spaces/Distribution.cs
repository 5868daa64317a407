using AebController.Scenarios.Exploration.Sampling;

namespace AebController.Scenarios.Exploration.Spaces;

/// <summary>
/// A naturalistic distribution of one continuous parameter, truncated to [min, max]:
/// uniform, normal (mean, sd), log-normal (median, sigma of the logarithm) or exponential (mean).
/// </summary>
public sealed record Distribution(DistributionKind Kind, double A = 0, double B = 0)
{
    public static Distribution Uniform { get; } = new(DistributionKind.Uniform);

    /// <summary>Untruncated CDF.</summary>
    public double Cdf(double x) => Kind switch
    {
        DistributionKind.Normal => NormalMath.Cdf((x - A) / B),
        DistributionKind.LogNormal => x <= 0 ? 0 : NormalMath.Cdf(Math.Log(x / A) / B),
        DistributionKind.Exponential => x <= 0 ? 0 : 1 - Math.Exp(-x / A),
        _ => 0,
    };

    /// <summary>Untruncated upper tail 1 − CDF, kept accurate far out (the rare events live there).</summary>
    public double UpperTail(double x) => Kind switch
    {
        DistributionKind.Normal => NormalMath.UpperTail((x - A) / B),
        DistributionKind.LogNormal => x <= 0 ? 1 : NormalMath.UpperTail(Math.Log(x / A) / B),
        DistributionKind.Exponential => x <= 0 ? 1 : Math.Exp(-x / A),
        _ => 0,
    };

    /// <summary>Untruncated density.</summary>
    public double Density(double x) => Kind switch
    {
        DistributionKind.Normal => NormalMath.Density((x - A) / B) / B,
        DistributionKind.LogNormal => x <= 0 ? 0 : NormalMath.Density(Math.Log(x / A) / B) / (B * x),
        DistributionKind.Exponential => x < 0 ? 0 : Math.Exp(-x / A) / A,
        _ => 1,
    };

    /// <summary>The value at probability <paramref name="u"/> of the distribution truncated to [min, max].</summary>
    public double Quantile(double u, double min, double max)
    {
        if (Kind == DistributionKind.Uniform) return min + u * (max - min);
        // Work from whichever tail keeps the digits: the upper tail for the right half.
        double lowTail = Cdf(min), highTail = UpperTail(max);
        double mass = 1 - lowTail - highTail;
        double x;
        if (u > 0.5)
        {
            double upper = highTail + (1 - u) * mass; // P(X > x) wanted
            x = Kind switch
            {
                DistributionKind.Normal => A + B * -NormalMath.InverseCdf(upper),
                DistributionKind.LogNormal => A * Math.Exp(B * -NormalMath.InverseCdf(upper)),
                _ => -A * Math.Log(upper),
            };
        }
        else
        {
            double lower = lowTail + u * mass;
            x = Kind switch
            {
                DistributionKind.Normal => A + B * NormalMath.InverseCdf(lower),
                DistributionKind.LogNormal => A * Math.Exp(B * NormalMath.InverseCdf(lower)),
                _ => -A * Math.Log(1 - lower),
            };
        }

        return Math.Clamp(x, min, max);
    }

    /// <summary>Density of the truncated distribution relative to a uniform one over [min, max] (1 where they agree).</summary>
    public double WeightAgainstUniform(double x, double min, double max)
    {
        if (Kind == DistributionKind.Uniform) return 1;
        double mass = 1 - Cdf(min) - UpperTail(max);
        return Density(x) / mass * (max - min);
    }
}
