namespace AebController.Emulation.Faults;

/// <summary>How a fault corrupts one scalar reading: the same rule for every vehicle signal.</summary>
public static class ScalarFault
{
    /// <param name="value">The true reading.</param>
    /// <param name="previous">What the bus delivered last (a stuck signal keeps it).</param>
    public static float Apply(float value, in InjectedFault fault, float previous) => fault.Kind switch
    {
        FaultKind.NaN => float.NaN,
        FaultKind.Offset => value + fault.Value,
        FaultKind.OutOfRange => fault.Value,
        FaultKind.Stuck => previous,
        _ => value,
    };
}
