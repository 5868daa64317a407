using System.Globalization;

namespace AebController.Scenarios.Matrix;

/// <summary>
/// Arithmetic over matrix variables: numbers, names, + - * /, unary minus, parentheses and
/// min(a, b), max(a, b), abs(a). Enough to derive start gaps and speeds from a test point.
/// </summary>
public sealed class MatrixExpression
{
    private readonly string _text;
    private readonly IReadOnlyDictionary<string, double> _variables;
    private int _pos;

    private MatrixExpression(string text, IReadOnlyDictionary<string, double> variables)
    {
        _text = text;
        _variables = variables;
    }

    /// <summary>Evaluates <paramref name="text"/>; throws <see cref="FormatException"/> naming the problem.</summary>
    public static double Evaluate(string text, IReadOnlyDictionary<string, double> variables)
    {
        var parser = new MatrixExpression(text, variables);
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

            return _variables.TryGetValue(name, out double v)
                ? v
                : throw new FormatException($"unknown variable '{name}' in expression '{_text}'");
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
