namespace AebController.Emulation.World;

/// <summary>
/// An actor seen from the ego body: its centre in the ego frame (x forward from the ego's box
/// centre, y left) and the clearance between the two boxes. Small-angle: the actor's box is taken
/// as aligned with the ego's heading, which holds for the few degrees of an evasive manoeuvre.
/// </summary>
public struct RelativeBox
{
    public float CentreXM;
    public float CentreYM;
    public float RelVelXMps;
    public float RelVelYMps;

    /// <summary>Gap between the facing ends (ahead: actor rear to ego front; behind: ego rear to actor front); negative when they overlap lengthwise.</summary>
    public float LongitudinalGapM;

    /// <summary>Gap between the facing sides; negative when they overlap sideways.</summary>
    public float LateralGapM;

    public bool Ahead => CentreXM >= 0f;
    public bool Touching => LongitudinalGapM <= 0f && LateralGapM <= 0f;

    /// <summary>Clearance along the ego's axis when the boxes overlap sideways; +∞ when beside.</summary>
    public float PathGapM => LateralGapM < 0f ? MathF.Max(LongitudinalGapM, 0f) : float.PositiveInfinity;
}
