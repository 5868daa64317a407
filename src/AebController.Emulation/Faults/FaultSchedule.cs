namespace AebController.Emulation.Faults;

/// <summary>The faults of a run, looked up without allocating. A campaign reloads one schedule from run to run.</summary>
public sealed class FaultSchedule
{
    private InjectedFault[] _faults;
    private int _count;

    public FaultSchedule(InjectedFault[] faults)
    {
        _faults = faults;
        _count = faults.Length;
    }

    /// <summary>An empty schedule; each call gives a new one, so reloading it never touches another run's.</summary>
    public static FaultSchedule None => new(Array.Empty<InjectedFault>());

    public int Count => _count;
    public InjectedFault this[int index] => _faults[index];

    /// <summary>Replaces the faults (for the next run); grows its storage only when more are given than ever before.</summary>
    public void Load(ReadOnlySpan<InjectedFault> faults)
    {
        if (_faults.Length < faults.Length) _faults = new InjectedFault[faults.Length];
        faults.CopyTo(_faults);
        _count = faults.Length;
    }

    /// <summary>The first fault active on <paramref name="input"/> now, if any.</summary>
    public bool TryGetActive(FaultInput input, long nowUs, out InjectedFault fault)
    {
        for (int i = 0; i < _count; i++)
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
