using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AebController.Scenarios.Loading;

namespace AebController.Scenarios.Exploration.Spaces;

/// <summary>
/// Reads scenario-space files strictly: unknown fields, wrong types and values out of range are
/// refused with one line naming the file, the field, what was expected and what was found.
/// </summary>
public static class SpaceLoader
{
    private static readonly string[] TopFields = ["space", "description", "sources", "parameters", "constraints", "knownProbability", "collisions", "template"];
    private static readonly string[] ParameterFields = ["min", "max", "naturalistic", "set", "weights", "neutral", "round"];

    public static ScenarioSpace Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioFormatException(path, "$", $"cannot be read: {ex.Message}");
        }

        return Parse(json, path);
    }

    public static ScenarioSpace Parse(string json, string source)
    {
        JsonNode? root;
        try
        {
            // The shared strict parse: malformed JSON with line and column, a key given twice refused (a tree would throw on it).
            using var document = Firmware.Files.StrictJson.Parse(json, source);
            root = JsonObject.Create(document.RootElement.Clone());
        }
        catch (Firmware.Files.InputFileException ex)
        {
            throw ScenarioFormatException.From(ex);
        }

        if (root is not JsonObject obj) throw new ScenarioFormatException(source, "$", "a space file holds one JSON object");
        Known(obj, TopFields, source, "", "space files have space, description, sources, parameters, constraints, knownProbability, collisions, template");
        string name = Text(obj, "space", source, "space") ?? throw new ScenarioFormatException(source, "space", "required: the space's name");
        if (name.Length == 0 || name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            throw new ScenarioFormatException(source, "space", $"expected a name of letters, digits, '-', '_' or '.', found '{name}'");
        }

        if (obj["parameters"] is not JsonObject parametersNode || parametersNode.Count == 0)
        {
            throw new ScenarioFormatException(source, "parameters", $"expected an object of named parameters, found {Found(obj["parameters"])}");
        }

        if (parametersNode.Count > Sampling.Halton.MaxDimensions)
        {
            throw new ScenarioFormatException(source, "parameters", $"at most {Sampling.Halton.MaxDimensions} parameters, found {parametersNode.Count}");
        }

        var parameters = new List<SpaceParameter>();
        foreach (var (key, value) in parametersNode)
        {
            if (!IsIdentifier(key)) throw new ScenarioFormatException(source, $"parameters.{key}", "expected a name of letters and digits (it is used in expressions)");
            parameters.Add(ReadParameter(key, value, source));
        }

        var constraints = new List<string>();
        if (obj["constraints"] is JsonNode cNode)
        {
            if (cNode is not JsonArray cArray) throw new ScenarioFormatException(source, "constraints", $"expected a list of expressions, found {Found(cNode)}");
            for (int i = 0; i < cArray.Count; i++)
            {
                if (cArray[i] is not JsonValue cv || !cv.TryGetValue(out string? text))
                {
                    throw new ScenarioFormatException(source, $"constraints[{i}]", $"expected an expression text such as \"egoKph - targetKph - 10\", found {Found(cArray[i])}");
                }

                constraints.Add(text);
            }
        }

        double? known = null;
        if (obj["knownProbability"] is JsonNode kNode)
        {
            double k = Number(kNode, source, "knownProbability");
            if (!(k > 0 && k < 1)) throw new ScenarioFormatException(source, "knownProbability", $"expected a probability in (0, 1), found {Format(k)}");
            known = k;
        }

        string collisions = Text(obj, "collisions", source, "collisions") ?? "all";
        if (collisions is not ("all" or "avoidable"))
        {
            throw new ScenarioFormatException(source, "collisions", $"expected \"all\" (every collision fails) or \"avoidable\" (only collisions physics allowed avoiding), found '{collisions}'");
        }

        if (obj["template"] is not JsonObject template) throw new ScenarioFormatException(source, "template", $"expected a scenario object, found {Found(obj["template"])}");
        var space = new ScenarioSpace
        {
            Name = name,
            Description = Text(obj, "description", source, "description"),
            Sources = Text(obj, "sources", source, "sources"),
            Parameters = parameters,
            Constraints = constraints,
            Template = template,
            KnownProbability = known,
            AvoidableCollisionsOnly = collisions == "avoidable",
            Source = source,
            Fingerprint = obj.ToJsonString(),
        };
        CheckTemplate(space, source);
        return space;
    }

    /// <summary>Instantiates the corners' centre and the naturalistic median, so a broken template fails at load, naming its field.</summary>
    private static void CheckTemplate(ScenarioSpace space, string source)
    {
        Span<double> v = stackalloc double[space.Dimensions];
        Span<double> x = stackalloc double[space.Dimensions];
        for (int i = 0; i < v.Length; i++) v[i] = 0.5;
        try
        {
            space.FromSearch(v, x);
            for (int c = 0; c < space.Constraints.Count; c++)
            {
                try
                {
                    space.IsValid(x);
                }
                catch (FormatException fe)
                {
                    throw new ScenarioFormatException(source, $"constraints[{c}]", fe.Message);
                }
            }

            space.Instantiate(x, 1, 0);
            space.FromNaturalistic(v, x);
            space.Instantiate(x, 1, 0);
        }
        catch (FormatException fe)
        {
            throw new ScenarioFormatException(source, "template", fe.Message);
        }
    }

    private static SpaceParameter ReadParameter(string name, JsonNode? node, string source)
    {
        string path = $"parameters.{name}";
        if (node is not JsonObject o) throw new ScenarioFormatException(source, path, $"expected an object with min/max or set, found {Found(node)}");
        Known(o, ParameterFields, source, path + ".", "parameters have min, max, naturalistic, set, weights, neutral, round");
        double? neutral = null;
        double? round = null;
        if (o["round"] is JsonNode rn)
        {
            double r = Number(rn, source, $"{path}.round");
            if (!(r > 0)) throw new ScenarioFormatException(source, $"{path}.round", $"expected a step > 0, found {Format(r)}");
            round = r;
        }

        if (o["set"] is JsonNode setNode)
        {
            if (o["min"] is not null || o["max"] is not null || o["naturalistic"] is not null)
            {
                throw new ScenarioFormatException(source, path, "a parameter is either a range (min, max, naturalistic) or a set (set, weights), not both");
            }

            if (setNode is not JsonArray set || set.Count == 0) throw new ScenarioFormatException(source, $"{path}.set", $"expected a non-empty list of texts or numbers, found {Found(setNode)}");
            var texts = new string[set.Count];
            var numbers = new double[set.Count];
            for (int i = 0; i < set.Count; i++)
            {
                if (set[i] is JsonValue sv && sv.TryGetValue(out string? t)) { texts[i] = t; numbers[i] = i; }
                else if (set[i] is JsonValue nv && nv.TryGetValue(out double d)) { texts[i] = Format(d); numbers[i] = d; }
                else throw new ScenarioFormatException(source, $"{path}.set[{i}]", $"expected a text or a number, found {Found(set[i])}");
            }

            if (texts.Distinct(StringComparer.Ordinal).Count() != texts.Length) throw new ScenarioFormatException(source, $"{path}.set", "values repeat");
            var weights = new double[set.Count];
            if (o["weights"] is JsonNode wNode)
            {
                if (wNode is not JsonArray w || w.Count != set.Count)
                {
                    throw new ScenarioFormatException(source, $"{path}.weights", $"expected {set.Count} numbers (one per set value), found {Found(wNode)}");
                }

                for (int i = 0; i < w.Count; i++)
                {
                    weights[i] = Number(w[i], source, $"{path}.weights[{i}]");
                    if (!(weights[i] >= 0) || double.IsInfinity(weights[i])) throw new ScenarioFormatException(source, $"{path}.weights[{i}]", $"expected a weight ≥ 0, found {Format(weights[i])}");
                }
            }
            else
            {
                Array.Fill(weights, 1.0);
            }

            double sum = weights.Sum();
            if (!(sum > 0)) throw new ScenarioFormatException(source, $"{path}.weights", "expected at least one weight > 0");
            for (int i = 0; i < weights.Length; i++) weights[i] /= sum;
            if (o["neutral"] is JsonNode setNeutral)
            {
                string want = setNeutral is JsonValue snv && snv.TryGetValue(out string? st) ? st : setNeutral is JsonValue dnv && dnv.TryGetValue(out double dd) ? Format(dd) : "";
                int at = Array.IndexOf(texts, want);
                if (at < 0) throw new ScenarioFormatException(source, $"{path}.neutral", $"expected one of the set's values, found {Found(setNeutral)}");
                neutral = at;
            }

            return new SpaceParameter { Name = name, Set = texts, SetNumbers = numbers, Weights = weights, Neutral = neutral, Min = 0, Max = texts.Length - 1 };
        }

        if (o["weights"] is not null) throw new ScenarioFormatException(source, $"{path}.weights", "weights belong to a set; a range takes 'naturalistic'");
        if (o["min"] is null || o["max"] is null) throw new ScenarioFormatException(source, path, "expected min and max (a range) or set (a list of values)");
        double min = Number(o["min"], source, $"{path}.min");
        double max = Number(o["max"], source, $"{path}.max");
        if (!(max >= min)) throw new ScenarioFormatException(source, $"{path}.max", $"expected max ≥ min ({Format(min)}), found {Format(max)}");
        var distribution = o["naturalistic"] is JsonNode dNode ? ReadDistribution(dNode, source, $"{path}.naturalistic") : Distribution.Uniform;
        if (distribution.Kind is DistributionKind.LogNormal or DistributionKind.Exponential && min < 0)
        {
            throw new ScenarioFormatException(source, $"{path}.min", $"a {distribution.Kind} distribution needs min ≥ 0, found {Format(min)}");
        }

        if (distribution.Kind != DistributionKind.Uniform && max > min && !(1 - distribution.Cdf(min) - distribution.UpperTail(max) > 1e-300))
        {
            throw new ScenarioFormatException(source, $"{path}.naturalistic", "the distribution has no mass inside [min, max]");
        }

        if (o["neutral"] is JsonNode neutralNode)
        {
            double n = Number(neutralNode, source, $"{path}.neutral");
            if (n < min || n > max) throw new ScenarioFormatException(source, $"{path}.neutral", $"expected a value in [{Format(min)}, {Format(max)}], found {Format(n)}");
            neutral = n;
        }

        return new SpaceParameter { Name = name, Min = min, Max = max, Naturalistic = distribution, Neutral = neutral, Round = round };
    }

    private static Distribution ReadDistribution(JsonNode node, string source, string path)
    {
        if (node is JsonValue v && v.TryGetValue(out string? s) && s == "uniform") return Distribution.Uniform;
        if (node is not JsonObject o || o.Count != 1)
        {
            throw new ScenarioFormatException(source, path, $"expected \"uniform\" or one of {{\"normal\": {{mean, sd}}}}, {{\"lognormal\": {{median, sigma}}}}, {{\"exponential\": {{mean}}}}, found {Found(node)}");
        }

        var (kind, body) = o.First();
        string p = $"{path}.{kind}";
        if (body is not JsonObject b) throw new ScenarioFormatException(source, p, $"expected an object of the distribution's numbers, found {Found(body)}");
        switch (kind)
        {
            case "normal":
                Known(b, ["mean", "sd"], source, p + ".", "normal has mean and sd");
                double sd = Positive(b, "sd", source, p);
                return new Distribution(DistributionKind.Normal, Number(b["mean"], source, $"{p}.mean"), sd);
            case "lognormal":
                Known(b, ["median", "sigma"], source, p + ".", "lognormal has median and sigma (of the logarithm)");
                return new Distribution(DistributionKind.LogNormal, Positive(b, "median", source, p), Positive(b, "sigma", source, p));
            case "exponential":
                Known(b, ["mean"], source, p + ".", "exponential has mean");
                return new Distribution(DistributionKind.Exponential, Positive(b, "mean", source, p));
            default:
                throw new ScenarioFormatException(source, p, "unknown distribution; expected uniform, normal, lognormal or exponential");
        }
    }

    private static double Positive(JsonObject o, string field, string source, string path)
    {
        double value = Number(o[field], source, $"{path}.{field}");
        if (!(value > 0)) throw new ScenarioFormatException(source, $"{path}.{field}", $"expected a number > 0, found {Format(value)}");
        return value;
    }

    private static double Number(JsonNode? node, string source, string path)
    {
        if (node is JsonValue v && v.TryGetValue(out double d) && double.IsFinite(d)) return d;
        throw new ScenarioFormatException(source, path, $"expected a number, found {Found(node)}");
    }

    private static string? Text(JsonObject o, string field, string source, string path)
    {
        var node = o[field];
        if (node is null) return null;
        if (node is JsonValue v && v.TryGetValue(out string? s)) return s;
        throw new ScenarioFormatException(source, path, $"expected a text, found {Found(node)}");
    }

    private static void Known(JsonObject o, string[] allowed, string source, string prefix, string hint)
    {
        foreach (var (key, _) in o)
        {
            if (Array.IndexOf(allowed, key) < 0) throw new ScenarioFormatException(source, prefix + key, $"unknown field (misspelt?); {hint}");
        }
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(char.IsAsciiLetterOrDigit);

    private static string Found(JsonNode? node) => node switch
    {
        null => "nothing",
        JsonObject => "an object",
        JsonArray a => $"a list of {a.Count}",
        _ => node.ToJsonString(),
    };

    // Beyond 1e15 the short round-trip form: a min of -1e308 reads -1E+308, not 309 digits.
    private static string Format(double d) =>
        Math.Abs(d) < 1e15 ? d.ToString("0.######", CultureInfo.InvariantCulture) : d.ToString("R", CultureInfo.InvariantCulture);

    private static string FirstLine(string message)
    {
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
