using AebController.Emulation.World;
using AebController.Firmware.Signals;
using AebController.Scenarios.Model;

namespace AebController.Scenarios.Loading;

/// <summary>Checks values and their consistency after parsing; the first problem found is reported with its field.</summary>
public static class ScenarioValidator
{
    public static void Validate(ScenarioDefinition s, string source)
    {
        void Fail(string field, string problem) => throw new ScenarioFormatException(source, field, problem);

        void Range(string field, float value, float min, float max)
        {
            if (!float.IsFinite(value)) Fail(field, $"must be a finite number, got {value}");
            if (value < min || value > max) Fail(field, $"must be between {min} and {max}, got {value}");
        }

        if (string.IsNullOrWhiteSpace(s.Name)) Fail("name", "must not be empty");
        foreach (char c in s.Name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                Fail("name", $"may hold letters, digits, '-', '_' and '.' only, got '{s.Name}'");
            }
        }

        Range("durationS", s.DurationS, 0.1f, 600f);
        if (s.Road is null) Fail("road", "must be an object");
        Range("road.friction", s.Road!.Friction, 0.05f, 1.5f);
        Range("road.gradePercent", s.Road.GradePercent, -40f, 40f);
        if (s.Ego is null) Fail("ego", "must be an object");
        Range("ego.speedKph", s.Ego!.SpeedKph, 0f, 250f);
        if (!Enum.IsDefined(s.Ego.Gear)) Fail("ego.gear", $"unknown gear {s.Ego.Gear}");
        if (s.Ego.SpeedKph > 0f && s.Ego.Gear is Gear.Park or Gear.Neutral && s.Ego.HoldSpeed)
        {
            Fail("ego.holdSpeed", "a speed can only be held in drive or reverse");
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
            if (placements != 1) Fail($"{p}.gapM", "give exactly one of gapM, rearGapM or xM");
            if (a.GapM is float g) Range($"{p}.gapM", g, 0.05f, 1000f);
            if (a.RearGapM is float rg) Range($"{p}.rearGapM", rg, 0.05f, 1000f);
            if (a.XM is float x) Range($"{p}.xM", x, -1000f, 1000f);
            Range($"{p}.yM", a.YM, -100f, 100f);
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
                if (ev.AtS.HasValue == ev.WhenGapM.HasValue) Fail($"{q}.atS", "give exactly one of atS or whenGapM");
                if (ev.AtS is float at) Range($"{q}.atS", at, 0f, s.DurationS);
                if (ev.WhenGapM is float wg) Range($"{q}.whenGapM", wg, 0f, 1000f);
                if (ev.AccelMps2 is float acc) Range($"{q}.accelMps2", acc, -12f, 10f);
                if (ev.TargetSpeedKph is float ts) Range($"{q}.targetSpeedKph", ts, -250f, 250f);
                if (ev.LateralSpeedMps is float ls) Range($"{q}.lateralSpeedMps", ls, -20f, 20f);
                if (ev.StopAtYM is float sy) Range($"{q}.stopAtYM", sy, -100f, 100f);
                if (ev.AccelMps2 is null && ev.TargetSpeedKph is null && ev.LateralSpeedMps is null && ev.StopAtYM is null)
                {
                    Fail(q, "an event must change something: accelMps2, targetSpeedKph, lateralSpeedMps or stopAtYM");
                }
            }
        }

        for (int i = 0; i < s.Faults.Length; i++)
        {
            var f = s.Faults[i];
            string p = $"faults[{i}]";
            if (!Enum.IsDefined(f.Input)) Fail($"{p}.input", $"unknown input {f.Input}");
            if (!Enum.IsDefined(f.Kind)) Fail($"{p}.kind", $"unknown kind {f.Kind}");
            Range($"{p}.startS", f.StartS, 0f, s.DurationS);
            if (f.EndS is float end && end <= f.StartS) Fail($"{p}.endS", $"must be after startS ({f.StartS}), got {end}");
            if (!float.IsFinite(f.Value)) Fail($"{p}.value", "must be a finite number");
        }

        if (s.End is null) Fail("end", "must be an object");
        Range("end.whenStoppedForS", s.End!.WhenStoppedForS, 0f, 600f);
        if (s.End.WhenSlowerThan is string slower && !ids.Contains(slower))
        {
            Fail("end.whenSlowerThan", $"names no actor: '{slower}'");
        }

        var x2 = s.Expect ?? new ExpectationDefinition();
        if (x2.MaxImpactSpeedKph is float mi) Range("expect.maxImpactSpeedKph", mi, 0f, 250f);
        Range("expect.minWarningLeadS", x2.MinWarningLeadS, 0f, 10f);
        if (x2.MaxBrakeRequestMps2 is float mb) Range("expect.maxBrakeRequestMps2", mb, 0f, 20f);
        if (x2.MinStopGapM is float mn) Range("expect.minStopGapM", mn, 0f, 100f);
        if (x2.MaxStopGapM is float mx) Range("expect.maxStopGapM", mx, 0f, 100f);
        if (x2.MinStopGapM is float lo && x2.MaxStopGapM is float hi && lo > hi) Fail("expect.minStopGapM", "must not exceed maxStopGapM");
        if (x2.DetectWithinCycles is int dc && (dc < 1 || dc > 1000)) Fail("expect.detectWithinCycles", $"must be between 1 and 1000, got {dc}");
        if (x2.MaxSpeedKph is float ms) Range("expect.maxSpeedKph", ms, 0f, 250f);
        if (x2.MinSpeedKph is float mns) Range("expect.minSpeedKph", mns, 0f, 250f);
        for (int i = 0; i < x2.Diagnostics.Length; i++)
        {
            if (!Enum.TryParse<DiagnosticCode>(x2.Diagnostics[i], ignoreCase: true, out var code) || code == DiagnosticCode.None
                || !Enum.IsDefined(code))
            {
                Fail($"expect.diagnostics[{i}]", $"'{x2.Diagnostics[i]}' is not a diagnostic code");
            }
        }

        if (s.Score is null) Fail("score", "must be an object");
        Range("score.points", s.Score!.Points, 0f, 100f);
        if (!Enum.IsDefined(s.Score.Method)) Fail("score.method", $"unknown method {s.Score.Method}");
        Names<FunctionFlags>("expect.brakeReasons", x2.BrakeReasons, Fail);
        Names<ForwardAebState>("expect.forwardStates", x2.ForwardStates, Fail);
    }

    private static void Names<TEnum>(string field, string[] names, Action<string, string> fail)
        where TEnum : struct, Enum
    {
        for (int i = 0; i < names.Length; i++)
        {
            if (!Enum.TryParse<TEnum>(names[i], ignoreCase: true, out var value) || !Enum.IsDefined(value) || Convert.ToInt64(value) == 0 && typeof(TEnum) == typeof(FunctionFlags))
            {
                fail($"{field}[{i}]", $"'{names[i]}' is not one of {string.Join(", ", Enum.GetNames<TEnum>())}");
            }
        }
    }

    private static void Keyframes(string field, KeyframeDefinition[] frames, float min, float max, float durationS,
        Action<string, string> fail, Action<string, float, float, float> range)
    {
        for (int i = 0; i < frames.Length; i++)
        {
            range($"{field}[{i}].t", frames[i].T, 0f, durationS);
            range($"{field}[{i}].value", frames[i].Value, min, max);
            if (i > 0 && frames[i].T < frames[i - 1].T) fail($"{field}[{i}].t", "keyframes must be in time order");
        }
    }
}
