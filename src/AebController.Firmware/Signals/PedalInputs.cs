namespace AebController.Firmware.Signals;

/// <summary>
/// Driver pedals. The accelerator has two independent tracks; track 2 reads half of track 1 when
/// both are healthy, so a short or an open on one of them shows as disagreement.
/// </summary>
public struct PedalInputs
{
    /// <summary>Accelerator track 1, 0 (released) to 1 (floored).</summary>
    public float AccelTrack1;

    /// <summary>Accelerator track 2, nominally half of track 1 (0 to 0.5).</summary>
    public float AccelTrack2;

    /// <summary>Brake pedal travel, 0 to 1.</summary>
    public float BrakeTravel;

    /// <summary>Brake light switch.</summary>
    public bool BrakeSwitch;

    public long AgeUs;
}
