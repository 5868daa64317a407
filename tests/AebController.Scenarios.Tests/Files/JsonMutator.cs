using System.Text;
using System.Text.Json.Nodes;

namespace AebController.Scenarios.Tests.Files;

/// <summary>
/// Turns a valid document into a damaged one the way users and tools damage files: a value replaced by
/// one of another type or an extreme number, a field removed, renamed, repeated or added, nulls, deep
/// nesting, truncation and stray characters. Deterministic for a given random source.
/// </summary>
public static class JsonMutator
{
    private static readonly string[] Numbers =
    [
        "0", "-0", "1", "-1", "0.5", "-5", "1e308", "-1e308", "1e-320", "1e400", "3.5e38", "2147483648", "-2147483649",
        "9223372036854775808", "18446744073709551616", "1.5", "1e2", "123456789012345678901234567890", "4.9e-324", "-9.8",
    ];

    private static readonly string[] Texts = ["\"\"", "\"drive\"", "\"passengerCar\"", "\"x\"", "\"{=1/0}\"", "\"{=speed*\"", "\"\\u0000\"", "\"1e308\"", "\"NaN\""];

    public static string Mutate(string validJson, Random random)
    {
        var root = JsonNode.Parse(validJson, documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true })!;
        int edits = 1 + random.Next(3);
        for (int i = 0; i < edits; i++) root = EditTree(root, random);
        string text = root.ToJsonString();
        return random.Next(6) == 0 ? EditText(text, random) : text;
    }

    private static JsonNode EditTree(JsonNode root, Random random)
    {
        var containers = new List<JsonNode>();
        Collect(root, containers);
        var target = containers[random.Next(containers.Count)];
        switch (target)
        {
            case JsonObject o when o.Count > 0:
                string key = o.ElementAt(random.Next(o.Count)).Key;
                switch (random.Next(5))
                {
                    case 0: o.Remove(key); break;
                    case 1: o[key] = RandomValue(random, 0); break;
                    case 2:
                        var value = o[key]?.DeepClone();
                        o.Remove(key);
                        o[key + (random.Next(2) == 0 ? "x" : "")] = value;
                        break;
                    case 3: o["unexpected" + random.Next(3)] = RandomValue(random, 0); break;
                    default: o[key] = null; break;
                }

                break;
            case JsonArray a when a.Count > 0:
                int index = random.Next(a.Count);
                switch (random.Next(3))
                {
                    case 0: a.RemoveAt(index); break;
                    case 1: a[index] = RandomValue(random, 0); break;
                    default: a.Add(a[index]?.DeepClone()); break;
                }

                break;
            default:
                if (ReferenceEquals(target, root)) return random.Next(2) == 0 ? new JsonArray(root.DeepClone()) : root;
                break;
        }

        return root;
    }

    private static JsonNode? RandomValue(Random random, int depth) => random.Next(depth > 2 ? 4 : 6) switch
    {
        0 => JsonNode.Parse(Numbers[random.Next(Numbers.Length)]),
        1 => JsonNode.Parse(Texts[random.Next(Texts.Length)]),
        2 => JsonValue.Create(random.Next(2) == 0),
        3 => null,
        4 => new JsonArray(RandomValue(random, depth + 1), RandomValue(random, depth + 1)),
        _ => new JsonObject { ["a" + random.Next(3)] = RandomValue(random, depth + 1) },
    };

    private static void Collect(JsonNode? node, List<JsonNode> into)
    {
        if (node is null) return;
        into.Add(node);
        if (node is JsonObject o) foreach (var p in o) Collect(p.Value, into);
        if (node is JsonArray a) foreach (var item in a) Collect(item, into);
    }

    /// <summary>Damage to the text itself: a repeated key, truncation, a stray character, deep nesting.</summary>
    private static string EditText(string text, Random random)
    {
        switch (random.Next(4))
        {
            case 0:
                // Repeat the first "key": value pair of some object: the same key twice.
                int at = text.IndexOf("\":", random.Next(Math.Max(1, text.Length / 2)), StringComparison.Ordinal);
                if (at < 0) return text;
                int start = text.LastIndexOf('"', at - 1);
                int end = text.IndexOfAny([',', '}'], at);
                if (start < 0 || end < 0) return text;
                string pair = text[start..end];
                return text.Insert(start, pair + ",");
            case 1:
                return text[..random.Next(text.Length)];
            case 2:
                var sb = new StringBuilder(text);
                sb.Insert(random.Next(text.Length), "{}[],:\"x0-e."[random.Next(12)]);
                return sb.ToString();
            default:
                return new string('[', 70) + text + new string(']', 70);
        }
    }
}
