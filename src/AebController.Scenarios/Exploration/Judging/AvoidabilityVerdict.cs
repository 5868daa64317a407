namespace AebController.Scenarios.Exploration.Judging;

/// <summary>
/// What physics and the rules allowed in a forward encounter (see <see cref="CollisionAvoidability"/>):
/// when the target became sensable and threatening, when the sensors could first report it, when an
/// ideal AEB could brake, the constant deceleration from then on that just avoids contact, and the
/// deceleration the road and brakes allow.
/// </summary>
public readonly record struct AvoidabilityVerdict(double ThreatS, double BrakeStartS, double RequiredDecelMps2, double AvailableDecelMps2)
{
    /// <summary>The sensors' first confirmed report of the threat (<see cref="ThreatS"/> plus the sensing delay).</summary>
    public double PerceivedS { get; init; } = ThreatS;

    /// <summary>The situation as perceived first needs harsh braking: the ideal AEB warns (and may act).</summary>
    public double JustifiedS { get; init; } = ThreatS;

    /// <summary>Emergency braking is commanded (after the warning lead, or earlier when waiting would make contact certain).</summary>
    public double CommandS { get; init; } = BrakeStartS;

    /// <summary>Braking at the available deceleration from <see cref="BrakeStartS"/> avoids contact.</summary>
    public bool Avoidable => RequiredDecelMps2 <= AvailableDecelMps2;
}
