namespace AebController.Scenarios.Exploration.Judging;

/// <summary>
/// A body moving along one line with piecewise-constant acceleration that never reverses: each change
/// sets an acceleration from a time on, held until the speed reaches the change's target speed (0 for
/// braking), after which the body cruises (or stands). Positions are exact (a quadratic per segment), so
/// an oracle built on it needs no time step.
/// </summary>
public sealed class LongitudinalMotion
{
    private readonly List<double> _t0 = [];
    private readonly List<double> _x0 = [];
    private readonly List<double> _v0 = [];
    private readonly List<double> _a = [];

    /// <param name="changes">(time s, acceleration m/s², speed m/s at which it ends), in time order.</param>
    public LongitudinalMotion(double x0, double v0, IEnumerable<(double AtS, double AccelMps2, double TargetMps)> changes)
    {
        Add(0, x0, v0, 0);
        (double AtS, double SpeedMps)? reach = null;
        foreach (var (atS, accel, target) in changes)
        {
            if (reach is { } r && r.AtS < atS) Cruise(r.AtS, r.SpeedMps);
            var (_, v, _) = At(atS);
            bool moves = accel < 0 ? v > target : accel > 0 && v < target;
            Add(atS, moves ? accel : 0);
            reach = moves ? (atS + (target - v) / accel, target) : null;
        }

        if (reach is { } last) Cruise(last.AtS, last.SpeedMps);
    }

    private LongitudinalMotion()
    {
    }

    /// <summary>
    /// The motion as an observer knows it at <paramref name="atS"/>: identical up to then, after it the
    /// acceleration of that moment held until the body stands (or held on, if it is not braking).
    /// </summary>
    public LongitudinalMotion HeldFrom(double atS)
    {
        var held = new LongitudinalMotion();
        for (int i = 0; i < _t0.Count && _t0[i] <= atS; i++) held.Add(_t0[i], _x0[i], _v0[i], _a[i]);
        var (_, v, a) = held.At(atS);
        double lastStart = held._t0[^1];
        if (a < 0 && v > 0)
        {
            double stopS = atS + v / -a;
            if (stopS > lastStart) held.Cruise(stopS, 0);
        }

        return held;
    }

    /// <summary>Times at which the acceleration changes (the first is 0).</summary>
    public IReadOnlyList<double> Breakpoints => _t0;

    /// <summary>Position, speed and acceleration at <paramref name="timeS"/> ≥ 0.</summary>
    public (double X, double V, double A) At(double timeS)
    {
        int i = _t0.Count - 1;
        while (i > 0 && _t0[i] > timeS) i--;
        double dt = timeS - _t0[i];
        return (_x0[i] + _v0[i] * dt + _a[i] * dt * dt / 2, _v0[i] + _a[i] * dt, _a[i]);
    }

    /// <summary>A new segment from <paramref name="atS"/> with the speed the motion has there.</summary>
    private void Add(double atS, double accel)
    {
        var (x, v, _) = At(atS);
        Add(atS, x, v, accel);
    }

    /// <summary>The target speed is reached at <paramref name="atS"/>: from there the body cruises at it exactly.</summary>
    private void Cruise(double atS, double speedMps)
    {
        var (x, _, _) = At(atS);
        Add(atS, x, speedMps, 0);
    }

    private void Add(double atS, double x, double v, double accel)
    {
        if (_t0.Count > 0 && _t0[^1] == atS)
        {
            _x0[^1] = x;
            _v0[^1] = v;
            _a[^1] = accel;
            return;
        }

        _t0.Add(atS);
        _x0.Add(x);
        _v0.Add(v);
        _a.Add(accel);
    }
}
