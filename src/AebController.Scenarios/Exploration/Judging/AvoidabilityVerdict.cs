namespace AebController.Scenarios.Exploration.Judging;

/// <summary>
/// What physics allowed in a forward encounter (see <see cref="CollisionAvoidability"/>): when the target
/// became detectable and threatening, when full braking could have begun, the constant deceleration
/// from then on that just avoids contact, and the deceleration the road and brakes allow.
/// </summary>
public readonly record struct AvoidabilityVerdict(double ThreatS, double BrakeStartS, double RequiredDecelMps2, double AvailableDecelMps2)
{
    /// <summary>Braking at the available deceleration from <see cref="BrakeStartS"/> avoids contact.</summary>
    public bool Avoidable => RequiredDecelMps2 <= AvailableDecelMps2;
}
