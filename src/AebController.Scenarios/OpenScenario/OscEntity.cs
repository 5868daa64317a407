using AebController.Firmware.Signals;

namespace AebController.Scenarios.OpenScenario;

/// <summary>
/// A scenario object as aeb models it: its class, its bounding box, and where the box's centre lies
/// ahead of the entity's reference point (OpenSCENARIO places vehicles by their rear axle).
/// </summary>
public sealed record OscEntity(string Name, ObjectClass Class, double LengthM, double WidthM, double HeightM, double CentreAheadM, bool IsEgo)
{
    /// <summary>Distance from the reference point to the front of the box.</summary>
    public double FrontM => CentreAheadM + LengthM / 2;

    /// <summary>Distance from the reference point back to the rear of the box (positive).</summary>
    public double RearM => LengthM / 2 - CentreAheadM;
}
