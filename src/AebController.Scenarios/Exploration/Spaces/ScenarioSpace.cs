using System.Globalization;
using System.Text.Json.Nodes;
using AebController.Scenarios.Exploration.Sampling;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Matrix;
using AebController.Scenarios.Model;

namespace AebController.Scenarios.Exploration.Spaces;

/// <summary>
/// A scenario family as a space: parameters (ranges, sets, naturalistic distributions), constraints
/// between them, and a scenario template. <see cref="Instantiate"/> turns a point of the space into an
/// ordinary <see cref="ScenarioDefinition"/>: a pure function of (space, values, seed, index).
/// See docs/exploration.md.
/// </summary>
public sealed class ScenarioSpace
{
    public required string Name { get; init; }
    public string? Description { get; init; }

    /// <summary>Where the naturalistic weights come from (free text, shown in reports).</summary>
    public string? Sources { get; init; }
    public required IReadOnlyList<SpaceParameter> Parameters { get; init; }

    /// <summary>Expressions over the parameters; a point is valid when every one is ≥ 0.</summary>
    public IReadOnlyList<string> Constraints { get; init; } = [];
    public required JsonObject Template { get; init; }

    /// <summary>
    /// "collisions": "avoidable": a collision counts as the controller's failure only when the physics
    /// oracle (Judging.CollisionAvoidability) finds it avoidable; default false: every collision fails.
    /// </summary>
    public bool AvoidableCollisionsOnly { get; init; }

    /// <summary>Failure probability under the naturalistic weights, when known by construction.</summary>
    public double? KnownProbability { get; init; }

    /// <summary>Where the space came from (a path or "builtin:name"), for messages.</summary>
    public required string Source { get; init; }

    /// <summary>Canonical text of the space, so a store can refuse to resume or merge a different space.</summary>
    public required string Fingerprint { get; init; }

    public int Dimensions => Parameters.Count;

    public void FromSearch(ReadOnlySpan<double> v, Span<double> values)
    {
        for (int i = 0; i < Parameters.Count; i++) values[i] = Parameters[i].FromSearch(v[i]);
    }

    public void FromNaturalistic(ReadOnlySpan<double> u, Span<double> values)
    {
        for (int i = 0; i < Parameters.Count; i++) values[i] = Parameters[i].FromNaturalistic(u[i]);
    }

    /// <summary>Naturalistic density of a point relative to uniform search over the space's box.</summary>
    public double NaturalisticWeight(ReadOnlySpan<double> values)
    {
        double w = 1;
        for (int i = 0; i < Parameters.Count; i++) w *= Parameters[i].WeightAgainstSearch(values[i]);
        return w;
    }

    public bool IsValid(ReadOnlySpan<double> values)
    {
        if (Constraints.Count == 0) return true;
        var point = Point(values);
        foreach (var c in Constraints)
        {
            if (MatrixExpression.Evaluate(c, point) < 0) return false;
        }

        return true;
    }

    /// <summary>The scenario seed of instance <paramref name="index"/>: sensor noise differs from run to run, deterministically.</summary>
    public static ulong InstanceSeed(ulong seed, long index) => (SplitMix64.Mix(seed * 0x9E37_79B9UL ^ (ulong)index) >> 12) + 1;

    /// <summary>The ordinary scenario at a point of the space.</summary>
    public ScenarioDefinition Instantiate(ReadOnlySpan<double> values, ulong seed, long index) =>
        Instantiate(values, $"{Name}-{seed}-{index}", InstanceSeed(seed, index));

    public ScenarioDefinition Instantiate(ReadOnlySpan<double> values, string name, ulong scenarioSeed)
    {
        var point = Point(values);
        var texts = Texts(values);
        var node = (JsonObject)Template.DeepClone();
        Substitute(node, point, texts, "template");
        node["name"] = name;
        node["seed"] = scenarioSeed;
        return ScenarioLoader.FromNode(node, $"{Source} ({Describe(values)})");
    }

    /// <summary>"name=value, ..." for messages and reports.</summary>
    public string Describe(ReadOnlySpan<double> values)
    {
        var parts = new string[Parameters.Count];
        for (int i = 0; i < parts.Length; i++) parts[i] = $"{Parameters[i].Name}={Text(i, values[i])}";
        return string.Join(", ", parts);
    }

    /// <summary>A parameter's value as written: the set member, or the number.</summary>
    public string Text(int parameter, double value)
    {
        var p = Parameters[parameter];
        if (p.IsSet) return p.Set![(int)value];
        // Six decimals as matrix files round; beyond 1e15 the short round-trip form (-5E+307, not 308 digits).
        return Math.Abs(value) < 1e15 ? value.ToString("0.######", CultureInfo.InvariantCulture) : value.ToString("R", CultureInfo.InvariantCulture);
    }

    private Dictionary<string, double> Point(ReadOnlySpan<double> values)
    {
        var point = new Dictionary<string, double>(Parameters.Count, StringComparer.Ordinal);
        for (int i = 0; i < Parameters.Count; i++)
        {
            var p = Parameters[i];
            point[p.Name] = p.IsSet ? p.SetNumbers![(int)values[i]] : values[i];
        }

        return point;
    }

    private Dictionary<string, string> Texts(ReadOnlySpan<double> values)
    {
        var texts = new Dictionary<string, string>(Parameters.Count, StringComparer.Ordinal);
        for (int i = 0; i < Parameters.Count; i++) texts[Parameters[i].Name] = Text(i, values[i]);
        return texts;
    }

    /// <summary>Fills "{=expression}" and "{name}" in place; returns a replacement for a string value, else null.</summary>
    private JsonNode? Substitute(JsonNode node, Dictionary<string, double> point, Dictionary<string, string> texts, string path)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key).ToArray())
                {
                    if (o[key] is JsonNode child && Substitute(child, point, texts, $"{path}.{key}") is JsonNode replaced) o[key] = replaced;
                }

                return null;
            case JsonArray a:
                for (int i = 0; i < a.Count; i++)
                {
                    if (a[i] is JsonNode child && Substitute(child, point, texts, $"{path}[{i}]") is JsonNode replaced) a[i] = replaced;
                }

                return null;
            case JsonValue v when v.TryGetValue(out string? text) && text.Contains('{'):
                try
                {
                    if (text.StartsWith("{=", StringComparison.Ordinal) && text.EndsWith('}'))
                    {
                        // Rounded to 6 decimals as matrix files are: written files then read back exactly.
                        double value = MatrixExpression.Evaluate(text[2..^1], point);
                        if (!double.IsFinite(value))
                        {
                            // JSON has no NaN or infinity: an expression that gives one is the space file's error.
                            // Said in words: "Infinity" would read as a value the file wrote (fuzz seed 40548: a range of -1e308 to 4 s).
                            string found = double.IsNaN(value) ? "no number (0/0 or infinity - infinity)" : "a result beyond ±1.8e308 (overflow or division by zero)";
                            throw new ScenarioFormatException(Source, path, $"expected '{text}' to give a finite number, found {found} at {string.Join(", ", texts.Select(t => $"{t.Key}={t.Value}"))}");
                        }

                        return JsonValue.Create(Math.Round(value, 6));
                    }

                    foreach (var t in texts) text = text.Replace("{" + t.Key + "}", t.Value, StringComparison.Ordinal);
                    return JsonValue.Create(text);
                }
                catch (FormatException fe)
                {
                    throw new ScenarioFormatException(Source, path, fe.Message);
                }

            default:
                return null;
        }
    }
}
