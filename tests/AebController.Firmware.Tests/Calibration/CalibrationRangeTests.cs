using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using AebController.Firmware.Calibration;

namespace AebController.Firmware.Tests.Calibration;

/// <summary>
/// Every calibration field against the accepted ranges and relations published in docs/calibration.md
/// (the oracle; read by <see cref="CalibrationDoc"/>): both ends are accepted through a file, a value
/// just outside either end is refused naming the field, the range and the unit, and a relation broken
/// by a hair is refused naming the documented field.
/// </summary>
public sealed class CalibrationRangeTests
{
    public static TheoryData<string> RangeFields => new(CalibrationDoc.Ranges.Select(r => r.Path));

    public static TheoryData<int> RelationRows => new(Enumerable.Range(0, CalibrationDoc.Relations.Count));

    [Fact]
    public void Every_numeric_field_has_a_documented_range_and_every_documented_field_exists()
    {
        // Derived values (cyclePeriodS) are written out but never read: only settable fields count.
        var fields = NumericLeaves(JsonNode.Parse(CalibrationFile.ToJson(AebCalibration.Default))!, "")
            .Where(f => Locate(AebCalibration.Default, f).Property.CanWrite).ToList();
        var twice = CalibrationDoc.Ranges.GroupBy(r => r.Path).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(twice.Count == 0, "docs/calibration.md gives these ranges twice: " + string.Join(", ", twice));
        var documented = CalibrationDoc.Ranges.Select(r => r.Path).ToHashSet();
        var undocumented = fields.Where(f => !documented.Contains(f)).ToList();
        var unknown = documented.Where(d => !fields.Contains(d)).ToList();
        Assert.True(undocumented.Count == 0, "fields without an accepted range in docs/calibration.md: " + string.Join(", ", undocumented));
        Assert.True(unknown.Count == 0, "docs/calibration.md gives ranges for fields the calibration does not have: " + string.Join(", ", unknown));
    }

    [Theory]
    [MemberData(nameof(RangeFields))]
    public void A_value_just_below_the_documented_minimum_is_refused_naming_the_field(string path)
    {
        var range = CalibrationDoc.Range(path);
        AssertRefusedForRange(range, Outside(range, below: true));
    }

    [Theory]
    [MemberData(nameof(RangeFields))]
    public void A_value_just_above_the_documented_maximum_is_refused_naming_the_field(string path)
    {
        var range = CalibrationDoc.Range(path);
        AssertRefusedForRange(range, Outside(range, below: false));
    }

    [Theory]
    [MemberData(nameof(RangeFields))]
    public void Both_documented_ends_are_accepted(string path)
    {
        var range = CalibrationDoc.Range(path);
        foreach (var (text, end) in new[] { (range.MinText, "min"), (range.MaxText, "max") })
        {
            var settings = new List<(string, string)> { (path, text) };
            settings.AddRange(Companions(path, end));
            var calibration = CalibrationFile.Parse(Json(settings), "cal.json");
            Assert.Equal((float)double.Parse(text, CultureInfo.InvariantCulture), Read(calibration, path));
        }
    }

    [Theory]
    [MemberData(nameof(RangeFields))]
    public void Not_a_number_and_infinity_are_refused_naming_the_field(string path)
    {
        if (FieldType(path) != typeof(float)) return; // integers cannot hold either
        var range = CalibrationDoc.Range(path);
        foreach (var (value, shown) in new[] { (float.NaN, "NaN"), (float.PositiveInfinity, "infinity"), (float.NegativeInfinity, "-infinity") })
        {
            var calibration = Fresh();
            Write(calibration, path, value);
            var error = Assert.Single(calibration.Validate(), e => e.Field == path && e.Problem.StartsWith("expected a finite", StringComparison.Ordinal));
            Assert.Equal($"expected a finite number between {range.MinText} and {range.MaxText}{UnitSuffix(range)}", error.Problem);
            Assert.Equal(shown, error.Found);
        }
    }

    [Theory]
    [MemberData(nameof(RelationRows))]
    public void A_relation_broken_by_a_hair_is_refused_naming_the_documented_field(int row)
    {
        var relation = CalibrationDoc.Relations[row];
        var (a, b) = (CalibrationDoc.Range(relation.Field), CalibrationDoc.Range(relation.Than));
        // A value both fields accept (in seconds where one is in µs), and a step far below both ranges' widths.
        double lo = Math.Max(Seconds(a, a.Min), Seconds(b, b.Min)), hi = Math.Min(Seconds(a, a.Max), Seconds(b, b.Max));
        Assert.True(lo <= hi, $"{relation.Field} and {relation.Than} share no values: the relation cannot hold");
        // Where the ranges share one value only (forwardAeb speeds meet at 5 m/s) a hair beyond leaves the range too.
        double v = (lo + hi) / 2, step = hi > lo ? (hi - lo) * 1e-3 : Math.Max(Math.Abs(v), 1) * 1e-3;
        double broken = relation.Op == "≥" ? v - step : v + step;
        double kept = relation.Op == "≥" ? v + step : v - step;

        Assert.True(NamesRelation(ErrorsOf((relation.Field, Written(a, broken)), (relation.Than, Written(b, v))), relation.Named), $"{relation.Field} {relation.Op} {relation.Than} broken by {step}: not refused naming {relation.Named}");
        Assert.False(NamesRelation(ErrorsOf((relation.Field, Written(a, kept)), (relation.Than, Written(b, v))), relation.Named), $"{relation.Field} {relation.Op} {relation.Than} kept: refused");
        bool equalAllowed = relation.Op != "<";
        Assert.Equal(!equalAllowed, NamesRelation(ErrorsOf((relation.Field, Written(a, v)), (relation.Than, Written(b, v))), relation.Named));
    }

    /// <summary>
    /// A broken relation is one line that a person can act on: the file, the field the table names, what it
    /// must be - naming the other field of the documented relation - and the value as written.
    /// </summary>
    [Theory]
    [MemberData(nameof(RelationRows))]
    public void A_broken_relation_says_which_other_field_it_must_keep_to_and_the_value_as_written(int row)
    {
        var relation = CalibrationDoc.Relations[row];
        var (a, b) = (CalibrationDoc.Range(relation.Field), CalibrationDoc.Range(relation.Than));
        double lo = Math.Max(Seconds(a, a.Min), Seconds(b, b.Min)), hi = Math.Min(Seconds(a, a.Max), Seconds(b, b.Max));
        double v = (lo + hi) / 2, step = hi > lo ? (hi - lo) * 1e-3 : Math.Max(Math.Abs(v), 1) * 1e-3;
        string field = Written(a, relation.Op == "≥" ? v - step : v + step), than = Written(b, v);

        var ex = Assert.Throws<CalibrationException>(() => CalibrationFile.Parse(Json([(relation.Field, field), (relation.Than, than)]), "cal.json"));

        var error = Assert.Single(ex.Errors, e => e.Field == relation.Named && !e.Problem.StartsWith("expected a", StringComparison.Ordinal));
        string other = relation.Named == relation.Field ? relation.Than : relation.Field;
        string otherName = relation.Named.Contains('.') && other.Contains('.') && Section(other) == Section(relation.Named) ? other[(other.LastIndexOf('.') + 1)..] : other;
        Assert.True(error.Problem.Contains(otherName, StringComparison.Ordinal), $"{relation.Named}: '{error.Problem}' does not name {otherName}");
        string written = relation.Named == relation.Field ? field : than;
        Assert.Contains($"cal.json: {relation.Named}: {error.Problem}, found {written}", ex.Message);
    }

    private static string Section(string path) => path.Contains('.') ? path[..path.LastIndexOf('.')] : "";

    public static TheoryData<string> Sections => new(typeof(AebCalibration).GetProperties()
        .Where(p => p.PropertyType.IsClass && p.PropertyType != typeof(AebCalibration) && p.CanWrite).Select(p => p.Name));

    [Theory]
    [MemberData(nameof(Sections))]
    public void A_missing_section_is_named_not_a_crash(string section)
    {
        var calibration = Fresh();
        typeof(AebCalibration).GetProperty(section)!.SetValue(calibration, null);
        var error = Assert.Single(calibration.Validate());
        Assert.Equal(JsonName(section), error.Field);
        Assert.Equal("section is missing", error.Problem);
    }

    [Theory]
    [InlineData("lateralM", 5)]
    [InlineData("lateralM", 7)]
    [InlineData("angleDeg", 0)]
    [InlineData("angleDeg", 7)]
    public void A_sensor_list_of_other_than_six_is_named(string list, int count)
    {
        string json = $$"""{ "ultrasonic": { "{{list}}": [{{string.Join(", ", Enumerable.Repeat("0", count))}}] } }""";
        var ex = Assert.Throws<CalibrationException>(() => CalibrationFile.Parse(json, "cal.json"));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("ultrasonic." + list, error.Field);
        Assert.Equal("must list 6 sensors, left to right", error.Problem);
    }

    [Theory]
    [InlineData(10_000, 0.01f)]
    [InlineData(20_000, 0.02f)]
    [InlineData(1_000, 0.001f)]
    public void The_cycle_period_in_seconds_is_the_microseconds_over_a_million(long periodUs, float expectedS) =>
        Assert.Equal(expectedS, (AebCalibration.Default with { CyclePeriodUs = periodUs }).CyclePeriodS, 6);

    [Fact]
    public void A_valid_calibration_passes_ensure_valid_unchanged_and_an_invalid_one_throws_naming_every_field()
    {
        var valid = Fresh();
        Assert.Same(valid, valid.EnsureValid());

        var bad = AebCalibration.Default with
        {
            CyclePeriodUs = 0,
            Vehicle = AebCalibration.Default.Vehicle with { WidthM = 9f },
        };
        var ex = Assert.Throws<CalibrationException>(() => bad.EnsureValid());
        Assert.Equal(["cyclePeriodUs", "vehicle.widthM"], ex.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Equal(
            "calibration field 'cyclePeriodUs': expected a number between 1000 and 100000 (µs), found 0; "
            + "calibration field 'vehicle.widthM': expected a number between 1 and 3 (m), found 9",
            ex.Message);
        // InputFileException's contract: File is the name the message gives the input ("calibration field ..."),
        // which a caller such as the command line reports; an in-memory calibration has no file, so it is that word.
        Assert.False(string.IsNullOrEmpty(ex.File), "an EnsureValid refusal names no input");
        Assert.StartsWith(ex.File + " field '", ex.Message);
    }

    [Fact]
    public void An_exception_without_errors_still_says_the_calibration_was_refused() =>
        Assert.Equal("calibration refused", new CalibrationException([]).Message);

    private static void AssertRefusedForRange(DocumentedRange range, string written)
    {
        var settings = new List<(string, string)> { (range.Path, written) };
        var ex = Assert.Throws<CalibrationException>(() => CalibrationFile.Parse(Json(settings), "cal.json"));
        string problem = $"expected a number between {range.MinText} and {range.MaxText}{UnitSuffix(range)}";
        Assert.Contains(ex.Errors, e => e.Field == range.Path && e.Problem == problem);
        Assert.Contains($"cal.json: {range.Path}: {problem}, found {written}", ex.Message);
    }

    private static string UnitSuffix(DocumentedRange range) => range.Unit.Length > 0 ? $" ({range.Unit})" : "";

    /// <summary>A whole unit beyond an integer field's end; a thousandth of the range beyond a real one.</summary>
    private static string Outside(DocumentedRange range, bool below)
    {
        double step = FieldType(range.Path) == typeof(float) ? (range.Max - range.Min) * 1e-3 : 1;
        return Number(below ? range.Min - step : range.Max + step);
    }

    private static double Seconds(DocumentedRange range, double value) => range.Unit == "µs" ? value * 1e-6 : value;

    private static string Written(DocumentedRange range, double seconds) =>
        range.Unit == "µs" ? Number(Math.Round(seconds * 1e6)) : Number(seconds);

    private static bool NamesRelation(IReadOnlyList<CalibrationError> errors, string field) =>
        errors.Any(e => e.Field == field && !e.Problem.StartsWith("expected a", StringComparison.Ordinal));

    private static IReadOnlyList<CalibrationError> ErrorsOf(params (string Path, string Text)[] settings)
    {
        try
        {
            CalibrationFile.Parse(Json(settings), "cal.json");
            return [];
        }
        catch (CalibrationException ex)
        {
            return ex.Errors;
        }
    }

    /// <summary>
    /// Fields a documented end needs changed with it so the documented relations hold (the end is then
    /// the only thing tested): e.g. forwardAeb.speedHysteresisMps at 3 needs minSpeedMps above 3.
    /// </summary>
    private static IEnumerable<(string Path, string Text)> Companions(string path, string end)
    {
        int dot = path.LastIndexOf('.');
        string prefix = dot < 0 ? "" : path[..(dot + 1)], field = path[(dot + 1)..];
        string[] pairs = (prefix, field, end) switch
        {
            ("", "cyclePeriodUs", "max") => ["driverOverride.pedalConfirmS=0.1", "driverOverride.steerConfirmS=0.1"],
            ("forwardAeb.", "minSpeedMps", "min") => ["speedHysteresisMps=0.05"],
            ("forwardAeb.", "maxSpeedMps", "max") => ["fcwMaxSpeedMps=70"],
            ("forwardAeb.", "fcwMaxTtcS", "min") => ["fcwMinTtcS=0.5"],
            ("forwardAeb.", "fcwMinTtcS", "max") => ["fcwMaxTtcS=10"],
            ("forwardAeb.", "partialBrakeEntryDecelMps2", "max") => ["stage2EntryDecelMps2=10", "fullBrakeEntryDecelMps2=10"],
            ("forwardAeb.", "stage2EntryDecelMps2", "min") => ["partialBrakeEntryDecelMps2=0.5"],
            ("forwardAeb.", "stage2EntryDecelMps2", "max") => ["fullBrakeEntryDecelMps2=12"],
            ("forwardAeb.", "fullBrakeEntryDecelMps2", "min") => ["partialBrakeEntryDecelMps2=0.5", "stage2EntryDecelMps2=0.5"],
            ("forwardAeb.", "partialBrake1DecelMps2", "max") => ["partialBrake2DecelMps2=12", "fullBrakeDecelMps2=12"],
            ("forwardAeb.", "partialBrake2DecelMps2", "min") => ["partialBrake1DecelMps2=0.5"],
            ("forwardAeb.", "partialBrake2DecelMps2", "max") => ["fullBrakeDecelMps2=12"],
            ("forwardAeb.", "fullBrakeDecelMps2", "min") => ["partialBrake1DecelMps2=1", "partialBrake2DecelMps2=1"],
            ("forwardAeb.", "fcwMaxSpeedMps", "min") => ["maxSpeedMps=5"],
            ("forwardAeb.", "speedHysteresisMps", "max") => ["minSpeedMps=5"],
            (_, "minSpeedMps", "max") when prefix != "forwardAeb." && prefix != "mai." => ["maxSpeedMps=15"],
            (_, "warningDecelMps2", "max") => ["brakeTriggerDecelMps2=10"],
            (_, "brakeTriggerDecelMps2", "min") => ["warningDecelMps2=0.5"],
            (_, "minBrakeDecelMps2", "max") => ["maxBrakeDecelMps2=12"],
            (_, "maxBrakeDecelMps2", "min") => ["minBrakeDecelMps2=0.5"],
            ("monitoring.", "brakeSwitchOpenBelowTravel", "max") => ["brakeSwitchClosedByTravel=0.5"],
            _ => [],
        };
        return pairs.Select(p => p.Split('=')).Select(p => (p[0].Contains('.') ? p[0] : prefix + p[0], p[1]));
    }

    /// <summary>A calibration file setting each path to the number as written; lists keep their other entries.</summary>
    private static string Json(IEnumerable<(string Path, string Text)> settings)
    {
        var defaults = JsonNode.Parse(CalibrationFile.ToJson(AebCalibration.Default))!.AsObject();
        var root = new JsonObject();
        foreach (var (path, text) in settings)
        {
            JsonObject parent = root;
            string[] parts = path.Split('.');
            JsonObject defaultParent = defaults;
            for (int i = 0; i < parts.Length - 1; i++)
            {
                if (parent[parts[i]] is not JsonObject child) parent[parts[i]] = child = new JsonObject();
                parent = child;
                defaultParent = defaultParent[parts[i]]!.AsObject();
            }

            string leaf = parts[^1];
            var value = JsonNode.Parse(text);
            int open = leaf.IndexOf('[');
            if (open < 0)
            {
                parent[leaf] = value;
                continue;
            }

            string list = leaf[..open];
            int index = int.Parse(leaf[(open + 1)..^1], CultureInfo.InvariantCulture);
            if (parent[list] is not JsonArray array) parent[list] = array = defaultParent[list]!.AsArray().DeepClone().AsArray();
            array[index] = value;
        }

        return root.ToJsonString();
    }

    private static IEnumerable<string> NumericLeaves(JsonNode node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    foreach (string leaf in NumericLeaves(child!, path.Length == 0 ? name : $"{path}.{name}")) yield return leaf;
                }

                break;
            case JsonArray array:
                for (int i = 0; i < array.Count; i++)
                {
                    foreach (string leaf in NumericLeaves(array[i]!, $"{path}[{i}]")) yield return leaf;
                }

                break;
            case JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.Number:
                yield return path;
                break;
        }
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string JsonName(string property) => char.ToLowerInvariant(property[0]) + property[1..];

    private static string Pascal(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    /// <summary>A deep copy of the defaults (sections are shared instances otherwise).</summary>
    private static AebCalibration Fresh() => CalibrationFile.Parse(CalibrationFile.ToJson(AebCalibration.Default), "defaults");

    private static (object Owner, PropertyInfo Property, int Index) Locate(AebCalibration calibration, string path)
    {
        object owner = calibration;
        string[] parts = path.Split('.');
        for (int i = 0; i < parts.Length - 1; i++)
        {
            owner = owner.GetType().GetProperty(Pascal(parts[i]))!.GetValue(owner)!;
        }

        string leaf = parts[^1];
        int open = leaf.IndexOf('[');
        int index = open < 0 ? -1 : int.Parse(leaf[(open + 1)..^1], CultureInfo.InvariantCulture);
        var property = owner.GetType().GetProperty(Pascal(open < 0 ? leaf : leaf[..open]))
            ?? throw new KeyNotFoundException($"docs/calibration.md names {path}, which the calibration does not have");
        return (owner, property, index);
    }

    private static Type FieldType(string path)
    {
        var (_, property, index) = Locate(AebCalibration.Default, path);
        return index < 0 ? property.PropertyType : property.PropertyType.GetElementType()!;
    }

    private static float Read(AebCalibration calibration, string path)
    {
        var (owner, property, index) = Locate(calibration, path);
        object value = index < 0 ? property.GetValue(owner)! : ((Array)property.GetValue(owner)!).GetValue(index)!;
        return Convert.ToSingle(value, CultureInfo.InvariantCulture);
    }

    private static void Write(AebCalibration calibration, string path, float value)
    {
        var (owner, property, index) = Locate(calibration, path);
        if (index < 0) property.SetValue(owner, value);
        else ((float[])property.GetValue(owner)!)[index] = value;
    }
}
