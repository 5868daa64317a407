using AebController.Scenarios.Exploration.Sampling;
using AebController.Scenarios.Exploration.Spaces;

namespace AebController.Scenarios.Exploration.Estimation;

/// <summary>
/// P(failure) of one encounter drawn from a space's naturalistic distribution, by importance sampling
/// with a proposal found by the cross-entropy method (Rubinstein & Kroese). Each parameter is mapped from
/// a standard normal z through its naturalistic quantile, so the nominal law is N(0, I) in z; the proposal
/// is N(μ, diag σ²). Level by level, the ρ-share of samples with the least robustness (the elite) refits
/// μ, σ with likelihood-ratio weights, until the elite threshold reaches failure (robustness ≤ 0); then
/// fresh samples from the final proposal give the unbiased estimate p = mean(W · 1[fail]) with
/// W = φ(z) / q(z), and its 95 % interval from the sample variance; with constraints, divided by the
/// nominal share of valid points (P(fail | valid encounter)). Every sample is a pure function of (seed, level, index).
/// </summary>
public static class CrossEntropyEstimator
{
    /// <param name="evaluatorFactory">Makes one evaluator per worker (each keeps its own runner).</param>
    public static EstimateResult Estimate(ScenarioSpace space, ulong seed, EstimateOptions options, int jobs,
        Func<Func<double[], long, Evaluation>> evaluatorFactory, Action<string>? log = null)
    {
        int d = space.Dimensions;
        var mu = new double[d];
        var sigma = Enumerable.Repeat(1.0, d).ToArray();
        long runs = 0;
        int levels = 0;
        for (int level = 0; level < options.MaxLevels; level++)
        {
            var (z, logW, eval) = Sample(space, seed, (ulong)level, options.SamplesPerLevel, mu, sigma, jobs, evaluatorFactory, level * (long)options.SamplesPerLevel);
            runs += options.SamplesPerLevel;
            levels++;
            var scores = eval.Select(e => e.Valid ? e.Robustness : double.PositiveInfinity).ToArray();
            var sorted = scores.Order().ToArray();
            double gamma = sorted[Math.Clamp((int)Math.Ceiling(options.Rho * sorted.Length) - 1, 0, sorted.Length - 1)];
            bool reached = gamma <= 0;
            if (reached) gamma = 0;
            if (double.IsPositiveInfinity(gamma)) break;

            // Weighted refit of the proposal to the elite (the likelihood ratio keeps it aimed at the nominal law's failure region).
            double maxLog = double.NegativeInfinity;
            for (int j = 0; j < scores.Length; j++) if (scores[j] <= gamma) maxLog = Math.Max(maxLog, logW[j]);
            var newMu = new double[d];
            var newSigma = new double[d];
            double sw = 0;
            for (int j = 0; j < scores.Length; j++)
            {
                if (scores[j] > gamma) continue;
                double w = Math.Exp(logW[j] - maxLog);
                sw += w;
                for (int i = 0; i < d; i++) newMu[i] += w * z[j][i];
            }

            for (int i = 0; i < d; i++) newMu[i] /= sw;
            for (int j = 0; j < scores.Length; j++)
            {
                if (scores[j] > gamma) continue;
                double w = Math.Exp(logW[j] - maxLog);
                for (int i = 0; i < d; i++) newSigma[i] += w * (z[j][i] - newMu[i]) * (z[j][i] - newMu[i]);
            }

            for (int i = 0; i < d; i++)
            {
                double s = Math.Sqrt(newSigma[i] / sw);
                mu[i] = options.Smoothing * newMu[i] + (1 - options.Smoothing) * mu[i];
                sigma[i] = Math.Max(options.MinSigma, options.Smoothing * s + (1 - options.Smoothing) * sigma[i]);
            }

            log?.Invoke($"level {level}: threshold {gamma:G4}, proposal mean [{string.Join(", ", mu.Select(m => m.ToString("0.00")))}]");
            if (reached) break;
        }

        var (fz, flogW, feval) = Sample(space, seed, 0xF1A1UL, options.FinalSamples, mu, sigma, jobs, evaluatorFactory, 1L << 40);
        runs += options.FinalSamples;
        int n = options.FinalSamples;
        var y = new double[n];
        for (int j = 0; j < n; j++) y[j] = feval[j].Valid && feval[j].Failed ? Math.Exp(flogW[j]) : 0;

        // Unbiased: p = E_q[W · 1(fail)] / P(valid). (A self-normalised ratio would be dragged toward the
        // failing share when the proposal sits far from the nominal law.) P(valid) needs no simulation:
        // the constraints are checked on nominal draws.
        double valid = ValidShare(space, seed);
        double p = y.Average() / valid;
        double v = 0;
        for (int j = 0; j < n; j++) v += (y[j] / valid - p) * (y[j] / valid - p);
        double se = Math.Sqrt(v / (n - 1) / n);
        double sumF = y.Sum(), sumF2 = y.Sum(t => t * t);
        long failures = feval.Count(e => e.Valid && e.Failed);
        double relative = p > 0 ? se / p : double.PositiveInfinity;
        double naive = p > 0 && se > 0 ? p * (1 - p) / (se * se) : double.PositiveInfinity;
        return new EstimateResult(p, Math.Max(0, p - 1.96 * se), p + 1.96 * se, runs, naive, relative, levels, failures,
            sumF2 > 0 ? sumF * sumF / sumF2 : 0, sumF > 0 ? y.Max() / sumF : 0, mu, sigma, space.KnownProbability);
    }

    /// <summary>Share of nominal draws that meet the space's constraints (1 without constraints).</summary>
    public static double ValidShare(ScenarioSpace space, ulong seed, int draws = 100_000)
    {
        if (space.Constraints.Count == 0) return 1;
        var u = new double[space.Dimensions];
        var values = new double[space.Dimensions];
        int valid = 0;
        for (int j = 0; j < draws; j++)
        {
            var rng = SplitMix64.For(seed, 0xDA11DUL, (ulong)j);
            for (int i = 0; i < u.Length; i++) u[i] = rng.NextDouble();
            space.FromNaturalistic(u, values);
            if (space.IsValid(values)) valid++;
        }

        return Math.Max(1, valid) / (double)draws;
    }

    private static (double[][] Z, double[] LogW, Evaluation[] Eval) Sample(ScenarioSpace space, ulong seed, ulong stream, int count,
        double[] mu, double[] sigma, int jobs, Func<Func<double[], long, Evaluation>> evaluatorFactory, long indexBase)
    {
        int d = space.Dimensions;
        var z = new double[count][];
        var logW = new double[count];
        var eval = new Evaluation[count];
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, evaluatorFactory, (j, _, evaluate) =>
        {
            var rng = SplitMix64.For(seed, 0xCE00UL + stream, (ulong)j);
            var zj = new double[d];
            var u = new double[d];
            double lw = 0;
            for (int i = 0; i < d; i++)
            {
                double e = rng.NextGaussian();
                zj[i] = mu[i] + sigma[i] * e;
                // log φ(z) − log(φ(e)/σ): nominal over proposal density.
                lw += -0.5 * zj[i] * zj[i] + 0.5 * e * e + Math.Log(sigma[i]);
                u[i] = NormalMath.Cdf(zj[i]);
                u[i] = Math.Clamp(u[i], 1e-300, 1 - 1e-16);
            }

            var values = new double[d];
            space.FromNaturalistic(u, values);
            z[j] = zj;
            logW[j] = lw;
            eval[j] = evaluate(values, indexBase + j);
            return evaluate;
        }, _ => { });
        return (z, logW, eval);
    }
}
