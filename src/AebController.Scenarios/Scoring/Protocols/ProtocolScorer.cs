using System.Globalization;
using AebController.Scenarios.Model;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Scoring.Protocols;

/// <summary>
/// Scores the cases that fill a protocol grid cell (<see cref="ScenarioDefinition.Cell"/>) the way the
/// document scores them: Euro NCAP colour per cell from the band row of its test speed, points per cell
/// and per scenario by range, extended range stepped, gate conditions; regulations pass or fail per
/// their tables, with comparison runs (UN R175, CPMFC) and repetition pass rates (GB 39901-2025).
/// </summary>
public static class ProtocolScorer
{
    /// <summary>UN R175: an impact is tolerated up to this speed …</summary>
    public const float R175MaxImpactKph = 8f;

    /// <summary>… when it is at least this much slower than the same run without the system.</summary>
    public const float R175MinReduction = 0.30f;

    /// <summary>CPMFC: torque counts as suppressed when the impact is at most this much faster than without pedal input (rating calculator).</summary>
    public const float CpmfcToleranceKph = 0.5f;

    public static IReadOnlyList<ProtocolScorecard> Score(IReadOnlyList<ScenarioDefinition> cases, IReadOnlyList<ScenarioResult> results)
    {
        var results1 = new Dictionary<string, ScenarioResult>(StringComparer.Ordinal);
        for (int i = 0; i < cases.Count; i++) results1[cases[i].Name] = results[i];

        var judged = new List<CellOutcome>();
        for (int i = 0; i < cases.Count; i++)
        {
            if (cases[i].Cell is not null) judged.Add(Judge(cases[i], results[i], results1));
        }

        judged = ApplyGroups(judged, cases);
        return judged.GroupBy(c => c.Protocol, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Build(g.Key, g.ToList())).ToList();
    }

    /// <summary>The cell's colour or verdict, before points (which depend on the whole grid).</summary>
    public static CellOutcome Judge(ScenarioDefinition s, ScenarioResult r, IReadOnlyDictionary<string, ScenarioResult> others)
    {
        var cell = s.Cell!;
        float impact = r.Collided ? r.ImpactSpeedKph ?? 0f : 0f;
        Colour? colour = null;
        bool passed;
        string why;
        switch (cell.Criterion)
        {
            case CellCriterion.Bands2026:
            {
                (colour, why) = Band(EuroNcap2026Bands.For(cell.TestSpeedKph), impact);
                bool extended = cell.Range == CellRange.Extended;
                passed = EuroNcap2026Bands.EarnsFullPoints(colour.Value, extended);
                if (extended && passed && colour != Colour.Green) why += "; extended range: any colour but Red earns the cell's points";
                break;
            }

            case CellCriterion.Avoidance:
                (colour, why) = Band(EuroNcap2026Bands.Avoidance, impact);
                passed = colour == Colour.Green;
                break;
            case CellCriterion.HeadOnReduction2026:
            {
                // Head-on: the target holds its speed to contact, so the VUT's speed at contact is the
                // relative impact speed less the target's; no contact means the VUT shed all of its speed.
                float reductionKph = HeadOnReductionKph(cell, r, impact);
                colour = EuroNcap2026Bands.HeadOnReduction.Of(reductionKph);
                passed = colour == Colour.Green;
                why = $"speed reduction {K(reductionKph)} km/h" + (r.Collided ? $" (relative impact {K(impact)} km/h)" : ", no contact")
                    + (reductionKph > EuroNcap2026Bands.HeadOnDossierAboveKph ? "; above 35 km/h FC v1.1's dossier applies (docs/conformance.md: the closed-loop trace)" : "");
                break;
            }

            case CellCriterion.HeadOnReduction2023:
            {
                float reductionKph = HeadOnReductionKph(cell, r, impact);
                colour = EuroNcap2023Bands.HeadOnReduction.Of(reductionKph);
                passed = colour == Colour.Green;
                why = $"speed reduction {K(reductionKph)} km/h" + (r.Collided ? $" (relative impact {K(impact)} km/h)" : ", no contact");
                break;
            }

            case CellCriterion.Cccscp2023:
            {
                // The GVT crosses square to the VUT, so the impact speed along the VUT's axis is the VUT's own speed at contact.
                float reductionKph = r.Collided ? Math.Clamp(cell.TestSpeedKph - impact, 0f, cell.TestSpeedKph) : cell.TestSpeedKph;
                colour = EuroNcap2023Bands.Cccscp(cell.TestSpeedKph, r.Collided, reductionKph);
                passed = colour == Colour.Green;
                why = !r.Collided ? "avoided"
                    : $"VUT at {K(impact)} km/h at contact, reduced by {K(reductionKph)} km/h" + (colour == Colour.Orange ? ": mitigated by 30 km/h or more, half the cell" : "");
                break;
            }

            case CellCriterion.Bands2023Ccrs:
                (colour, why) = Band(cell.Scenario == "CCRb" ? EuroNcap2023Bands.Ccrb : EuroNcap2023Bands.Ccrs(cell.TestSpeedKph), impact);
                passed = colour == Colour.Green;
                break;
            case CellCriterion.Bands2023Ccrm:
                (colour, why) = Band(EuroNcap2023Bands.Ccrm(cell.TestSpeedKph), impact);
                passed = colour == Colour.Green;
                break;
            case CellCriterion.TorqueSuppression:
            {
                float baseline = BaselineImpact(cell, others);
                bool suppressed = !r.Collided || impact - baseline <= CpmfcToleranceKph;
                colour = suppressed ? Colour.Green : Colour.Red;
                passed = suppressed;
                why = !r.Collided ? "no contact"
                    : $"impact {K(impact)} km/h against {K(baseline)} km/h without pedal input ({(suppressed ? "torque suppressed" : "torque not suppressed")})";
                break;
            }

            case CellCriterion.PedalErrorR175:
            {
                float baseline = BaselineImpact(cell, others);
                bool ok = !r.Collided || (impact <= R175MaxImpactKph && impact <= (1f - R175MinReduction) * baseline);
                passed = ok && r.Passed;
                why = !r.Collided ? "no contact"
                    : $"impact {K(impact)} km/h; without the system {K(baseline)} km/h: {(ok ? "within" : "outside")} ≤ {K(R175MaxImpactKph)} km/h and ≥ 30 % slower";
                if (!r.Passed) why += "; " + string.Join("; ", r.Failures);
                break;
            }

            case CellCriterion.BaselineRun:
                passed = true;
                why = r.Collided ? $"comparison run: impact {K(impact)} km/h" : "comparison run: no contact";
                break;
            default:
                passed = r.Passed;
                why = r.Passed ? (r.Collided ? $"impact {K(impact)} km/h, within the table" : "no contact") : string.Join("; ", r.Failures);
                break;
        }

        return new CellOutcome(s.Name, cell.Protocol, cell.Chapter, cell.Scenario, s.Clause, cell.TestSpeedKph,
            cell.Row ?? cell.TestSpeedKph.ToString("0", CultureInfo.InvariantCulture) + " km/h", cell.TargetSpeedKph,
            cell.ImpactLocationPct, ColumnOf(cell), cell.Range, cell.Criterion, r.Collided ? impact : 0f, colour, passed, 0f, 0f, why, cell.Group, cell.Robustness);
    }

    /// <summary>
    /// Head-on: the target holds its speed to contact, so the VUT's speed at contact is the relative impact speed less
    /// the target's; no contact means the VUT shed all of its speed.
    /// </summary>
    private static float HeadOnReductionKph(ProtocolCellDefinition cell, ScenarioResult r, float impactKph) =>
        r.Collided ? Math.Clamp(cell.TestSpeedKph - (impactKph - cell.TargetSpeedKph), 0f, cell.TestSpeedKph) : cell.TestSpeedKph;

    public static string ColumnOf(ProtocolCellDefinition cell) =>
        cell.Column ?? (cell.ImpactLocationPct is float il ? il.ToString("0", CultureInfo.InvariantCulture) + " %" : "–");

    private static (Colour, string) Band(BandTable row, float impactKph)
    {
        var colour = row.Of(impactKph);
        return (colour, impactKph <= 0f ? "avoided" : $"relative impact {K(impactKph)} km/h");
    }

    private static float BaselineImpact(ProtocolCellDefinition cell, IReadOnlyDictionary<string, ScenarioResult> others)
    {
        if (cell.Baseline is not string name || !others.TryGetValue(name, out var baseline))
        {
            throw new InvalidOperationException($"cell '{cell.Scenario}' needs its comparison run '{cell.Baseline}' in the same suite");
        }

        return baseline.Collided ? baseline.ImpactSpeedKph ?? 0f : 0f;
    }

    /// <summary>Repetitions of one test (GB 39901-2025 robustness): the group passes when its pass rate is met.</summary>
    private static List<CellOutcome> ApplyGroups(List<CellOutcome> judged, IReadOnlyList<ScenarioDefinition> cases)
    {
        var groupOf = cases.Where(c => c.Cell?.Group is not null).ToDictionary(c => c.Name, c => (c.Cell!.Group!, c.Cell.PassRate), StringComparer.Ordinal);
        if (groupOf.Count == 0) return judged;
        var verdicts = judged.Where(c => groupOf.ContainsKey(c.Case)).GroupBy(c => groupOf[c.Case].Item1, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g =>
            {
                int n = g.Count(), ok = g.Count(c => c.Passed);
                float rate = groupOf[g.First().Case].PassRate;
                return (Passed: ok >= rate * n - 1e-6f, Text: $"{ok} of {n} repetitions passed ({100f * rate:0} % required)");
            }, StringComparer.Ordinal);
        return judged.Select(c => groupOf.TryGetValue(c.Case, out var g)
            ? c with { Passed = verdicts[g.Item1].Passed, Why = $"{c.Why}; {verdicts[g.Item1].Text}" }
            : c).ToList();
    }

    private static ProtocolScorecard Build(string protocol, List<CellOutcome> allCells)
    {
        var robustnessRuns = allCells.Where(c => c.Robustness is not null).ToList();
        var cells = allCells.Where(c => c.Robustness is null).ToList();
        var grids = new List<GridScore>();
        var scored = new List<CellOutcome>();
        foreach (var grid in cells.GroupBy(c => (c.Chapter, c.Scenario)))
        {
            var list = grid.ToList();
            var (g, withPoints) = protocol switch
            {
                "euro-ncap-2026" => Grid2026(protocol, grid.Key.Chapter, grid.Key.Scenario, list),
                "euro-ncap-2023" => Grid2023(protocol, grid.Key.Chapter, grid.Key.Scenario, list),
                _ => GridPassFail(protocol, grid.Key.Chapter, grid.Key.Scenario, list),
            };
            grids.Add(g);
            scored.AddRange(withPoints);
        }

        var gates = Gates(protocol, scored);
        foreach (var gate in gates.Where(x => x.Held == false))
        {
            for (int i = 0; i < grids.Count; i++)
            {
                if (!grids[i].Chapter.StartsWith(gate.Zeroes, StringComparison.Ordinal)) continue;
                grids[i] = grids[i] with { Points = 0f, StandardPoints = 0f, ExtendedPoints = 0f };
            }
        }

        var judgedRuns = RobustnessOf(protocol, grids, scored, robustnessRuns);

        var chapters = grids.GroupBy(g => g.Chapter, StringComparer.Ordinal)
            .Select(c => new ChapterScore(c.Key, c.Sum(g => g.Points), c.Sum(g => g.MaxPoints), c.Sum(g => g.Cells), c.Sum(g => g.Failed)))
            .ToList();
        var judgedCells = scored.Where(c => c.Criterion != CellCriterion.BaselineRun).ToList();
        return new ProtocolScorecard(protocol, grids.Sum(g => g.Points), grids.Sum(g => g.MaxPoints), judgedCells.Count,
            judgedCells.Count(c => !c.Passed), chapters, grids, gates, [.. scored, .. judgedRuns],
            grids.Sum(g => g.RobustnessPoints), grids.Sum(g => g.RobustnessMax));
    }

    /// <summary>
    /// Euro NCAP 2026 robustness layers (FC v1.1 §4.2.2) from the suite's robustness runs. Each run is judged against its
    /// nominal cell's colour by the condition's criterion (Not red, or same or better than predicted); a run whose nominal
    /// cell is Red is not eligible (the assessor draws verification cells among non-red predictions). The assessor tests
    /// one claimed pool layer under one drawn condition on 3 drawn standard cells; here every claimed pool layer runs every
    /// condition on every standard cell, so the scenario is scored for the worst draw: the tested layer is the first
    /// claimed pool layer (pool order) with a failing run, and it held only if no run failed. Points by
    /// <see cref="Robustness.Score(IReadOnlyList{RobustnessInput})"/>, beside the grid's points (grids are updated in place).
    /// </summary>
    private static List<CellOutcome> RobustnessOf(string protocol, List<GridScore> grids, List<CellOutcome> scored, List<CellOutcome> runs)
    {
        if (runs.Count == 0) return [];
        var nominal = scored.Where(c => c.Criterion != CellCriterion.BaselineRun).ToDictionary(c => c.Case, StringComparer.Ordinal);
        var judged = new List<CellOutcome>(runs.Count);
        var eligible = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var run in runs)
        {
            var r = run.Robustness!;
            if (!nominal.TryGetValue(r.Nominal, out var n) || n.Scenario != run.Scenario)
            {
                throw new InvalidOperationException($"robustness run '{run.Case}' needs its nominal {run.Scenario} cell '{r.Nominal}' in the same suite");
            }

            var criterion = Robustness.Conditions(r.Layer, run.Scenario).First(c => c.Condition == r.Condition).Criterion;
            var (row, tolerance) = run.Criterion == CellCriterion.Avoidance
                ? (EuroNcap2026Bands.Avoidance, 0f)
                : (EuroNcap2026Bands.For(run.TestSpeedKph), Verification.ToleranceKph);
            var predicted = n.Colour ?? Colour.Red;
            string head = $"{r.Layer} {r.Condition}: {run.Why}";
            if (predicted == Colour.Red)
            {
                eligible[run.Case] = false;
                judged.Add(run with { Passed = true, Points = 0f, MaxPoints = 0f, Why = $"{head}; nominal cell Red: not a verification cell" });
                continue;
            }

            eligible[run.Case] = true;
            bool holds = Robustness.Holds(criterion, row, predicted, run.RelativeImpactSpeedKph ?? 0f, tolerance);
            string rule = criterion == RobustnessCriterion.NotRed ? "not red" : $"same or better than the nominal {predicted}";
            judged.Add(run with { Passed = holds, Points = 0f, MaxPoints = 0f, Why = $"{head}; {rule}: {(holds ? "holds" : "FAILS")}" });
        }

        var inputs = new List<RobustnessInput>();
        foreach (var scenario in judged.GroupBy(c => c.Scenario, StringComparer.Ordinal))
        {
            var declared = scenario.First().Robustness!;
            if (scenario.Any(x => !x.Robustness!.Applicable.ToHashSet().SetEquals(declared.Applicable) || !x.Robustness.Claimed.ToHashSet().SetEquals(declared.Claimed)))
            {
                throw new InvalidOperationException($"the robustness runs of {scenario.Key} declare different applicable or claimed layers: one declaration per scenario");
            }

            int gi = grids.FindIndex(g => g.Scenario == scenario.Key);
            if (gi < 0) throw new InvalidOperationException($"the robustness runs of {scenario.Key} need its grid in the same suite");
            var claimedPool = Robustness.FrontalPool.Where(declared.Claimed.Contains).ToList();
            foreach (var layer in claimedPool)
            {
                foreach (var (condition, _) in Robustness.Conditions(layer, scenario.Key))
                {
                    if (!scenario.Any(x => x.Robustness!.Layer == layer && x.Robustness.Condition == condition))
                    {
                        throw new InvalidOperationException($"{scenario.Key} claims {layer} but no run verifies its condition \"{condition}\": the assessor may draw it");
                    }
                }
            }

            var failing = scenario.Where(x => eligible[x.Case] && !x.Passed).ToList();
            RobustnessLayer? tested = claimedPool.Cast<RobustnessLayer?>().FirstOrDefault(l => failing.Any(x => x.Robustness!.Layer == l))
                ?? claimedPool.Cast<RobustnessLayer?>().FirstOrDefault();
            var points = ProtocolPoints.Find(protocol, scenario.Key);
            string chapter = grids[gi].Chapter;
            int second = chapter.IndexOf(" / ", chapter.IndexOf(" / ", StringComparison.Ordinal) + 3, StringComparison.Ordinal);
            inputs.Add(new RobustnessInput(scenario.Key, second > 0 ? chapter[..second] : chapter, points?.Robustness ?? 0f, declared.Applicable.Length,
                declared.Claimed, tested, failing.Count == 0, grids[gi].StandardPoints, grids[gi].StandardMax));
        }

        var scores = Robustness.Score(inputs);
        for (int i = 0; i < inputs.Count; i++)
        {
            int gi = grids.FindIndex(g => g.Scenario == inputs[i].Scenario);
            grids[gi] = grids[gi] with { RobustnessPoints = scores[i].Points, RobustnessMax = inputs[i].RobustnessPoints, RobustnessWhy = scores[i].Why };
        }

        return judged;
    }

    private static (GridScore, List<CellOutcome>) Grid2026(string protocol, string chapter, string scenario, List<CellOutcome> cells)
    {
        var points = ProtocolPoints.Find(protocol, scenario);
        var judged = cells.Where(c => c.Criterion != CellCriterion.BaselineRun).ToList();

        // A grid cell tested by several runs (CCCscp: the target from the left and from the right, the side the
        // assessor draws at random) is one cell: it scores its worst run, and its points are shared by its runs.
        static string CellKey(CellOutcome c) => c.Group ?? c.Case;
        var runsOfCell = judged.GroupBy(CellKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        int standardCells = runsOfCell.Values.Count(g => g[0].Range == CellRange.Standard);
        int extendedCells = runsOfCell.Values.Count(g => g[0].Range == CellRange.Extended);
        float stdMax = standardCells > 0 ? points?.Standard ?? 0f : 0f;
        float extMax = extendedCells > 0 ? points?.Extended ?? 0f : 0f;
        var outcomes = new List<CellOutcome>();
        float std = 0f, ext = 0f;
        foreach (var c in cells)
        {
            if (c.Criterion == CellCriterion.BaselineRun) { outcomes.Add(c); continue; }
            bool isExt = c.Range == CellRange.Extended;
            var runs = runsOfCell[CellKey(c)];
            float cellMax = isExt ? extMax / extendedCells : stdMax / standardCells;
            float worst = runs.Min(x => EuroNcap2026Bands.CellScore(x.Colour ?? Colour.Red, isExt));
            float max = cellMax / runs.Count;
            float p = worst * max;
            if (isExt) ext += p; else std += p;
            outcomes.Add(c with { Points = p, MaxPoints = max });
        }

        float extSnapped = extMax > 0f ? EuroNcap2026Bands.SnapExtended(ext, extMax) : 0f;
        int failedCells = runsOfCell.Values.Count(g => g.Any(c => !c.Passed));
        return (new GridScore(protocol, chapter, scenario, std + extSnapped, stdMax + extMax, std, stdMax, extSnapped, extMax,
            runsOfCell.Count, failedCells, outcomes), outcomes);
    }

    /// <summary>
    /// Euro NCAP 2023 (SA v10.4.1 §3.3): the scenario's points shared by weight (test speed and overlap for CCR, the
    /// speed pair for CCCscp, equal for head-on and CCFtap). A cell run from both approach sides (<c>group</c>) is one
    /// cell scoring its worse run. Where the suite holds only part of the protocol's grid (CCCscp without its
    /// start-from-stop row) the maximum is the share of the points its cells carry.
    /// </summary>
    private static (GridScore, List<CellOutcome>) Grid2023(string protocol, string chapter, string scenario, List<CellOutcome> cells)
    {
        var points = ProtocolPoints.Find(protocol, scenario);
        float scenarioMax = points?.Standard ?? 0f;
        var judged = cells.Where(c => c.Criterion != CellCriterion.BaselineRun).ToList();
        static string CellKey(CellOutcome c) => c.Group ?? c.Case;
        var runsOfCell = judged.GroupBy(CellKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var weights = runsOfCell.ToDictionary(g => g.Key,
            g => EuroNcap2023Bands.CellWeight(scenario, g.Value[0].TestSpeedKph, g.Value[0].TargetSpeedKph, g.Value[0].ImpactLocationPct),
            StringComparer.Ordinal);
        float present = weights.Values.Sum();
        float total = EuroNcap2023Bands.FullGridWeight(scenario) ?? present;
        float gridMax = total > 0f ? scenarioMax * present / total : 0f;
        var outcomes = new List<CellOutcome>();
        float sum = 0f;
        foreach (var c in cells)
        {
            if (c.Criterion == CellCriterion.BaselineRun) { outcomes.Add(c); continue; }
            var runs = runsOfCell[CellKey(c)];
            float max = total > 0f ? scenarioMax * weights[CellKey(c)] / total / runs.Count : 0f;
            float p = runs.Min(x => EuroNcap2023Bands.CellScore(x.Colour ?? Colour.Red)) * max;
            sum += p;
            outcomes.Add(c with { Points = p, MaxPoints = max });
        }

        int failedCells = runsOfCell.Values.Count(g => g.Any(c => !c.Passed));
        return (new GridScore(protocol, chapter, scenario, sum, gridMax, sum, gridMax, 0f, 0f, runsOfCell.Count, failedCells, outcomes), outcomes);
    }

    /// <summary>Regulations: one point per cell that passes, out of one per cell (a count, not a rating).</summary>
    private static (GridScore, List<CellOutcome>) GridPassFail(string protocol, string chapter, string scenario, List<CellOutcome> cells)
    {
        var outcomes = cells.Select(c => c.Criterion == CellCriterion.BaselineRun ? c : c with { Points = c.Passed ? 1f : 0f, MaxPoints = 1f }).ToList();
        var judged = outcomes.Where(c => c.Criterion != CellCriterion.BaselineRun).ToList();
        float p = judged.Sum(c => c.Points);
        return (new GridScore(protocol, chapter, scenario, p, judged.Count, p, judged.Count, 0f, 0f, judged.Count, judged.Count(c => !c.Passed), outcomes), outcomes);
    }

    /// <summary>
    /// Euro NCAP 2026 (FC §2/§5; rating calculator): every CCRs standard cell up to 20 km/h avoided, and
    /// CPNA-75 at 10 km/h avoided by day and by night, else all Frontal Collisions points are lost.
    /// Euro NCAP 2023 (SA v10.4.1 §3.3 eligibility): full avoidance in CCRs up to 20 km/h.
    /// </summary>
    public static IReadOnlyList<GateOutcome> Gates(string protocol, IReadOnlyList<CellOutcome> cells)
    {
        var gates = new List<GateOutcome>();
        if (protocol == "euro-ncap-2026")
        {
            gates.Add(Gate("CCRs avoided up to 20 km/h", "Euro NCAP CA Frontal Collisions v1.1 general requirements",
                cells.Where(c => c.Scenario == "CCRs" && c.Range == CellRange.Standard && c.TestSpeedKph <= 20f).ToList(), "Frontal Collisions"));
            foreach (string light in new[] { "day", "night" })
            {
                gates.Add(Gate($"CPNA-75 avoided at 10 km/h ({light})", "Euro NCAP CA Frontal Collisions v1.1 general requirements",
                    cells.Where(c => c.Scenario == $"CPNA {light}" && c.TestSpeedKph == 10f && c.ImpactLocationPct == 75f).ToList(), "Frontal Collisions"));
            }
        }
        else if (protocol == "euro-ncap-2023")
        {
            gates.Add(Gate("CCRs avoided up to 20 km/h", "Euro NCAP SA Collision Avoidance v10.4.1 §3.3 eligibility",
                cells.Where(c => c.Scenario.StartsWith("CCRs", StringComparison.Ordinal) && c.TestSpeedKph <= 20f).ToList(), "AEB Car-to-Car"));
        }

        return gates;
    }

    private static GateOutcome Gate(string name, string clause, IReadOnlyList<CellOutcome> cells, string zeroes)
    {
        if (cells.Count == 0) return new GateOutcome(name, clause, null, "not in this suite", zeroes);
        var missed = cells.Where(c => c.Colour != Colour.Green).Select(c => c.Case).ToList();
        return new GateOutcome(name, clause, missed.Count == 0,
            missed.Count == 0 ? $"{cells.Count} of {cells.Count} cells avoided" : $"not avoided: {string.Join(", ", missed)}", zeroes);
    }

    private static string K(float v) => v.ToString("0.0", CultureInfo.InvariantCulture);
}
