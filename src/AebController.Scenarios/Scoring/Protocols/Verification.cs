namespace AebController.Scenarios.Scoring.Protocols;

/// <summary>
/// Euro NCAP 2026 verification (FC v1.1 §4.2; the rating calculator's worked table of §4.2.4):
/// a tested cell is correct when its measured colour is the predicted one; within tolerance when the
/// impact speed lies in the predicted band widened by 2 km/h both ways (the widened lower edge stops at
/// 0, and Green accepts v &lt; 2 strictly) — then the predicted colour is applied; a better colour than
/// predicted also counts as correct. The share of correct tests scales the range's points through
/// the protocol's table (VTA-run tests: 3 tests → 100/67/33/0 %, 5 → 100/80/60/40/20/0 %).
/// </summary>
public static class Verification
{
    /// <summary>Impact-speed tolerance of a verification test, km/h; only for relative-impact-speed criteria.</summary>
    public const float ToleranceKph = 2f;

    public static (VerificationResult Result, Colour Applied) Check(BandTable row, Colour predicted, float impactKph, float toleranceKph = ToleranceKph)
    {
        var measured = row.Of(impactKph);
        if (measured == predicted) return (VerificationResult.Correct, measured);
        if (row.Bounds(predicted) is (float lower, float upper))
        {
            bool lowest = float.IsNegativeInfinity(lower);
            bool inside = lowest
                ? impactKph < upper + toleranceKph
                : impactKph > MathF.Max(lower - toleranceKph, 0f) && impactKph <= upper + toleranceKph;
            if (inside && toleranceKph > 0f) return (VerificationResult.InTolerance, predicted);
        }

        return (VerificationResult.Incorrect, measured);
    }

    /// <summary>A verification test counts for the prediction when correct, within tolerance, or better than predicted.</summary>
    public static bool Counts(VerificationResult result, Colour predicted, Colour applied) =>
        result != VerificationResult.Incorrect || applied < predicted;

    /// <summary>Share of the range's points kept after verification: tests run by the assessor (VTA).</summary>
    public static float Factor(int tests, int correct) => Factor(tests, correct, selfClaimed: false, extended: false);

    /// <summary>
    /// Share of the range's points kept after verification (the assessor's table, as the rating calculator holds it).
    /// VTA (tests run by the assessor): 5 → 100/80/60/40/20/0 %, 4 → 100/75/50/25/0 %, 3 → 100/67/33/0 %, 2 → 100/50/0 %,
    /// 1 → 100/0 %, the same for both ranges. Self-claimed predictions lose everything below the second step: standard
    /// 5 → 100/80 %, 4 → 100/75 %, 3 → 100/67 %, 2 → 100/50 %, else 0; extended 2 → 100 % only.
    /// </summary>
    public static float Factor(int tests, int correct, bool selfClaimed, bool extended)
    {
        if (tests == 0) return 1f;
        if (tests < 0 || tests > 5) throw new ArgumentOutOfRangeException(nameof(tests), tests, "the protocol verifies 1 to 5 cells per range");
        if (extended && tests > 2) throw new ArgumentOutOfRangeException(nameof(tests), tests, "the extended range is verified by at most 2 cells");
        correct = Math.Clamp(correct, 0, tests);
        float[] vta = tests switch
        {
            5 => [0f, 20f, 40f, 60f, 80f, 100f],
            4 => [0f, 25f, 50f, 75f, 100f],
            3 => [0f, 33f, 67f, 100f],
            2 => [0f, 50f, 100f],
            _ => [0f, 100f],
        };
        if (!selfClaimed) return vta[correct] / 100f;
        if (correct == tests) return 1f;
        if (extended) return 0f;
        return correct == tests - 1 ? vta[correct] / 100f : 0f;
    }
}
