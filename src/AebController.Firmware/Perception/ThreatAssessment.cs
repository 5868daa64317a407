using AebController.Firmware.Signals;

namespace AebController.Firmware.Perception;

/// <summary>The most critical in-path target in one direction of travel, and how critical it is.</summary>
public struct ThreatAssessment
{
    public bool HasTarget;
    public int TrackId;

    /// <summary>Gap from the bumper to the target's nearest face.</summary>
    public float RangeM;

    /// <summary>Speed at which the gap closes; positive when closing.</summary>
    public float ClosingSpeedMps;

    /// <summary>
    /// The closing speed the radar reported for the track (positive when closing), before it was judged against the
    /// track's own ranges: the range-rate monitors must see the rate as it came, not the one chosen for the judgement.
    /// </summary>
    public float ReportedClosingSpeedMps;

    /// <summary>Target's own speed along the ego's direction of travel.</summary>
    public float TargetSpeedMps;

    /// <summary>Target's own acceleration along the ego's direction of travel.</summary>
    public float TargetAccelMps2;

    /// <summary>Time to collision if the ego holds its speed and the target keeps its acceleration; +∞ when no collision is coming.</summary>
    public float TtcS;

    /// <summary>Constant deceleration the ego needs, after the brake latency, to stop short by the margin; 0 when none is needed.</summary>
    public float RequiredDecelMps2;

    /// <summary>Lateral offset of the target from the predicted ego path at arrival.</summary>
    public float PathOffsetM;

    public ObjectClass Class;

    /// <summary>
    /// The target's measured lateral position in the sensor's frame (left positive); 0 where the threat is no radar track's.
    /// The frame turns with the car, so a measured range changes by the range rate plus yaw rate × this
    /// (<see cref="ThreatMath.RangeSlopeInTurningFrame"/>): the range-rate monitors need it in a bend.
    /// </summary>
    public float LateralM;

    public static ThreatAssessment None => new() { TtcS = float.PositiveInfinity };
}
