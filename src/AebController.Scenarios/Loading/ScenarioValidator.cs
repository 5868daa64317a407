using AebController.Emulation.Faults;
using AebController.Emulation.World;
using AebController.Emulation.World.Road;
using AebController.Scenarios.Running;
using AebController.Firmware.Files;
using AebController.Firmware.Signals;
using AebController.Scenarios.Model;
using AebController.Scenarios.Scoring.Protocols;

namespace AebController.Scenarios.Loading;

/// <summary>
/// Checks values and their consistency after the strict reader (<see cref="StrictJson"/>) has checked
/// types; the first problem found is reported with its field and the value as the user wrote it.
/// </summary>
public static class ScenarioValidator
{
    /// <summary>Checks a scenario built in code (no file text to quote).</summary>
    public static void Validate(ScenarioDefinition s, string source) =>
        Validate(new StrictDocument<ScenarioDefinition>(s, source, new Dictionary<string, string>(), fromText: false));

    public static void Validate(StrictDocument<ScenarioDefinition> document)
    {
        var s = document.Value;
        string source = document.File;
        void Fail(string field, string problem) => throw new ScenarioFormatException(source, field, problem);

        void Range(string field, float value, float min, float max, string unit = "")
        {
            if (!float.IsFinite(value) || value < min || value > max)
            {
                string u = UnitOf(field, unit);
                Fail(field, $"expected a number between {JsonText.Number(min)} and {JsonText.Number(max)}{(u.Length > 0 ? $" ({u})" : "")}, found {document.Found(field, value)}");
            }
        }

        if (string.IsNullOrWhiteSpace(s.Name)) Fail("name", "expected a name of letters, digits, '-', '_' and '.', found an empty text");
        foreach (char c in s.Name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                Fail("name", $"expected a name of letters, digits, '-', '_' and '.' only, found {document.Text("name") ?? s.Name}");
            }
        }

        Range("durationS", s.DurationS, 0.1f, 600f);
        if (!Enum.IsDefined(s.Lighting)) Fail("lighting", $"must be one of day, night, nightLit, glare; got {s.Lighting}");
        if (s.Road is null) Fail("road", "must be an object");
        Range("road.friction", s.Road!.Friction, 0.05f, 1.5f);
        Range("road.gradePercent", s.Road.GradePercent, -40f, 40f);
        var roadModel = ValidateRoad(s.Road, source, Fail, (field, value, min, max) => Range(field, value, min, max));
        var segments = s.Road.FrictionSegments ?? [];
        for (int i = 0; i < segments.Length; i++)
        {
            string p = $"road.frictionSegments[{i}]";
            if (segments[i] is null) Fail(p, "must be an object with fromM, toM and friction");
            Range($"{p}.fromM", segments[i].FromM, -10_000f, 10_000f);
            Range($"{p}.toM", segments[i].ToM, -10_000f, 10_000f);
            if (segments[i].ToM <= segments[i].FromM) Fail($"{p}.toM", $"must be beyond fromM ({segments[i].FromM}), got {segments[i].ToM}");
            Range($"{p}.friction", segments[i].Friction, 0.05f, 1.5f);
        }

        var restarts = s.Restarts ?? [];
        for (int i = 0; i < restarts.Length; i++)
        {
            if (restarts[i] is null) Fail($"restarts[{i}]", "must be an object with atS");
            Range($"restarts[{i}].atS", restarts[i].AtS, 0f, s.DurationS);
            if (i > 0 && restarts[i].AtS < restarts[i - 1].AtS) Fail($"restarts[{i}].atS", "restarts must be in time order");
        }
        if (s.Ego is null) Fail("ego", "must be an object");
        Range("ego.speedKph", s.Ego!.SpeedKph, 0f, 250f);
        if (!Enum.IsDefined(s.Ego.Gear)) Fail("ego.gear", $"unknown gear {s.Ego.Gear}");
        if (s.Ego.SpeedKph > 0f && s.Ego.Gear is Gear.Park or Gear.Neutral && s.Ego.HoldSpeed)
        {
            Fail("ego.holdSpeed", $"a speed can only be held in drive or reverse, but ego.gear is {document.Text("ego.gear") ?? s.Ego.Gear.ToString()}");
        }

        var driver = s.Driver ?? new DriverDefinition();
        Keyframes("driver.accelerator", driver.Accelerator, 0f, 1f, s.DurationS, Fail, Range);
        Keyframes("driver.brake", driver.Brake, 0f, 1f, s.DurationS, Fail, Range);
        Keyframes("driver.steeringDeg", driver.SteeringDeg, -720f, 720f, s.DurationS, Fail, Range);
        for (int i = 0; i < driver.Gear.Length; i++)
        {
            Range($"driver.gear[{i}].t", driver.Gear[i].T, 0f, s.DurationS);
            if (i > 0 && driver.Gear[i].T < driver.Gear[i - 1].T) Fail($"driver.gear[{i}].t", "gear changes must be in time order");
        }

        if (driver.Reaction is { } r)
        {
            Range("driver.reaction.afterWarningS", r.AfterWarningS, 0f, 10f);
            if (r.Brake is float b) Range("driver.reaction.brake", b, 0f, 1f);
            if (r.Accelerator is float a) Range("driver.reaction.accelerator", a, 0f, 1f);
            if (r.SteeringDeg is float st) Range("driver.reaction.steeringDeg", st, -720f, 720f);
            Range("driver.reaction.steeringRampS", r.SteeringRampS, 0f, 5f);
            Range("driver.reaction.acceleratorRampS", r.AcceleratorRampS, 0f, 5f);
        }

        if (driver.LaneKeeping is { } keep)
        {
            if (!roadModel.SectionAt(roadModel.SectionIndexAt(StartS(roadModel))).Has(keep.LaneId))
            {
                Fail("driver.laneKeeping.laneId", $"the road has no lane {keep.LaneId} where the ego starts");
            }

            Range("driver.laneKeeping.lookaheadS", keep.LookaheadS, 0.1f, 5f);
            Range("driver.laneKeeping.minLookaheadM", keep.MinLookaheadM, 1f, 100f);
        }

        if (s.Actors.Length > SimulationWorld.MaxActors) Fail("actors", $"at most {SimulationWorld.MaxActors} actors, got {s.Actors.Length}");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < s.Actors.Length; i++)
        {
            var a = s.Actors[i];
            string p = $"actors[{i}]";
            if (string.IsNullOrWhiteSpace(a.Id)) Fail($"{p}.id", "must not be empty");
            if (!ids.Add(a.Id)) Fail($"{p}.id", $"'{a.Id}' is used by another actor");
            if (!Enum.IsDefined(a.Class)) Fail($"{p}.class", $"unknown class {a.Class}");
            int placements = (a.GapM.HasValue ? 1 : 0) + (a.RearGapM.HasValue ? 1 : 0) + (a.XM.HasValue ? 1 : 0);
            if (a.Path is not null)
            {
                if (placements != 0) Fail($"{p}.path", "an actor on a path starts at its first point: give no gapM, rearGapM or xM");
                if (a.LaneId.HasValue) Fail($"{p}.laneId", "give either a path or a lane, not both");
                if (a.Path.Length < 2) Fail($"{p}.path", $"needs at least 2 points, got {a.Path.Length}");
                for (int k = 0; k < a.Path.Length; k++)
                {
                    if (a.Path[k] is null) Fail($"{p}.path[{k}]", "must be an object");
                    Range($"{p}.path[{k}].xM", a.Path[k].XM, -10_000f, 10_000f);
                    Range($"{p}.path[{k}].yM", a.Path[k].YM, -10_000f, 10_000f);
                    Range($"{p}.path[{k}].radiusM", a.Path[k].RadiusM, 0f, 10_000f);
                    if (k > 0 && a.Path[k].XM == a.Path[k - 1].XM && a.Path[k].YM == a.Path[k - 1].YM) Fail($"{p}.path[{k}]", "repeats the previous point");
                }

                RoadBuild.Path(a.Path, $"{p}.path", source);
            }
            else if (placements != 1) Fail($"{p}.gapM", $"expected exactly one of gapM, rearGapM or xM, found {placements}");

            if (a.LaneId is int laneId)
            {
                if (a.YM != 0f) Fail($"{p}.yM", $"an actor on a lane is placed across it by laneOffsetM, not yM; got yM {a.YM}");
                if (a.HeadingDeg.HasValue) Fail($"{p}.headingDeg", "an actor on a lane heads along it; give no headingDeg");
                if (!roadModel.SectionAt(roadModel.SectionIndexAt(StartS(roadModel))).Has(laneId)) Fail($"{p}.laneId", $"the road has no lane {laneId} where the ego starts");
            }
            else if (a.LaneOffsetM != 0f && a.Path is null) Fail($"{p}.laneOffsetM", "needs laneId");

            Range($"{p}.laneOffsetM", a.LaneOffsetM, -20f, 20f);
            if (a.HeadingDeg is float hd)
            {
                Range($"{p}.headingDeg", hd, -360f, 360f);
                if (a.Path is not null) Fail($"{p}.headingDeg", "an actor on a path heads along it; give no headingDeg");
            }
            if (a.GapM is float g) Range($"{p}.gapM", g, 0.05f, 1000f);
            if (a.RearGapM is float rg) Range($"{p}.rearGapM", rg, 0.05f, 1000f);
            if (a.XM is float x) Range($"{p}.xM", x, -1000f, 1000f);
            Range($"{p}.yM", a.YM, -100f, 100f);
            // Speed along the road in the direction the ego faces: negative is oncoming (the catalog's false-response cases).
            Range($"{p}.speedKph", a.SpeedKph, -250f, 250f);
            Range($"{p}.lateralSpeedMps", a.LateralSpeedMps, -20f, 20f);
            if (a.LengthM is float l) Range($"{p}.lengthM", l, 0.05f, 50f);
            if (a.WidthM is float w) Range($"{p}.widthM", w, 0.05f, 50f);
            if (a.HeightM is float h) Range($"{p}.heightM", h, 0.01f, 20f);
            if (a.ElevationM is float e) Range($"{p}.elevationM", e, 0f, 20f);
            if (a.RcsDbsm is float rcs) Range($"{p}.rcsDbsm", rcs, -60f, 60f);
            for (int k = 0; k < a.Events.Length; k++)
            {
                var ev = a.Events[k];
                string q = $"{p}.events[{k}]";
                if (ev.AtS.HasValue == ev.WhenGapM.HasValue) Fail($"{q}.atS", $"expected exactly one of atS or whenGapM, found {(ev.AtS.HasValue ? 2 : 0)}");
                if (ev.AtS is float at) Range($"{q}.atS", at, 0f, s.DurationS);
                if (ev.WhenGapM is float wg) Range($"{q}.whenGapM", wg, 0f, 1000f);
                if (ev.AccelMps2 is float acc) Range($"{q}.accelMps2", acc, -12f, 10f);
                if (ev.TargetSpeedKph is float ts) Range($"{q}.targetSpeedKph", ts, -250f, 250f);
                if (ev.LateralSpeedMps is float ls) Range($"{q}.lateralSpeedMps", ls, -20f, 20f);
                if (ev.StopAtYM is float sy) Range($"{q}.stopAtYM", sy, -100f, 100f);
                if (ev.ChangeLane is { } change)
                {
                    string c = $"{q}.changeLane";
                    if (a.LaneId is null && a.Path is null) Fail(c, "lane changes need an actor on a lane (laneId) or a path");
                    if (change.ToLaneId.HasValue == change.ByM.HasValue) Fail($"{c}.toLaneId", "give exactly one of toLaneId or byM");
                    if (change.ToLaneId is int to)
                    {
                        if (a.LaneId is null) Fail($"{c}.toLaneId", "an actor on a path has no lane: use byM");
                        if (!roadModel.SectionAt(roadModel.SectionIndexAt(StartS(roadModel))).Has(to)) Fail($"{c}.toLaneId", $"the road has no lane {to} where the ego starts");
                    }

                    if (change.ByM is float by) Range($"{c}.byM", by, -20f, 20f);
                    Range($"{c}.durationS", change.DurationS, 0.1f, 30f);
                    if (!Enum.IsDefined(change.Shape)) Fail($"{c}.shape", $"unknown shape {change.Shape}");
                }

                if (ev.AccelMps2 is null && ev.TargetSpeedKph is null && ev.LateralSpeedMps is null && ev.StopAtYM is null && ev.ChangeLane is null)
                {
                    Fail(q, "an event must change something: accelMps2, targetSpeedKph, lateralSpeedMps, stopAtYM or changeLane");
                }
            }
        }

        for (int i = 0; i < s.Faults.Length; i++)
        {
            var f = s.Faults[i];
            string p = $"faults[{i}]";
            if (!Enum.IsDefined(f.Input)) Fail($"{p}.input", $"unknown input {f.Input}");
            if (f.Input == Emulation.Faults.FaultInput.Controller) Fail($"{p}.input", "expected a sensor or signal input; a controller restart is written as restarts: [{ \"atS\": ... }], found controller");
            if (!Enum.IsDefined(f.Kind)) Fail($"{p}.kind", $"unknown kind {f.Kind}");
            Range($"{p}.startS", f.StartS, 0f, s.DurationS);
            if (f.EndS is float end && end <= f.StartS) Fail($"{p}.endS", $"expected a time after startS ({document.Found($"{p}.startS", f.StartS)} s), found {document.Found($"{p}.endS", end)}");
            if (!float.IsFinite(f.Value)) Fail($"{p}.value", $"expected a finite number, found {document.Found($"{p}.value", f.Value)}");
            FaultCombination(f, p, document, Fail, Range);
            if (f.Kind == Emulation.Faults.FaultKind.Delay) Range($"{p}.value", f.Value, 0f, Emulation.Faults.SignalCorruption.HistoryCapacity * 0.01f - 0.01f);
        }

        if (s.End is null) Fail("end", "must be an object");
        Range("end.whenStoppedForS", s.End!.WhenStoppedForS, 0f, 600f);
        if (s.End.WhenSlowerThan is string slower && !ids.Contains(slower))
        {
            Fail("end.whenSlowerThan", $"expected the id of an actor ({string.Join(", ", ids.Order(StringComparer.Ordinal))}), found \"{slower}\"");
        }

        var x2 = s.Expect ?? new ExpectationDefinition();
        if (x2.MaxImpactSpeedKph is float mi) Range("expect.maxImpactSpeedKph", mi, 0f, 250f);
        Range("expect.minWarningLeadS", x2.MinWarningLeadS, 0f, 10f);
        if (x2.MinBrakeRequestMps2 is float mnb) Range("expect.minBrakeRequestMps2", mnb, 0f, 20f);
        if (x2.MaxBrakeRequestMps2 is float mb) Range("expect.maxBrakeRequestMps2", mb, 0f, 20f);
        if (x2.MinStopGapM is float mn) Range("expect.minStopGapM", mn, 0f, 100f);
        if (x2.MaxStopGapM is float mx) Range("expect.maxStopGapM", mx, 0f, 100f);
        if (x2.MinStopGapM is float lo && x2.MaxStopGapM is float hi && lo > hi) Fail("expect.minStopGapM", $"expected at most maxStopGapM ({document.Found("expect.maxStopGapM", hi)} m), found {document.Found("expect.minStopGapM", lo)}");
        if (x2.DetectWithinCycles is int dc && (dc < 1 || dc > 1000)) Fail("expect.detectWithinCycles", $"expected a whole number between 1 and 1000 (cycles), found {document.Text("expect.detectWithinCycles") ?? dc.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        if (x2.MaxSpeedKph is float ms) Range("expect.maxSpeedKph", ms, 0f, 250f);
        if (x2.MinSpeedKph is float mns) Range("expect.minSpeedKph", mns, 0f, 250f);
        for (int i = 0; i < x2.Diagnostics.Length; i++)
        {
            if (!Enum.TryParse<DiagnosticCode>(x2.Diagnostics[i], ignoreCase: true, out var code) || code == DiagnosticCode.None
                || !Enum.IsDefined(code))
            {
                Fail($"expect.diagnostics[{i}]", $"expected one of {string.Join(", ", Enum.GetNames<DiagnosticCode>().Where(n => n != nameof(DiagnosticCode.None)).Select(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName))}, found \"{x2.Diagnostics[i]}\"");
            }
        }

        if (s.Score is null) Fail("score", "must be an object");
        Range("score.points", s.Score!.Points, 0f, 100f);
        if (!Enum.IsDefined(s.Score.Method)) Fail("score.method", $"unknown method {s.Score.Method}");
        if (!Enum.IsDefined(s.System)) Fail("system", $"must be on or off, got {s.System}");
        if (s.Clause is string clause && string.IsNullOrWhiteSpace(clause)) Fail("clause", "must not be empty when given");
        if (s.Cell is { } cell) ValidateCell(cell, Fail, (field, value, min, max) => Range(field, value, min, max));
        Names<FunctionFlags>("expect.brakeReasons", x2.BrakeReasons, Fail);
        Names<ForwardAebState>("expect.forwardStates", x2.ForwardStates, Fail);
    }

    private static double StartS(RoadModel road)
    {
        road.FromWorld(0, 0, out double s, out _);
        return s;
    }

    /// <summary>Every number of the road in range, then the road built (its structure checked) for the lane checks that follow.</summary>
    private static RoadModel ValidateRoad(RoadDefinition road, string source, Action<string, string> fail, Action<string, float, float, float> range)
    {
        if (road.Geometry is { } geometry)
        {
            if (geometry.Length == 0) fail("road.geometry", "needs at least one record (or leave it out for the straight road)");
            if (geometry.Length > 10_000) fail("road.geometry", $"at most 10000 records, got {geometry.Length}");
            for (int i = 0; i < geometry.Length; i++)
            {
                var g = geometry[i];
                string p = $"road.geometry[{i}]";
                if (g is null) fail(p, "must be an object");
                range($"{p}.sM", g!.SM, 0f, 1_000_000f);
                range($"{p}.xM", g.XM, -1_000_000f, 1_000_000f);
                range($"{p}.yM", g.YM, -1_000_000f, 1_000_000f);
                range($"{p}.hdgDeg", g.HdgDeg, -360f, 360f);
                range($"{p}.lengthM", g.LengthM, 0.01f, 100_000f);
                if (!Enum.IsDefined(g.Type)) fail($"{p}.type", $"unknown type {g.Type}");
                Only(p, g, fail);
                if (g.CurvaturePerM is float k) range($"{p}.curvaturePerM", k, -1f, 1f);
                if (g.CurvStartPerM is float k0) range($"{p}.curvStartPerM", k0, -1f, 1f);
                if (g.CurvEndPerM is float k1) range($"{p}.curvEndPerM", k1, -1f, 1f);
                foreach (var (name, value) in new[] { ("a", g.A), ("b", g.B), ("c", g.C), ("d", g.D), ("aU", g.AU), ("bU", g.BU), ("cU", g.CU), ("dU", g.DU), ("aV", g.AV), ("bV", g.BV), ("cV", g.CV), ("dV", g.DV) })
                {
                    if (value is float v) range($"{p}.{name}", v, -100_000f, 100_000f);
                }

                if (g.Type == RoadGeometryType.Arc && g.CurvaturePerM is null) fail($"{p}.curvaturePerM", "an arc needs its curvature (1/m, positive turns left)");
                if (g.Type == RoadGeometryType.Spiral && (g.CurvStartPerM is null || g.CurvEndPerM is null)) fail($"{p}.curvStartPerM", "a spiral needs curvStartPerM and curvEndPerM");
                if (g.Type == RoadGeometryType.ParamPoly3)
                {
                    double du = g.BU ?? 0, dv = g.BV ?? 0;
                    if (du == 0 && dv == 0 && (g.CU ?? 0) == 0 && (g.CV ?? 0) == 0 && (g.DU ?? 0) == 0 && (g.DV ?? 0) == 0) fail($"{p}.bU", "a paramPoly3 must move: some of bU, cU, dU, bV, cV, dV must be non-zero");
                }
            }
        }

        if (road.Lanes is { } lanes)
        {
            if (lanes.Length == 0) fail("road.lanes", "needs at least one lane section (or leave it out for the default lanes)");
            for (int i = 0; i < lanes.Length; i++)
            {
                string p = $"road.lanes[{i}]";
                if (lanes[i] is null) fail(p, "must be an object");
                range($"{p}.sM", lanes[i].SM, 0f, 1_000_000f);
                if (lanes[i].Left.Length + lanes[i].Right.Length == 0) fail(p, "needs at least one lane on the left or the right");
                LaneList($"{p}.left", lanes[i].Left, +1, fail, range);
                LaneList($"{p}.right", lanes[i].Right, -1, fail, range);
            }
        }

        if (road.LaneOffset is { } offsets)
        {
            for (int i = 0; i < offsets.Length; i++) Cubic($"road.laneOffset[{i}]", offsets[i], fail, range);
        }

        try
        {
            return RoadBuild.From(road, source);
        }
        catch (ArgumentException ex)
        {
            fail("road", ex.Message);
            throw;
        }
    }

    /// <summary>A geometry record may carry only its own type's numbers.</summary>
    private static void Only(string p, RoadGeometryDefinition g, Action<string, string> fail)
    {
        bool arc = g.CurvaturePerM.HasValue;
        bool spiral = g.CurvStartPerM.HasValue || g.CurvEndPerM.HasValue;
        bool poly = g.A.HasValue || g.B.HasValue || g.C.HasValue || g.D.HasValue;
        bool param = g.AU.HasValue || g.BU.HasValue || g.CU.HasValue || g.DU.HasValue || g.AV.HasValue || g.BV.HasValue || g.CV.HasValue || g.DV.HasValue;
        string? stray = g.Type switch
        {
            RoadGeometryType.Line => arc ? "curvaturePerM" : spiral ? "curvStartPerM" : poly ? "a" : param ? "aU" : null,
            RoadGeometryType.Arc => spiral ? "curvStartPerM" : poly ? "a" : param ? "aU" : null,
            RoadGeometryType.Spiral => arc ? "curvaturePerM" : poly ? "a" : param ? "aU" : null,
            RoadGeometryType.Poly3 => arc ? "curvaturePerM" : spiral ? "curvStartPerM" : param ? "aU" : null,
            _ => arc ? "curvaturePerM" : spiral ? "curvStartPerM" : poly ? "a" : null,
        };
        if (stray is not null) fail($"{p}.{stray}", $"does not belong to a geometry of type {g.Type}");
    }

    private static void LaneList(string field, LaneDefinition[] lanes, int sign, Action<string, string> fail, Action<string, float, float, float> range)
    {
        var seen = new bool[lanes.Length + 1];
        for (int k = 0; k < lanes.Length; k++)
        {
            var lane = lanes[k];
            string p = $"{field}[{k}]";
            if (lane is null) fail(p, "must be an object");
            int index = sign * lane!.Id;
            if (index < 1 || index > lanes.Length || seen[index])
            {
                fail($"{p}.id", $"lane ids on the {(sign > 0 ? "left" : "right")} must be {sign}, {2 * sign}, … up to {sign * lanes.Length} once each; got {lane.Id}");
            }

            seen[index] = true;
            if (!Enum.IsDefined(lane.Type)) fail($"{p}.type", $"unknown lane type {lane.Type}");
            if (lane.Width.Length == 0) fail($"{p}.width", "needs at least one width record");
            for (int w = 0; w < lane.Width.Length; w++)
            {
                Cubic($"{p}.width[{w}]", lane.Width[w], fail, range);
                if (w == 0) range($"{p}.width[0].a", lane.Width[0].A, 0f, 50f);
                if (w > 0 && lane.Width[w].SOffsetM <= lane.Width[w - 1].SOffsetM) fail($"{p}.width[{w}].sOffsetM", "width records must be in increasing sOffsetM");
            }
        }
    }

    private static void Cubic(string field, CubicDefinition c, Action<string, string> fail, Action<string, float, float, float> range)
    {
        if (c is null) fail(field, "must be an object");
        range($"{field}.sOffsetM", c!.SOffsetM, 0f, 1_000_000f);
        range($"{field}.a", c.A, -100f, 100f);
        range($"{field}.b", c.B, -10f, 10f);
        range($"{field}.c", c.C, -10f, 10f);
        range($"{field}.d", c.D, -10f, 10f);
    }

    /// <summary>The documents a cell may name; docs/conformance.md describes each.</summary>
    public static readonly string[] Protocols = ["euro-ncap-2026", "euro-ncap-2023", "un-r152", "un-r175", "gb-39901-2025", "fmvss-127"];

    private static void ValidateCell(ProtocolCellDefinition cell, Action<string, string> fail, Action<string, float, float, float> range)
    {
        if (Array.IndexOf(Protocols, cell.Protocol) < 0) fail("cell.protocol", $"must be one of {string.Join(", ", Protocols)}, got '{cell.Protocol}'");
        if (string.IsNullOrWhiteSpace(cell.Chapter)) fail("cell.chapter", "must not be empty");
        if (string.IsNullOrWhiteSpace(cell.Scenario)) fail("cell.scenario", "must not be empty");
        range("cell.testSpeedKph", cell.TestSpeedKph, 0f, 250f);
        range("cell.targetSpeedKph", cell.TargetSpeedKph, -250f, 250f);
        if (cell.ImpactLocationPct is float il) range("cell.impactLocationPct", il, -100f, 200f);
        if (!Enum.IsDefined(cell.Range)) fail("cell.range", $"must be standard or extended, got {cell.Range}");
        if (!Enum.IsDefined(cell.Criterion)) fail("cell.criterion", $"unknown criterion {cell.Criterion}");
        range("cell.weight", cell.Weight, 0f, 100f);
        range("cell.passRate", cell.PassRate, 0f, 1f);
        if (cell.Criterion is CellCriterion.TorqueSuppression or CellCriterion.PedalErrorR175 && string.IsNullOrWhiteSpace(cell.Baseline))
        {
            fail("cell.baseline", $"criterion {cell.Criterion} compares with a baseline run: name it");
        }

        if (cell.Robustness is { } r) ValidateRobustness(cell, r, fail);
    }

    private static void ValidateRobustness(ProtocolCellDefinition cell, RobustnessRunDefinition r, Action<string, string> fail)
    {
        static string Camel(RobustnessLayer l) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(l.ToString());
        if (cell.Protocol != "euro-ncap-2026") fail("cell.robustness", $"robustness layers are Euro NCAP 2026's: expected protocol euro-ncap-2026, found '{cell.Protocol}'");
        if (cell.Criterion is not (CellCriterion.Bands2026 or CellCriterion.Avoidance))
        {
            fail("cell.robustness", $"a robustness run is judged on its relative impact speed: expected criterion bands2026 or avoidance, found {cell.Criterion}");
        }

        var conditions = Robustness.Conditions(r.Layer, cell.Scenario);
        if (conditions.Count == 0) fail("cell.robustness.layer", $"{Camel(r.Layer)} has no verification condition for {cell.Scenario} (FC v1.1 §4.2.2)");
        else if (!conditions.Any(c => c.Condition == r.Condition))
        {
            fail("cell.robustness.condition", $"expected one of {string.Join(", ", conditions.Select(c => $"\"{c.Condition}\""))} for {Camel(r.Layer)} on {cell.Scenario}, found \"{r.Condition}\"");
        }

        if (string.IsNullOrWhiteSpace(r.Nominal)) fail("cell.robustness.nominal", "must name the nominal case of the same cell");
        if (r.Applicable.Length == 0) fail("cell.robustness.applicable", "must list the layers that apply to the scenario");
        if (r.Applicable.Distinct().Count() != r.Applicable.Length) fail("cell.robustness.applicable", "lists a layer twice");
        if (r.Claimed.Distinct().Count() != r.Claimed.Length) fail("cell.robustness.claimed", "lists a layer twice");
        foreach (var c in r.Claimed.Where(c => !r.Applicable.Contains(c)))
        {
            fail("cell.robustness.claimed", $"{Camel(c)} is claimed but not in applicable");
        }

        if (!r.Claimed.Contains(r.Layer)) fail("cell.robustness.layer", $"{Camel(r.Layer)} is tested but not claimed");
    }

    private static void Names<TEnum>(string field, string[] names, Action<string, string> fail)
        where TEnum : struct, Enum
    {
        for (int i = 0; i < names.Length; i++)
        {
            if (!Enum.TryParse<TEnum>(names[i], ignoreCase: true, out var value) || !Enum.IsDefined(value) || Convert.ToInt64(value) == 0 && typeof(TEnum) == typeof(FunctionFlags))
            {
                fail($"{field}[{i}]", $"expected one of {string.Join(", ", Enum.GetNames<TEnum>().Where(n => Convert.ToInt64(Enum.Parse<TEnum>(n), System.Globalization.CultureInfo.InvariantCulture) != 0 || typeof(TEnum) != typeof(FunctionFlags)).Select(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName))}, found \"{names[i]}\"");
            }
        }
    }

    private static void Keyframes(string field, KeyframeDefinition[] frames, float min, float max, float durationS,
        Action<string, string> fail, Action<string, float, float, float, string> range)
    {
        for (int i = 0; i < frames.Length; i++)
        {
            range($"{field}[{i}].t", frames[i].T, 0f, durationS, "s");
            range($"{field}[{i}].value", frames[i].Value, min, max, "");
            if (i > 0 && frames[i].T < frames[i - 1].T) fail($"{field}[{i}].t", "keyframes must be in time order");
        }
    }

    /// <summary>Kinds that act on one input only: elsewhere they would silently do nothing.</summary>
    private static void FaultCombination(FaultDefinition f, string p, StrictDocument<ScenarioDefinition> document,
        Action<string, string> fail, Action<string, float, float, float, string> range)
    {
        string input = document.Text($"{p}.input") ?? f.Input.ToString();
        if (f.Kind == FaultKind.TrackDisagree && f.Input != FaultInput.AcceleratorPedal)
        {
            fail($"{p}.kind", $"trackDisagree needs an input with redundant tracks (acceleratorPedal), found input {input}");
        }

        if (f.Kind == FaultKind.ActuatorWeak && f.Input != FaultInput.BrakeFeedback)
        {
            fail($"{p}.kind", $"actuatorWeak acts on the brake actuator (input brakeFeedback), found input {input}");
        }

        if (f.Kind == FaultKind.ActuatorWeak) range($"{p}.value", f.Value, 0f, 1f, "fraction of the requested deceleration reached");
        if (f.Kind == FaultKind.TrackDisagree) range($"{p}.value", f.Value, 0f, 1f, "pedal travel read by track 2");
    }

    /// <summary>The unit a field name carries (speedKph is km/h), so every range message names it.</summary>
    private static string UnitOf(string field, string given)
    {
        if (given.Length > 0) return given;
        string byName = JsonText.UnitOf(field);
        if (byName.Length > 0) return byName;
        string name = field[(field.LastIndexOf('.') + 1)..];
        int bracket = name.IndexOf('[', StringComparison.Ordinal);
        if (bracket >= 0) name = name[..bracket];
        return name switch
        {
            "friction" => "tyre-road friction coefficient",
            "accelerator" or "brake" => "pedal travel",
            "points" => "points",
            _ => "",
        };
    }
}
