using AebController.Firmware.Signals;

namespace AebController.Scenarios.Running;

/// <summary>What happened in one closed-loop run, and whether the scenario's expectations held.</summary>
public sealed class ScenarioResult
{
    public required string Scenario { get; init; }
    public required bool Collided { get; init; }
    public string? CollidedWith { get; init; }
    public float? ImpactSpeedKph { get; init; }
    public required float MinGapM { get; init; }

    /// <summary>Gap to the nearest in-path actor at the end, when the ego stopped without contact.</summary>
    public float? StopGapM { get; init; }
    public float? FirstWarningS { get; init; }
    public float? FirstBrakeS { get; init; }
    public required float MaxDecelMps2 { get; init; }
    public required float MaxBrakeRequestMps2 { get; init; }
    public required float MaxSpeedKph { get; init; }

    /// <summary>Time the drive torque was limited while the driver pressed the accelerator.</summary>
    public required float TorqueLimitedS { get; init; }
    public required float EndTimeS { get; init; }
    public required DiagnosticCode Diagnostics { get; init; }

    /// <summary>Control cycles from each fault's start to its first latched code (null where none was latched).</summary>
    public required IReadOnlyList<int?> FaultDetectionCycles { get; init; }
    public required IReadOnlyList<string> Failures { get; init; }
    public bool Passed => Failures.Count == 0;

    /// <summary>Every control cycle of the run.</summary>
    public required CycleRecord[] Trace { get; init; }
}
