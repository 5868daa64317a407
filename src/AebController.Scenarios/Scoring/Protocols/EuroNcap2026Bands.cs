namespace AebController.Scenarios.Scoring.Protocols;

/// <summary>
/// Euro NCAP 2026 (Crash Avoidance – Frontal Collisions v1.1 §5.2; the rating calculator's
/// mitigation-or-avoidance bands): colour of a cell from its relative impact speed, by the VUT test
/// speed. 10 and 20 km/h: avoided is Green, anything else Red. 30 km/h: Brown up to 10 km/h.
/// 40 km/h: Orange up to 10, Brown up to 20. 50 km/h and above: Yellow up to 10, Orange up to 20,
/// Brown up to 30, Red above. Each band closes at its upper bound.
/// </summary>
public static class EuroNcap2026Bands
{
    private const float Inf = float.PositiveInfinity;

    private static readonly BandTable AvoidOnly = new(true, (Colour.Green, 0f), (Colour.Red, Inf));
    private static readonly BandTable At30 = new(true, (Colour.Green, 0f), (Colour.Brown, 10f), (Colour.Red, Inf));
    private static readonly BandTable At40 = new(true, (Colour.Green, 0f), (Colour.Orange, 10f), (Colour.Brown, 20f), (Colour.Red, Inf));
    private static readonly BandTable From50 = new(true, (Colour.Green, 0f), (Colour.Yellow, 10f), (Colour.Orange, 20f), (Colour.Brown, 30f), (Colour.Red, Inf));

    /// <summary>
    /// Head-on scenarios (CCFhos, CCFhol) are scored on the VUT's speed reduction, not on the impact speed:
    /// up to 10 km/h Red, up to 20 Orange, above 20 Green (the rating calculator's mitigation thresholds 10/20/30;
    /// 2023's table is monotone too: 0.25 from a 20 km/h reduction). FC v1.1 asks the manufacturer's dossier
    /// for a claimed reduction above 35 km/h; a larger reduction is never a worse result (the first release read
    /// the calculator's last threshold as "above 30 Red", which scored a car that stops for an oncoming car
    /// below one that keeps going at 50 km/h). docs/conformance.md is the dossier: the closed-loop trace.
    /// </summary>
    public static BandTable HeadOnReduction { get; } = new(true, (Colour.Red, 10f), (Colour.Orange, 20f), (Colour.Green, Inf));

    /// <summary>FC v1.1: a reduction claimed above this needs the manufacturer's dossier.</summary>
    public const float HeadOnDossierAboveKph = 35f;

    /// <summary>Avoidance-only scenarios (turning, crossing, Low Speed Collisions): Green at 0, Red above.</summary>
    public static BandTable Avoidance => AvoidOnly;

    /// <summary>The band row of a test speed. The protocol's grids use 10 km/h steps; other speeds have no row.</summary>
    public static BandTable For(float testSpeedKph)
    {
        if (testSpeedKph >= 50f) return From50;
        return testSpeedKph switch
        {
            10f or 20f => AvoidOnly,
            30f => At30,
            40f => At40,
            _ => throw new ArgumentOutOfRangeException(nameof(testSpeedKph), testSpeedKph, "Euro NCAP 2026 bands exist for 10, 20, 30, 40 and ≥ 50 km/h test speeds"),
        };
    }

    public static Colour Of(float testSpeedKph, float relativeImpactKph) => For(testSpeedKph).Of(relativeImpactKph);

    /// <summary>
    /// A cell's score: standard range Green 1, Yellow 0.75, Orange 0.5, Brown 0.25, Red 0;
    /// extended range any colour but Red scores 1.
    /// </summary>
    public static float CellScore(Colour colour, bool extended) => extended
        ? colour == Colour.Red ? 0f : 1f
        : colour switch
        {
            Colour.Green => 1f,
            Colour.Yellow => 0.75f,
            Colour.Orange => 0.5f,
            Colour.Brown => 0.25f,
            _ => 0f,
        };

    /// <summary>
    /// A cell passes when it earns all of its points as the document scores it: a standard cell only when Green (any
    /// other colour loses at least a quarter), an extended cell with any colour but Red (FC v1.1 §5.2: the extended
    /// range counts non-red cells; the rating calculator's extended share). Requiring Green of an extended cell would
    /// fail a cell the protocol gives its full points.
    /// </summary>
    public static bool EarnsFullPoints(Colour colour, bool extended) => CellScore(colour, extended) >= 1f;

    /// <summary>
    /// The extended range scores in steps: below half of its points nothing, then 50 %, 75 % or
    /// 100 % of them (compared at 6 decimals, as the calculator does, so an exact half is a half).
    /// </summary>
    public static float SnapExtended(float score, float maxPoints)
    {
        double s = Math.Round(score, 6, MidpointRounding.AwayFromZero);
        double half = Math.Round(0.5 * maxPoints, 6, MidpointRounding.AwayFromZero);
        double threeQuarters = Math.Round(0.75 * maxPoints, 6, MidpointRounding.AwayFromZero);
        if (s < half) return 0f;
        if (s < threeQuarters) return 0.5f * maxPoints;
        if (s < Math.Round(maxPoints, 6, MidpointRounding.AwayFromZero)) return 0.75f * maxPoints;
        return maxPoints;
    }
}
