namespace AebController.Scenarios.Model;

/// <summary>What must hold for the case to pass. Every field is optional; absent means not checked.</summary>
public sealed record ExpectationDefinition
{
    public bool? Collision { get; init; }
    public float? MaxImpactSpeedKph { get; init; }

    /// <summary>A warning must come (true) or must not (false).</summary>
    public bool? Warns { get; init; }

    /// <summary>The controller must brake (true) or must not (false).</summary>
    public bool? Brakes { get; init; }

    /// <summary>The warning must come at least <see cref="MinWarningLeadS"/> before the first braking.</summary>
    public bool? WarningBeforeBrake { get; init; }
    public float MinWarningLeadS { get; init; }

    /// <summary>Emergency braking must demand at least this deceleration (UN R152 and GB 39901-2025: 5.0 m/s²).</summary>
    public float? MinBrakeRequestMps2 { get; init; }

    /// <summary>Highest deceleration the controller may request.</summary>
    public float? MaxBrakeRequestMps2 { get; init; }
    public float? MinStopGapM { get; init; }
    public float? MaxStopGapM { get; init; }

    /// <summary>The drive torque must be limited (true) or never limited (false) while the accelerator is pressed.</summary>
    public bool? TorqueLimited { get; init; }

    /// <summary>Diagnostic codes (names of DiagnosticCode) that must be latched at the end.</summary>
    public string[] Diagnostics { get; init; } = [];

    /// <summary>Each injected fault must be latched within this many control cycles of its start.</summary>
    public int? DetectWithinCycles { get; init; }

    /// <summary>No diagnostic code may be latched.</summary>
    public bool? NoDiagnostics { get; init; }

    /// <summary>The ego must stay below this speed (pedal-error cases).</summary>
    public float? MaxSpeedKph { get; init; }

    /// <summary>Functions (names of FunctionFlags) that must appear among the brake reasons at some cycle.</summary>
    public string[] BrakeReasons { get; init; } = [];

    /// <summary>Forward AEB states (names of ForwardAebState) the run must pass through.</summary>
    public string[] ForwardStates { get; init; } = [];

    /// <summary>The ego must reach at least this speed (deliberate acceleration must not be suppressed).</summary>
    public float? MinSpeedKph { get; init; }
}
