namespace AebController.Scenarios.Scoring.Protocols;

/// <summary>
/// Euro NCAP 2023 (Assessment Protocol SA – Collision Avoidance v10.4.1 §3.3) colour bands. The
/// 50 km/h CCRs/CCRb row is confirmed in the protocol text: Green v &lt; 5, Yellow 5 ≤ v &lt; 15, Orange
/// 15 ≤ v &lt; 30, Brown 30 ≤ v &lt; 40, Red ≥ 40 km/h. The other rows come from a secondary encoding of
/// the band graph (BeamNG's NCAP module, v3.0.2 era), as regulations-verified.md §1.2 records:
/// CCRs 40–45 {35, 25, 15, 5}; 30–35 {25, 15, 5} (no Brown); 25 {15, 5} (Green/Orange only);
/// ≤ 20 avoidance only. CCRm (relative impact speed) 80 {50, 35, 20, 5}, 75 {45, 30, 15, 5},
/// 70 {40, 30, 15, 5}, 60–65 {35, 25, 15, 5}, 50–55 {25, 15, 5}, 40–45 {15, 5}, 30–35 {5}.
/// Rows with fewer bounds drop the middle colours as the CCRs rows do.
/// </summary>
public static class EuroNcap2023Bands
{
    private const float Inf = float.PositiveInfinity;

    /// <summary>Colour → grid-point score: Green 1, Yellow 0.75, Orange 0.5, Brown 0.25, Red 0.</summary>
    public static float CellScore(Colour colour) => EuroNcap2026Bands.CellScore(colour, extended: false);

    public static BandTable Ccrs(float testSpeedKph) => testSpeedKph switch
    {
        <= 20f => new BandTable(false, (Colour.Green, 0.0001f), (Colour.Red, Inf)),
        25f => Row(15, 5),
        30f or 35f => Row(25, 15, 5),
        40f or 45f => Row(35, 25, 15, 5),
        _ => Row(40, 30, 15, 5),
    };

    public static BandTable Ccrm(float testSpeedKph) => testSpeedKph switch
    {
        30f or 35f => Row(5),
        40f or 45f => Row(15, 5),
        50f or 55f => Row(25, 15, 5),
        60f or 65f => Row(35, 25, 15, 5),
        70f => Row(40, 30, 15, 5),
        75f => Row(45, 30, 15, 5),
        80f => Row(50, 35, 20, 5),
        _ => throw new ArgumentOutOfRangeException(nameof(testSpeedKph), testSpeedKph, "Euro NCAP 2023 CCRm rows are 30–80 km/h in 5 km/h steps"),
    };

    /// <summary>CCRb uses the 50 km/h CCRs row (both cars at 50 km/h).</summary>
    public static BandTable Ccrb => Row(40, 30, 15, 5);

    /// <summary>A row from its thresholds, highest first as the sources print them.</summary>
    private static BandTable Row(params float[] thresholdsHighFirst)
    {
        var up = thresholdsHighFirst.Reverse().ToArray();
        Colour[] colours = up.Length switch
        {
            1 => [Colour.Green, Colour.Red],
            2 => [Colour.Green, Colour.Orange, Colour.Red],
            3 => [Colour.Green, Colour.Yellow, Colour.Orange, Colour.Red],
            _ => [Colour.Green, Colour.Yellow, Colour.Orange, Colour.Brown, Colour.Red],
        };
        var bands = new (Colour, float)[colours.Length];
        for (int i = 0; i < colours.Length; i++) bands[i] = (colours[i], i < up.Length ? up[i] : Inf);
        return new BandTable(false, bands);
    }

    /// <summary>Points of a test speed: CCRs AEB 10 → 1, 15–35 → 2, 40–50 → 1 (of 14); CCRm 30–60 → 1, 65–80 → 2 (of 15).</summary>
    public static float SpeedWeight(string scenario, float testSpeedKph) => scenario switch
    {
        "CCRs AEB" => testSpeedKph <= 10f ? 1f : testSpeedKph <= 35f ? 2f : 1f,
        "CCRm" => testSpeedKph <= 60f ? 1f : 2f,
        _ => 1f,
    };

    /// <summary>The 2023 CCCscp AEB grid's scenario name (points in <see cref="ProtocolPoints"/>).</summary>
    public const string CccscpAeb = "CCCscp AEB";

    /// <summary>The 2023 head-on grid (CCFhos and CCFhol share 1.0 point, 0.25 per case).</summary>
    public const string HeadOn = "CCFhos & CCFhol";

    /// <summary>
    /// CCCscp AEB cell weight (SA v10.4.1 §3.3: 2 points over 30 cells): a start-from-stop cell (test speed 0) 0.5,
    /// a cell whose GVT is not faster than the VUT 1.0, a cell whose GVT is faster 0.25.
    /// </summary>
    public static float CccscpWeight(float testSpeedKph, float targetSpeedKph) =>
        testSpeedKph <= 0f ? 0.5f : targetSpeedKph <= testSpeedKph ? 1f : 0.25f;

    /// <summary>The CCCscp AEB grid as SA v10.4.1 lists it: VUT start-from-stop and 20–60 km/h × GVT 20–60 km/h, 10 km/h steps.</summary>
    public static readonly float[] CccscpVutKph = [0f, 20f, 30f, 40f, 50f, 60f];

    public static readonly float[] CccscpGvtKph = [20f, 30f, 40f, 50f, 60f];

    /// <summary>
    /// The sum of weights over a scenario's whole grid when the suite may hold only part of it (CCCscp AEB: the
    /// start-from-stop row is not built), so the points of the cells present are their share of the protocol's
    /// points; null where the grid is complete in the suite and the weights of its cells are the whole.
    /// </summary>
    public static float? FullGridWeight(string scenario) => scenario == CccscpAeb
        ? CccscpVutKph.Sum(v => CccscpGvtKph.Sum(g => CccscpWeight(v, g)))
        : null;

    /// <summary>A cell's weight within its scenario's points.</summary>
    public static float CellWeight(string scenario, float testSpeedKph, float targetSpeedKph, float? overlapPct) => scenario switch
    {
        CccscpAeb => CccscpWeight(testSpeedKph, targetSpeedKph),
        HeadOn => 1f,
        _ => SpeedWeight(scenario, testSpeedKph) * OverlapWeight(overlapPct ?? 100f),
    };

    /// <summary>Head-on (SA v10.4.1 §3.3): 0.25 per case from a 20 km/h reduction (Green), 0.125 from 10 km/h (Orange scores half); below 10 nothing.</summary>
    public static BandTable HeadOnReduction { get; } = new(false, (Colour.Red, 10f), (Colour.Orange, 20f), (Colour.Green, Inf));

    /// <summary>
    /// CCCscp AEB (SA v10.4.1 §3.3): up to 30 km/h avoidance (Green) or nothing (Red); from 40 km/h avoidance (Green),
    /// a VUT speed reduction of at least 30 km/h (Orange: half the cell) or nothing (Red).
    /// </summary>
    public static Colour Cccscp(float testSpeedKph, bool contact, float reductionKph) =>
        !contact ? Colour.Green
        : testSpeedKph >= 40f && reductionKph >= 30f ? Colour.Orange
        : Colour.Red;

    /// <summary>Overlap weight within a test speed: (−50 % + −75 % + 2 × 100 % + 75 % + 50 %) / 6.</summary>
    public static float OverlapWeight(float overlapPct) => MathF.Abs(overlapPct) >= 99.9f ? 2f : 1f;
}
