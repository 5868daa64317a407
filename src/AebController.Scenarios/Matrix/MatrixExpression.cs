using System.Globalization;

namespace AebController.Scenarios.Matrix;

/// <summary>
/// Arithmetic over matrix variables: numbers, names, + - * /, unary minus, parentheses and
/// min(a, b), max(a, b), abs(a). Enough to derive start gaps and speeds from a test point.
/// </summary>
public sealed class MatrixExpression
{
    private static readonly IReadOnlyDictionary<string, string> NoTexts = new Dictionary<string, string>();

    private readonly string _text;
    private readonly IReadOnlyDictionary<string, double> _variables;
    private readonly IReadOnlyDictionary<string, string> _texts;
    private int _pos;

    private MatrixExpression(string text, IReadOnlyDictionary<string, double> variables, IReadOnlyDictionary<string, string> texts)
    {
        _text = text;
        _variables = variables;
        _texts = texts;
    }

    /// <summary>Evaluates <paramref name="text"/>; throws <see cref="FormatException"/> naming the problem.</summary>
    public static double Evaluate(string text, IReadOnlyDictionary<string, double> variables) => Evaluate(text, variables, NoTexts);

    /// <summary>
    /// Evaluates <paramref name="text"/>; <paramref name="texts"/> are the variables whose value is a text (a class
    /// name, a fault kind): an expression that uses one is refused saying so, not as an unknown name.
    /// </summary>
    public static double Evaluate(string text, IReadOnlyDictionary<string, double> variables, IReadOnlyDictionary<string, string> texts)
    {
        var parser = new MatrixExpression(text, variables, texts);
        double value = parser.Sum();
        parser.SkipSpaces();
        if (parser._pos != text.Length) throw new FormatException($"unexpected '{text[parser._pos..]}' in expression '{text}'");
        return value;
    }

    private double Sum()
    {
        double value = Product();
        while (true)
        {
            SkipSpaces();
            if (Accept('+')) value += Product();
            else if (Accept('-')) value -= Product();
            else return value;
        }
    }

    private double Product()
    {
        double value = Unary();
        while (true)
        {
            SkipSpaces();
            if (Accept('*')) value *= Unary();
            else if (Accept('/'))
            {
                double divisor = Unary();
                if (divisor == 0) throw new FormatException($"division by zero in expression '{_text}'");
                value /= divisor;
            }
            else return value;
        }
    }

    private double Unary()
    {
        SkipSpaces();
        if (Accept('-')) return -Unary();
        if (Accept('('))
        {
            double inner = Sum();
            Expect(')');
            return inner;
        }

        if (_pos < _text.Length && (char.IsDigit(_text[_pos]) || _text[_pos] == '.'))
        {
            int start = _pos;
            while (_pos < _text.Length && (char.IsDigit(_text[_pos]) || _text[_pos] == '.')) _pos++;
            return double.Parse(_text.AsSpan(start, _pos - start), NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        if (_pos < _text.Length && char.IsLetter(_text[_pos]))
        {
            int start = _pos;
            while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '_')) _pos++;
            string name = _text[start.._pos];
            SkipSpaces();
            if (Accept('('))
            {
                double a = Sum();
                double b = double.NaN;
                SkipSpaces();
                if (Accept(',')) b = Sum();
                Expect(')');
                return name switch
                {
                    "min" when !double.IsNaN(b) => Math.Min(a, b),
                    "max" when !double.IsNaN(b) => Math.Max(a, b),
                    "abs" => Math.Abs(a),
                    _ => throw new FormatException($"unknown function '{name}' in expression '{_text}'"),
                };
            }

            if (_variables.TryGetValue(name, out double v)) return v;
            if (_texts.TryGetValue(name, out string? t))
            {
                throw new FormatException($"expected numbers in expression '{_text}', found '{name}', whose value is a text (here \"{t}\"): arithmetic needs a number; write \"{{{name}}}\" to put the text itself in a field");
            }

            string known = _variables.Count == 0 ? "there are none" : $"the numbers here are {string.Join(", ", _variables.Keys.Order(StringComparer.Ordinal))}";
            throw new FormatException($"expected a known variable in expression '{_text}', found unknown variable '{name}' ({known})");
        }

        throw new FormatException($"expression '{_text}' is incomplete at position {_pos}");
    }

    private void SkipSpaces()
    {
        while (_pos < _text.Length && _text[_pos] == ' ') _pos++;
    }

    private bool Accept(char c)
    {
        SkipSpaces();
        if (_pos < _text.Length && _text[_pos] == c)
        {
            _pos++;
            return true;
        }

        return false;
    }

    private void Expect(char c)
    {
        if (!Accept(c)) throw new FormatException($"expected '{c}' in expression '{_text}'");
    }
}
