using System.Globalization;
using System.Xml.Linq;

namespace AebController.Scenarios.OpenScenario;

/// <summary>
/// A scope of OpenSCENARIO parameters: declarations evaluated in order (a later one may use an earlier
/// one), values given from outside (a variation) replacing the declared value before anything that
/// depends on them is evaluated, and attribute values resolved: `$name` takes a parameter, `${...}` an
/// expression, anything else is a literal.
/// </summary>
public sealed class OscParameters
{
    private readonly Dictionary<string, string> _values;
    private readonly OscParameters? _outer;

    public OscParameters(OscParameters? outer = null)
    {
        _outer = outer;
        _values = new Dictionary<string, string>(StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, string> Values => _values;

    /// <summary>Reads ParameterDeclarations, taking a value from <paramref name="overrides"/> where one is given.</summary>
    public void Declare(XElement? declarations, IReadOnlyDictionary<string, string>? overrides = null)
    {
        if (declarations is null) return;
        foreach (var d in declarations.Elements("ParameterDeclaration"))
        {
            string name = Required(d, "name");
            string type = d.Attribute("parameterType")?.Value ?? "string";
            string value = overrides is not null && overrides.TryGetValue(name, out var given) ? given : Required(d, "value");
            string resolved = ResolveRaw(value, d.Attribute("value") ?? (XObject)d);
            _values[name] = Normalise(resolved, type, d);
            CheckConstraints(d, name, _values[name]);
        }
    }

    public void Set(string name, string value) => _values[name] = value;

    public bool TryGet(string name, out string value)
    {
        for (var scope = this; scope is not null; scope = scope._outer)
        {
            if (scope._values.TryGetValue(name, out value!)) return true;
        }

        value = "";
        return false;
    }

    /// <summary>The attribute's value with parameters and expressions resolved; null when the attribute is absent.</summary>
    public string? Attr(XElement element, string name)
    {
        var a = element.Attribute(name);
        return a is null ? null : ResolveRaw(a.Value, a);
    }

    public string Text(XElement element, string name) => Attr(element, name) ?? throw OscError.At(element, $"attribute '{name}' is required");

    public double Number(XElement element, string name)
    {
        string text = Text(element, name);
        var attribute = element.Attribute(name)!;
        // A value that came through a parameter or expression is shown with where it came from.
        string found = attribute.Value == text ? $"'{text}'" : $"'{text}' (from {attribute.Value})";
        var limits = OscLimits.For(element.Name.LocalName, name);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v))
        {
            throw OscError.At(attribute, $"expected {limits?.Describe() ?? "a finite number"}, found {found}");
        }

        if (limits is not null && !limits.Admits(v)) throw OscError.At(attribute, $"expected {limits.Describe()}, found {found}");
        return v;
    }

    public double Number(XElement element, string name, double fallback) => element.Attribute(name) is null ? fallback : Number(element, name);

    public bool Bool(XElement element, string name, bool fallback)
    {
        string? text = Attr(element, name);
        if (text is null) return fallback;
        return text switch
        {
            "true" or "1" => true,
            "false" or "0" => false,
            _ => throw OscError.At(element.Attribute(name)!, $"expected true or false, found '{text}'"),
        };
    }

    /// <summary>Resolves one raw attribute text: `$name`, `${expression}` or a literal.</summary>
    public string ResolveRaw(string raw, XObject where)
    {
        string text = raw.Trim();
        if (text.StartsWith("${", StringComparison.Ordinal) && text.EndsWith('}'))
        {
            try
            {
                double v = OscExpression.Evaluate(text[2..^1], n => NumericParameter(n, where));
                return v.ToString("R", CultureInfo.InvariantCulture);
            }
            catch (FormatException ex)
            {
                throw OscError.At(where, ex.Message);
            }
        }

        if (text.StartsWith('$'))
        {
            string name = text[1..];
            return TryGet(name, out var value) ? value : throw OscError.At(where, $"parameter '${name}' is not declared");
        }

        return raw;
    }

    private double NumericParameter(string name, XObject where)
    {
        if (!TryGet(name, out var text)) throw OscError.At(where, $"parameter '${name}' is not declared");
        if (text == "true") return 1;
        if (text == "false") return 0;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v)
            ? v
            : throw OscError.At(where, $"parameter '${name}' is '{text}', not a number, but is used in an expression");
    }

    private static string Normalise(string value, string type, XElement where)
    {
        switch (type)
        {
            case "double":
                return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? value : throw OscError.At(where, $"parameter of type double has the value '{value}'");
            case "int" or "integer" or "unsignedInt" or "unsignedShort":
                return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double i) && i == Math.Round(i)
                    ? ((long)i).ToString(CultureInfo.InvariantCulture)
                    : throw OscError.At(where, $"parameter of type {type} has the value '{value}'");
            case "boolean":
                return value switch
                {
                    "true" or "1" => "true",
                    "false" or "0" => "false",
                    _ => throw OscError.At(where, $"parameter of type boolean has the value '{value}'"),
                };
            default:
                return value;
        }
    }

    private void CheckConstraints(XElement declaration, string name, string value)
    {
        var groups = declaration.Elements("ConstraintGroup").ToList();
        if (groups.Count == 0) return;
        foreach (var group in groups)
        {
            bool all = true;
            foreach (var c in group.Elements("ValueConstraint"))
            {
                all &= Holds(c.Attribute("rule")?.Value ?? "equalTo", value, ResolveRaw(c.Attribute("value")?.Value ?? "", c));
            }

            if (all) return;
        }

        throw OscError.At(declaration, $"parameter '{name}' = {value} violates its ConstraintGroup");
    }

    /// <summary>Compares two resolved values under an OpenSCENARIO rule; numbers as numbers, anything else as text.</summary>
    public static bool Holds(string rule, string left, string right)
    {
        bool numeric = double.TryParse(left, NumberStyles.Float, CultureInfo.InvariantCulture, out double l)
            & double.TryParse(right, NumberStyles.Float, CultureInfo.InvariantCulture, out double r);
        int cmp = numeric ? l.CompareTo(r) : string.CompareOrdinal(left, right);
        return rule switch
        {
            "equalTo" => cmp == 0,
            "notEqualTo" => cmp != 0,
            "greaterThan" => cmp > 0,
            "lessThan" => cmp < 0,
            "greaterOrEqual" => cmp >= 0,
            "lessOrEqual" => cmp <= 0,
            _ => throw new FormatException($"unknown rule '{rule}'"),
        };
    }

    private static string Required(XElement e, string name) =>
        e.Attribute(name)?.Value ?? throw OscError.At(e, $"attribute '{name}' is required");
}
