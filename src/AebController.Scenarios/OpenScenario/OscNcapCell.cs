using System.Globalization;
using AebController.Scenarios.Model;
using AebController.Scenarios.Scoring.Protocols;

namespace AebController.Scenarios.OpenScenario;

/// <summary>
/// Recognises a Euro NCAP scenario in an OpenSCENARIO file and places the case in the protocol's grid, so
/// that it is scored with the protocol's colour bands and points like our own catalog's cells
/// (docs/conformance.md). The scenario is recognised by its declared <c>Scenario_ID</c> parameter (the
/// convention of the public Euro NCAP sets), or by the user's mapping: an <c>aeb_ncap_scenario</c>
/// parameter naming the scenario and an <c>aeb_ncap_protocol</c> parameter naming the protocol
/// (euro-ncap-2023 or euro-ncap-2026). Without <c>aeb_ncap_protocol</c> the protocol is the one the file
/// names: "2023" in the file or folder names or the header's description means 2023, otherwise 2026.
/// The grid's row and column come from the parameters the public sets declare (Ego_speed_kph;
/// Target_init_speed_kph or GVT_init_speed_kph; ImpactLocation or Overlap; GVT_headway and
/// GVT_deceleration for 2023 CCRb). A case outside the grid (a test speed with no band row, a scenario
/// we hold no scoring table for) is not placed and keeps the speed-reduction score, with the reason.
/// </summary>
public static class OscNcapCell
{
    public const string ScenarioParameter = "aeb_ncap_scenario";
    public const string ProtocolParameter = "aeb_ncap_protocol";

    /// <summary>The cell of one case, or null with the reason it is not placed in a grid.</summary>
    public static (ProtocolCellDefinition? Cell, string? Why) Of(IReadOnlyDictionary<string, string> values, string namesAndDescription)
    {
        string? id = Get(values, ScenarioParameter) ?? Get(values, "Scenario_ID");
        if (id is null) return (null, null);
        string protocol = Get(values, ProtocolParameter) ?? (namesAndDescription.Contains("2023", StringComparison.Ordinal) ? "euro-ncap-2023" : "euro-ncap-2026");
        string scenario = BaseId(id);
        float? speed = Number(values, "Ego_speed_kph");
        if (speed is not float testSpeedKph) return (null, $"Scenario_ID {id}: no Ego_speed_kph parameter gives the grid row");
        return protocol switch
        {
            "euro-ncap-2026" => Cell2026(scenario, id, testSpeedKph, values, namesAndDescription),
            "euro-ncap-2023" => Cell2023(scenario, id, testSpeedKph, values),
            _ => (null, $"{ProtocolParameter} '{protocol}' is not one of euro-ncap-2023, euro-ncap-2026"),
        };
    }

    private static (ProtocolCellDefinition?, string?) Cell2026(string scenario, string id, float speedKph, IReadOnlyDictionary<string, string> v, string names)
    {
        var points = ProtocolPoints.Find("euro-ncap-2026", scenario);
        if (points is null || points.Chapter.StartsWith("Low Speed", StringComparison.Ordinal)) return (null, $"Scenario_ID {id}: no Euro NCAP 2026 Frontal Collisions scoring table for '{scenario}' here");
        bool longitudinal = points.Chapter == ProtocolPoints.FrontalLongitudinal;
        if (longitudinal && scenario.StartsWith("CCR", StringComparison.Ordinal) && !HasBandRow2026(speedKph)) return (null, $"Scenario_ID {id}: {K(speedKph)} km/h has no Euro NCAP 2026 band row (10, 20, 30, 40 or ≥ 50 km/h)");
        float? il = Number(v, "ImpactLocation");
        bool extended = names.Contains("ExtendedRange", StringComparison.Ordinal) || (!names.Contains("StandardRange", StringComparison.Ordinal) && il is float x && (x < 0f || x > 100f));
        return (new ProtocolCellDefinition
        {
            Protocol = "euro-ncap-2026",
            Chapter = points.Chapter,
            Scenario = scenario,
            TestSpeedKph = speedKph,
            TargetSpeedKph = Number(v, "Target_init_speed_kph") ?? Number(v, "Target_final_speed_kph") ?? 0f,
            ImpactLocationPct = il,
            Range = extended ? CellRange.Extended : CellRange.Standard,
            Criterion = scenario is "CCFhos" or "CCFhol" ? CellCriterion.HeadOnReduction2026 : longitudinal ? CellCriterion.Bands2026 : CellCriterion.Avoidance,
        }, null);
    }

    private static (ProtocolCellDefinition?, string?) Cell2023(string scenario, string id, float speedKph, IReadOnlyDictionary<string, string> v)
    {
        var cell = new ProtocolCellDefinition
        {
            Protocol = "euro-ncap-2023",
            Chapter = ProtocolPoints.C2c2023,
            Scenario = scenario,
            TestSpeedKph = speedKph,
            TargetSpeedKph = Number(v, "GVT_init_speed_kph") ?? Number(v, "Target_init_speed_kph") ?? 0f,
            ImpactLocationPct = Number(v, "Overlap") ?? Number(v, "ImpactLocation"),
        };
        return scenario switch
        {
            "CCRs" when id.Contains("FCW", StringComparison.OrdinalIgnoreCase) =>
                (null, $"Scenario_ID {id}: the FCW test needs the braking robot's reaction to the warning, which the file does not hold"),
            "CCRs" => (cell with { Scenario = "CCRs AEB", Criterion = CellCriterion.Bands2023Ccrs }, null),
            "CCRm" => (cell with { Criterion = CellCriterion.Bands2023Ccrm }, null),
            "CCRb" => (cell with
            {
                Criterion = CellCriterion.Bands2023Ccrs,
                Row = Number(v, "GVT_headway") is float h ? $"{K(h)} m" : null,
                Column = Number(v, "GVT_deceleration") is float d ? $"−{K(d)} m/s²" : null,
                ImpactLocationPct = null,
            }, null),
            _ => (null, $"Scenario_ID {id}: no Euro NCAP 2023 scoring table for '{scenario}' here"),
        };
    }

    /// <summary>"CPNA-25" → "CPNA", "CCRs_FCW" → "CCRs", "CPRA_Cs" → "CPRA".</summary>
    public static string BaseId(string id)
    {
        int cut = id.IndexOfAny(['-', '_']);
        return cut > 0 ? id[..cut] : id;
    }

    private static bool HasBandRow2026(float speedKph) => speedKph >= 50f || speedKph is 10f or 20f or 30f or 40f;

    private static string? Get(IReadOnlyDictionary<string, string> values, string name) =>
        values.TryGetValue(name, out string? s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

    private static float? Number(IReadOnlyDictionary<string, string> values, string name) =>
        Get(values, name) is string s && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && double.IsFinite(d) ? (float)d : null;

    private static string K(float value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
