namespace AebController.Emulation.Faults;

/// <summary>The faults of a run, looked up without allocating.</summary>
public sealed class FaultSchedule
{
    private readonly InjectedFault[] _faults;

    public FaultSchedule(InjectedFault[] faults)
    {
        _faults = faults;
    }

    public static FaultSchedule None { get; } = new(Array.Empty<InjectedFault>());

    public int Count => _faults.Length;
    public InjectedFault this[int index] => _faults[index];

    /// <summary>The first fault active on <paramref name="input"/> now, if any.</summary>
    public bool TryGetActive(FaultInput input, long nowUs, out InjectedFault fault)
    {
        for (int i = 0; i < _faults.Length; i++)
        {
            if (_faults[i].Input == input && _faults[i].ActiveAt(nowUs))
            {
                fault = _faults[i];
                return true;
            }
        }

        fault = default;
        return false;
    }
}
