namespace AebController.Emulation.Vehicle;

/// <summary>Hydraulic brake actuator: a pure dead time, then a first-order lag to the requested deceleration.</summary>
public sealed class BrakeActuator
{
    private readonly float[] _delayLine;
    private readonly float _lagS;
    private int _head;

    public BrakeActuator(float deadTimeS, float lagS, float stepS)
    {
        int slots = Math.Max(1, (int)MathF.Round(deadTimeS / stepS));
        _delayLine = new float[slots];
        _lagS = MathF.Max(lagS, stepS);
    }

    /// <summary>Deceleration the actuator produces now.</summary>
    public float DecelMps2 { get; private set; }

    public void Reset()
    {
        Array.Clear(_delayLine);
        _head = 0;
        DecelMps2 = 0f;
    }

    public void Step(float requestMps2, float stepS)
    {
        float delayed = _delayLine[_head];
        _delayLine[_head] = MathF.Max(requestMps2, 0f);
        _head = (_head + 1) % _delayLine.Length;
        DecelMps2 += (delayed - DecelMps2) * (stepS / _lagS);
        if (DecelMps2 < 1e-4f) DecelMps2 = 0f;
    }
}
