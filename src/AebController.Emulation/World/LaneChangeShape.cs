namespace AebController.Emulation.World;

/// <summary>How the lateral offset of a lane change runs from 0 to 1 over its duration (OpenSCENARIO's dynamicsShape).</summary>
public enum LaneChangeShape : byte
{
    /// <summary>(1 − cos πx) / 2: zero lateral speed at both ends.</summary>
    Sinusoidal = 0,

    /// <summary>3x² − 2x³: zero lateral speed at both ends, a little steeper in the middle.</summary>
    Cubic = 1,

    /// <summary>x: constant lateral speed (a kink at both ends).</summary>
    Linear = 2,
}
