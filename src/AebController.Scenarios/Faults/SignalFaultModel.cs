using AebController.Emulation.Faults;

namespace AebController.Scenarios.Faults;

/// <summary>
/// One input signal as the campaign corrupts it: the emulator input, how often it is measured, the
/// amplitudes of its faults, which fault classes apply, and the stated detection time of each
/// (docs/faults.md gives the reasons).
/// </summary>
public sealed record SignalFaultModel
{
    /// <summary>Campaign name, as in the table and the JSON (camelCase).</summary>
    public required string Name { get; init; }
    public required FaultInput Input { get; init; }

    /// <summary>One measurement period of the signal: a spike lasts one, a burst two.</summary>
    public required float SampleS { get; init; }

    /// <summary>Offset of a spike or burst (a glitch).</summary>
    public float Glitch { get; init; }

    /// <summary>Offset of a persistent bias.</summary>
    public float Bias { get; init; }

    /// <summary>Drift rate, units per second.</summary>
    public float DriftPerS { get; init; }

    /// <summary>For a discrete signal (gear): the wrong value a glitch reads, and the invalid one that stands for NaN.</summary>
    public float? GlitchValue { get; init; }
    public float? InvalidValue { get; init; }

    /// <summary>Value the partner track reads when they disagree (accelerator track 2).</summary>
    public float DisagreeValue { get; init; }

    public required FaultClass[] Classes { get; init; }

    /// <summary>Stated detection time per fault class; absent means no code is required (it must then change nothing).</summary>
    public IReadOnlyDictionary<FaultClass, float> DetectWithinS { get; init; } = new Dictionary<FaultClass, float>();

    /// <summary>The moments at which the signal is corrupted; null = every moment a scenario reaches.</summary>
    public CampaignMoment[]? Moments { get; init; }

    public bool Applies(FaultClass c) => Array.IndexOf(Classes, c) >= 0;

    public bool AppliesAt(CampaignMoment m) => Moments is null || Array.IndexOf(Moments, m) >= 0;

    /// <summary>The emulator fault for class <paramref name="c"/> starting at <paramref name="startUs"/>.</summary>
    public InjectedFault Fault(FaultClass c, long startUs)
    {
        long sampleUs = (long)MathF.Round(SampleS * 1e6f);
        const long forever = long.MaxValue;
        return c switch
        {
            FaultClass.Spike => Glitched(startUs, startUs + sampleUs),
            FaultClass.Burst => Glitched(startUs, startUs + 2 * sampleUs),
            FaultClass.Stuck => new(Input, FaultKind.Stuck, startUs, forever, 0f),
            FaultClass.Offset => new(Input, FaultKind.Offset, startUs, forever, Bias),
            FaultClass.Drift => new(Input, FaultKind.Drift, startUs, forever, DriftPerS),
            FaultClass.NaN => InvalidValue is float bad ? new(Input, FaultKind.OutOfRange, startUs, forever, bad) : new(Input, FaultKind.NaN, startUs, forever, 0f),
            FaultClass.PositiveInfinity => new(Input, FaultKind.PositiveInfinity, startUs, forever, 0f),
            FaultClass.NegativeInfinity => new(Input, FaultKind.NegativeInfinity, startUs, forever, 0f),
            FaultClass.Dropout => new(Input, FaultKind.Stale, startUs, forever, 0f),
            FaultClass.Delay => new(Input, FaultKind.Delay, startUs, forever, 0.1f),
            FaultClass.Disagree => new(Input, FaultKind.TrackDisagree, startUs, forever, DisagreeValue),
            // The restart itself is the scenario's (FaultCampaign.ScenarioFor); this only marks its moment.
            FaultClass.Restart => new(Input, FaultKind.Stale, startUs, startUs + sampleUs, 0f),
            _ => throw new ArgumentOutOfRangeException(nameof(c)),
        };
    }

    private InjectedFault Glitched(long startUs, long endUs) => GlitchValue is float v
        ? new(Input, FaultKind.OutOfRange, startUs, endUs, v)
        : new(Input, FaultKind.Offset, startUs, endUs, Glitch);
}
