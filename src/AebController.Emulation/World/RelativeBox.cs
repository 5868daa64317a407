namespace AebController.Emulation.World;

/// <summary>
/// An actor seen from the ego body: its centre in the ego frame (x forward from the ego's box
/// centre, y left), its footprint's half extents along those axes, and the clearance between the
/// two boxes. An actor with a heading of its own (on a lane or path, or parked at an angle) is
/// turned by its heading relative to the ego and enclosed in the box of its turned footprint; an
/// actor without one is taken as aligned with the ego's heading (small angle, as the emulator always did).
/// </summary>
public struct RelativeBox
{
    public float CentreXM;
    public float CentreYM;
    /// <summary>Rate of the centre's x: the velocity difference along the ego's axis (what Doppler measures).</summary>
    public float RelVelXMps;

    /// <summary>Rate of the centre's y in the ego frame, which turns with the ego: the velocity difference across
    /// the ego's axis minus yaw rate × the centre's distance ahead of the rear axle (a standing object drifts sideways
    /// while the ego turns, as a radar tracking its own positions sees it).</summary>
    public float RelVelYMps;

    /// <summary>Half the actor's extent along the ego's x axis and along its y axis.</summary>
    public float HalfLengthM;
    public float HalfWidthM;

    /// <summary>Gap between the facing ends (ahead: actor rear to ego front; behind: ego rear to actor front); negative when they overlap lengthwise.</summary>
    public float LongitudinalGapM;

    /// <summary>Gap between the facing sides; negative when they overlap sideways.</summary>
    public float LateralGapM;

    public bool Ahead => CentreXM >= 0f;
    public bool Touching => LongitudinalGapM <= 0f && LateralGapM <= 0f;

    /// <summary>Clearance along the ego's axis when the boxes overlap sideways; +∞ when beside.</summary>
    public float PathGapM => LateralGapM < 0f ? MathF.Max(LongitudinalGapM, 0f) : float.PositiveInfinity;
}
