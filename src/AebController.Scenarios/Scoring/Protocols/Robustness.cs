namespace AebController.Scenarios.Scoring.Protocols;

/// <summary>Euro NCAP 2026 robustness layers (FC v1.1 §4.2.2; the rating calculator's layer list).</summary>
public enum RobustnessLayer
{
    DriverInputPreCrash,
    Speed,
    Acceleration,
    InitialPositionOffset,
    TrajectoryHeading,
    Type,
    Appearance,
    AdverseWeather,
    IlluminationNight,
    IlluminationSunGlare,
    IlluminationHeadlampGlare,
    InfrastructureClutter,
    ObscurationObstruction,
    ImpactLocation,
}

/// <summary>How a robustness verification test is judged: its colour not Red, or at least the predicted colour.</summary>
public enum RobustnessCriterion
{
    NotRed,
    SameOrBetterThanPredicted,
}

/// <summary>
/// One scenario's robustness claim and its verification, as the assessor records them: the scenario's robustness
/// points, how many layers apply to it (the Euro NCAP robustness sheet), which ones the maker claims, which claimed
/// layer was tested (null: none of the claimed layers is in the test pool) and whether its verification held, and
/// the scenario's standard-range score after verification with its maximum.
/// </summary>
public sealed record RobustnessInput(
    string Scenario,
    string StageSubelement,
    float RobustnessPoints,
    int Applicable,
    IReadOnlyCollection<RobustnessLayer> Claimed,
    RobustnessLayer? Tested,
    bool TestedHeld,
    float StandardFinal,
    float StandardMax);

/// <summary>
/// A scenario's robustness points: <see cref="PerLayer"/> = points / applicable layers; <see cref="Points"/> after the
/// tested layer's verdict, the 50 % standard-range threshold and the cross-scenario rule; <see cref="Why"/> says which applied.
/// </summary>
public sealed record RobustnessScore(string Scenario, float Points, float PerLayer, bool Failed, RobustnessLayer? Tested, string Why);

/// <summary>
/// Robustness-layer scoring as Euro NCAP 2026 writes it (FC v1.1 §4.2.2; checked against the rating calculator's
/// worked figures, our own implementation):
/// <list type="bullet">
/// <item>a scenario's robustness points are split evenly over its applicable layers (R / n per layer);</item>
/// <item>the maker claims layers; the assessor tests one claimed layer drawn from the Frontal Collisions pool
/// (driver input pre-crash, speed, acceleration, initial position offset, trajectory/heading) on the standard
/// verification tests; the claimed layers not tested earn R / n each without test; the tested one earns R / n
/// only when its verification holds (claimed c, held: R·c/n; failed: R·(c−1)/n);</item>
/// <item>the robustness points count only when the scenario's standard-range score after verification reaches 50 %
/// of its standard maximum;</item>
/// <item>a layer that fails in two or more scenarios of one collision partner (car, PTW, pedestrian, bicyclist) within
/// one stage subelement fails for every scenario of that partner there that claimed it: each loses R / n for it
/// (not again where it was that scenario's own failed test), never below 0.</item>
/// </list>
/// </summary>
public static class Robustness
{
    /// <summary>The layers the assessor draws the tested one from in Frontal Collisions.</summary>
    public static readonly IReadOnlyList<RobustnessLayer> FrontalPool =
    [
        RobustnessLayer.DriverInputPreCrash, RobustnessLayer.Speed, RobustnessLayer.Acceleration,
        RobustnessLayer.InitialPositionOffset, RobustnessLayer.TrajectoryHeading,
    ];

    /// <summary>The collision partner of a scenario (its name without day/night or the CPTA/CBTA side suffix), null if none.</summary>
    public static string? CollisionPartner(string scenario)
    {
        string s = scenario.Split(' ')[0];
        if (s.StartsWith("CPTA", StringComparison.Ordinal)) s = "CPTA";
        if (s.StartsWith("CBTA", StringComparison.Ordinal)) s = "CBTA";
        return s switch
        {
            "CCRs" or "CCRm" or "CCRb" or "CCFhos" or "CCFhol" or "CCFtap" or "CCCscp" => "car",
            "CMRs" or "CMRb" or "CMFtap" or "CMCscp" => "PTW",
            "CPNA" or "CPFA" or "CPLA" or "CPNCO" or "CPTA" => "pedestrian",
            "CBNA" or "CBFA" or "CBNAO" or "CBTA" => "bicyclist",
            _ => null,
        };
    }

    private const RobustnessCriterion NotRed = RobustnessCriterion.NotRed, Same = RobustnessCriterion.SameOrBetterThanPredicted;

    /// <summary>
    /// The verification conditions of the Frontal Collisions pool layers per scenario (FC v1.1 §4.2.2's table as the
    /// rating calculator lists it); the assessor draws one condition when a layer has two. Empty: the layer has no
    /// verification condition for that scenario.
    /// </summary>
    public static IReadOnlyList<(string Condition, RobustnessCriterion Criterion)> Conditions(RobustnessLayer layer, string scenario)
    {
        string s = scenario.Split(' ')[0];
        if (s.StartsWith("CPTA", StringComparison.Ordinal)) s = "CPTA";
        if (s.StartsWith("CBTA", StringComparison.Ordinal)) s = "CBTA";
        return (layer, s) switch
        {
            (RobustnessLayer.DriverInputPreCrash, _) when CollisionPartner(s) is not null =>
                [("steer and throttle condition (see protocol)", Same)],
            (RobustnessLayer.Speed, "CCFhos" or "CCFhol") => [("+5 km/h", NotRed), ("-5 km/h", NotRed)],
            (RobustnessLayer.Speed, "CCFtap" or "CMFtap" or "CCCscp" or "CMCscp") => [("+5 km/h", Same), ("-5 km/h", Same)],
            (RobustnessLayer.Speed, "CPTA") => [("+3 km/h", Same)],
            (RobustnessLayer.Speed, "CBTA") => [("+5 km/h", Same)],
            (RobustnessLayer.Speed, "CPNA" or "CPFA" or "CPNCO") => [("+3 km/h", NotRed), ("-2 km/h", Same)],
            (RobustnessLayer.Speed, "CBNA" or "CBFA" or "CBNAO") => [("+5 km/h", NotRed), ("-3 km/h", Same)],
            (RobustnessLayer.Acceleration, "CCRb" or "CMRb") => [("-2 m/s²", NotRed), ("+2 m/s²", Same)],
            (RobustnessLayer.InitialPositionOffset, "CPNA" or "CPFA" or "CBNA" or "CBFA" or "CPNCO" or "CBNAO") =>
                [("-25 % of the distance to the impact point", NotRed)],
            (RobustnessLayer.InitialPositionOffset, "CPTA") => [("-25 % of the distance to the impact point", Same)],
            (RobustnessLayer.InitialPositionOffset, "CCFtap" or "CMFtap" or "CBTA") => [("+0.5 m path offset", Same), ("-0.5 m path offset", Same)],
            (RobustnessLayer.InitialPositionOffset, "CCRb" or "CMRb") => [("+0.5 s time headway", NotRed), ("-0.5 s time headway", NotRed)],
            (RobustnessLayer.TrajectoryHeading, "CCRs" or "CMRs" or "CPNA" or "CPFA" or "CBNA" or "CBFA" or "CPNCO" or "CBNAO") =>
                [("+20° (rotation around the impact point)", Same), ("-20° (rotation around the impact point)", Same)],
            _ => [],
        };
    }

    /// <summary>
    /// Whether one robustness verification test holds: Not Red reads the measured colour (no tolerance: FC §4.2.4 scopes
    /// the 2 km/h tolerance to checking a prediction); Same or better than predicted is the verification rule (correct,
    /// within tolerance, or a better colour). Avoidance-only criteria pass <paramref name="toleranceKph"/> 0.
    /// </summary>
    public static bool Holds(RobustnessCriterion criterion, BandTable row, Colour predicted, float impactKph, float toleranceKph = Verification.ToleranceKph)
    {
        if (criterion == RobustnessCriterion.NotRed) return row.Of(impactKph) != Colour.Red;
        var (result, applied) = Verification.Check(row, predicted, impactKph, toleranceKph);
        return Verification.Counts(result, predicted, applied);
    }

    /// <summary>True when <paramref name="score"/> reaches half of <paramref name="max"/> (both taken to 6 decimals).</summary>
    public static bool MeetsHalf(float score, float max) =>
        Math.Round((double)score, 6, MidpointRounding.AwayFromZero) >= Math.Round(0.5 * max, 6, MidpointRounding.AwayFromZero);

    /// <summary>One scenario on its own (before the cross-scenario rule).</summary>
    public static RobustnessScore Score(RobustnessInput x)
    {
        if (x.Applicable <= 0 || x.RobustnessPoints <= 0f)
        {
            return new RobustnessScore(x.Scenario, 0f, 0f, false, x.Tested, "no robustness layers apply");
        }

        int claimed = x.Claimed.Count;
        if (claimed > x.Applicable)
        {
            throw new ArgumentException($"{x.Scenario}: {claimed} layers claimed but only {x.Applicable} apply", nameof(x));
        }

        if (x.Tested is RobustnessLayer t && !x.Claimed.Contains(t))
        {
            throw new ArgumentException($"{x.Scenario}: tested layer {t} was not claimed", nameof(x));
        }

        float perLayer = x.RobustnessPoints / x.Applicable;
        bool failed = !x.TestedHeld;
        float points = claimed == 0 ? 0f : perLayer * (failed ? claimed - 1 : claimed);
        string why = $"{claimed} of {x.Applicable} layers claimed, "
            + (x.Tested is RobustnessLayer tested ? $"{tested} tested: {(failed ? "failed" : "held")}" : failed ? "verification failed" : "no pool layer tested");
        if (!MeetsHalf(x.StandardFinal, x.StandardMax))
        {
            points = 0f;
            why += $"; standard range {x.StandardFinal:0.###} below half of {x.StandardMax:0.###}: no robustness points";
        }

        return new RobustnessScore(x.Scenario, points, perLayer, failed, x.Tested, why);
    }

    /// <summary>Every scenario, then the cross-scenario rule within each stage subelement.</summary>
    public static IReadOnlyList<RobustnessScore> Score(IReadOnlyList<RobustnessInput> inputs)
    {
        var scores = inputs.Select(Score).ToArray();
        var failures = new Dictionary<(string Sub, string Partner, RobustnessLayer Layer), int>();
        for (int i = 0; i < inputs.Count; i++)
        {
            if (!scores[i].Failed || inputs[i].Tested is not RobustnessLayer layer) continue;
            if (CollisionPartner(inputs[i].Scenario) is not string partner) continue;
            var key = (inputs[i].StageSubelement, partner, layer);
            failures[key] = failures.GetValueOrDefault(key) + 1;
        }

        foreach (var ((sub, partner, layer), count) in failures)
        {
            if (count < 2) continue;
            for (int i = 0; i < inputs.Count; i++)
            {
                var x = inputs[i];
                if (x.StageSubelement != sub || CollisionPartner(x.Scenario) != partner || x.Applicable <= 0) continue;
                if (scores[i].Failed && x.Tested == layer) continue;
                if (!x.Claimed.Contains(layer)) continue;
                float reduced = MathF.Max(0f, scores[i].Points - scores[i].PerLayer);
                scores[i] = scores[i] with
                {
                    Points = reduced,
                    Why = scores[i].Why + $"; {layer} failed in {count} {partner} scenarios: fails here too",
                };
            }
        }

        return scores;
    }
}
