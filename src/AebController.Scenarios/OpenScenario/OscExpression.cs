using System.Globalization;

namespace AebController.Scenarios.OpenScenario;

/// <summary>
/// Evaluates the body of an OpenSCENARIO `${...}` expression (ASAM OpenSCENARIO 1.x, 9.4 "Expressions"):
/// numbers, `$parameter` references, + - * / % and ** (power), unary minus, parentheses, comparisons
/// (== != &lt; &lt;= &gt; &gt;=), `not`, `and`, `or`, true/false, the constant pi, and the functions round, floor,
/// ceil, sqrt, pow, sin, cos, tan, asin, acos, atan, sign, abs, min and max. Booleans are 1 and 0.
/// </summary>
public sealed class OscExpression
{
    private readonly string _text;
    private readonly Func<string, double> _parameter;
    private int _at;

    private OscExpression(string text, Func<string, double> parameter)
    {
        _text = text;
        _parameter = parameter;
    }

    /// <summary>Evaluates <paramref name="text"/>; <paramref name="parameter"/> gives a parameter's numeric value by name.</summary>
    public static double Evaluate(string text, Func<string, double> parameter)
    {
        var e = new OscExpression(text, parameter);
        double value = e.Or();
        e.SkipSpace();
        if (e._at < text.Length) throw new FormatException($"unexpected '{text[e._at..]}' in expression '{text}'");
        return value;
    }

    private double Or()
    {
        double left = And();
        while (Word("or")) left = (left != 0 | And() != 0) ? 1 : 0;
        return left;
    }

    private double And()
    {
        double left = Not();
        while (Word("and")) left = (left != 0 & Not() != 0) ? 1 : 0;
        return left;
    }

    private double Not() => Word("not") ? (Not() == 0 ? 1 : 0) : Comparison();

    private double Comparison()
    {
        double left = Sum();
        if (Symbol("==")) return left == Sum() ? 1 : 0;
        if (Symbol("!=")) return left != Sum() ? 1 : 0;
        if (Symbol("<=")) return left <= Sum() ? 1 : 0;
        if (Symbol(">=")) return left >= Sum() ? 1 : 0;
        if (Symbol("<")) return left < Sum() ? 1 : 0;
        if (Symbol(">")) return left > Sum() ? 1 : 0;
        return left;
    }

    private double Sum()
    {
        double left = Product();
        while (true)
        {
            if (Symbol("+")) left += Product();
            else if (Symbol("-")) left -= Product();
            else return left;
        }
    }

    private double Product()
    {
        double left = Unary();
        while (true)
        {
            if (Symbol("*")) left *= Unary();
            else if (Symbol("/")) left /= Unary();
            else if (Symbol("%")) left %= Unary();
            else return left;
        }
    }

    private double Unary() => Symbol("-") ? -Unary() : Symbol("+") ? Unary() : Power();

    private double Power()
    {
        double b = Primary();
        return Symbol("**") ? Math.Pow(b, Unary()) : b;
    }

    private double Primary()
    {
        SkipSpace();
        if (_at >= _text.Length) throw new FormatException($"expression '{_text}' ends too early");
        char c = _text[_at];
        if (Symbol("("))
        {
            double inner = Or();
            Expect(")");
            return inner;
        }

        if (c == '$')
        {
            _at++;
            return _parameter(Identifier());
        }

        if (char.IsDigit(c) || c == '.') return Number();
        string name = Identifier();
        switch (name)
        {
            case "true": return 1;
            case "false": return 0;
            case "pi": return Math.PI;
        }

        Expect("(");
        var args = new List<double> { Or() };
        while (Symbol(",")) args.Add(Or());
        Expect(")");
        return Call(name, args);
    }

    private double Call(string name, List<double> a)
    {
        double One() => a.Count == 1 ? a[0] : throw new FormatException($"{name}() takes one argument in '{_text}'");
        double Two(Func<double, double, double> f) => a.Count == 2 ? f(a[0], a[1]) : throw new FormatException($"{name}() takes two arguments in '{_text}'");
        return name switch
        {
            "round" => Math.Round(One(), MidpointRounding.AwayFromZero),
            "floor" => Math.Floor(One()),
            "ceil" => Math.Ceiling(One()),
            "sqrt" => Math.Sqrt(One()),
            "sin" => Math.Sin(One()),
            "cos" => Math.Cos(One()),
            "tan" => Math.Tan(One()),
            "asin" => Math.Asin(One()),
            "acos" => Math.Acos(One()),
            "atan" => Math.Atan(One()),
            "sign" => Math.Sign(One()),
            "abs" => Math.Abs(One()),
            "pow" => Two(Math.Pow),
            "min" => Two(Math.Min),
            "max" => Two(Math.Max),
            _ => throw new FormatException($"unknown function '{name}' in expression '{_text}'"),
        };
    }

    private double Number()
    {
        int start = _at;
        while (_at < _text.Length && (char.IsDigit(_text[_at]) || _text[_at] == '.')) _at++;
        if (_at < _text.Length && (_text[_at] == 'e' || _text[_at] == 'E'))
        {
            _at++;
            if (_at < _text.Length && (_text[_at] == '+' || _text[_at] == '-')) _at++;
            while (_at < _text.Length && char.IsDigit(_text[_at])) _at++;
        }

        return double.Parse(_text.AsSpan(start, _at - start), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private string Identifier()
    {
        int start = _at;
        while (_at < _text.Length && (char.IsLetterOrDigit(_text[_at]) || _text[_at] == '_')) _at++;
        if (_at == start) throw new FormatException($"unexpected '{_text[_at]}' in expression '{_text}'");
        return _text[start.._at];
    }

    private bool Word(string word)
    {
        SkipSpace();
        int end = _at + word.Length;
        if (end > _text.Length || string.CompareOrdinal(_text, _at, word, 0, word.Length) != 0) return false;
        if (end < _text.Length && (char.IsLetterOrDigit(_text[end]) || _text[end] == '_')) return false;
        _at = end;
        return true;
    }

    private bool Symbol(string symbol)
    {
        SkipSpace();
        if (string.CompareOrdinal(_text, _at, symbol, 0, symbol.Length) != 0) return false;
        // '*' must not swallow the first half of '**', '<' not the first half of '<='.
        if (symbol is "*" or "<" or ">" && _at + 1 < _text.Length && (_text[_at + 1] == '*' && symbol == "*" || _text[_at + 1] == '=' && symbol != "*")) return false;
        _at += symbol.Length;
        return true;
    }

    private void Expect(string symbol)
    {
        if (!Symbol(symbol)) throw new FormatException($"expected '{symbol}' in expression '{_text}'");
    }

    private void SkipSpace()
    {
        while (_at < _text.Length && char.IsWhiteSpace(_text[_at])) _at++;
    }
}
