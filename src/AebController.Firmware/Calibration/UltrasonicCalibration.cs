namespace AebController.Firmware.Calibration;

/// <summary>
/// Parking-sensor geometry: six sensors across each bumper, left to right, lateral position (metres
/// left of the centre line) and the angle of each sensor's axis from straight out (positive left;
/// on the rear bumper, "left" is the car's left). Must match how the sensors are fitted.
/// </summary>
public sealed record UltrasonicCalibration
{
    public float[] LateralM { get; init; } = [0.80f, 0.50f, 0.18f, -0.18f, -0.50f, -0.80f];
    public float[] AngleDeg { get; init; } = [60f, 25f, 5f, -5f, -25f, -60f];
    public float MinRangeM { get; init; } = 0.15f;
    public float MaxRangeM { get; init; } = 5.5f;

    /// <summary>Echoes weaker than this are ignored (ground clutter).</summary>
    public float MinStrength { get; init; } = 0.12f;

    /// <summary>An echo counts once seen in this many successive measurements of its sensor.</summary>
    public int ConfirmMeasurements { get; init; } = 2;

    /// <summary>Lateral margin beyond the car's half width within which an echo is in the path.</summary>
    public float PathMarginM { get; init; } = 0.15f;

    /// <summary>
    /// Travel toward a road user the radar sees standing after which an in-path echo re-measured at exactly its old
    /// distance is frozen (<see cref="Perception.EchoFreezeCheck"/>): four of the sensor's 1 in steps.
    /// </summary>
    public float FrozenTravelM { get; init; } = 0.1f;

    /// <summary>
    /// New measurements in a row at that same distance before the bumper is frozen: a stream 0.1 s late repeats one old
    /// value at a measurement but not at the next.
    /// </summary>
    public int FrozenMeasurements { get; init; } = 2;

    /// <summary>
    /// Travel over which an in-path echo must close by the car's own travel before it counts as standing
    /// (<see cref="Perception.EchoStandingCheck"/>): a car creeping ahead at a third of our speed is then 0.1 m off.
    /// </summary>
    public float StandingTravelM { get; init; } = 0.3f;

    /// <summary>
    /// How far a standing echo's distance may lie from the dead reckoning: five times the sensor's 1 cm noise (sensors.md),
    /// well above the 0.9 % sound-speed error over the standing travel (3 mm).
    /// </summary>
    public float StandingToleranceM { get; init; } = 0.05f;

    /// <summary>Measurements (the first one counted) before an echo counts as standing: more than a two-sample ghost.</summary>
    public int StandingMeasurements { get; init; } = 3;

    /// <summary>
    /// A radar threat at a standing echo agrees with it when its closing speed is within this of the car's speed
    /// (<see cref="Perception.EchoRadarAgreement"/>): four times the radar's range-rate noise (0.12 m/s, sensors.md), half
    /// the campaign's 1 m/s rate offset.
    /// </summary>
    public float RadarClosingToleranceMps { get; init; } = 0.5f;

    public void Validate(CalibrationRules rules, string prefix)
    {
        rules.Require(LateralM is { Length: 6 }, prefix + "lateralM", "must list 6 sensors, left to right");
        rules.Require(AngleDeg is { Length: 6 }, prefix + "angleDeg", "must list 6 sensors, left to right");
        if (LateralM is { Length: 6 })
        {
            for (int i = 0; i < 6; i++) rules.InRange($"{prefix}lateralM[{i}]", LateralM[i], -1.5, 1.5, "m");
        }

        if (AngleDeg is { Length: 6 })
        {
            for (int i = 0; i < 6; i++) rules.InRange($"{prefix}angleDeg[{i}]", AngleDeg[i], -90, 90, "°");
        }

        rules.InRange(prefix + "minRangeM", MinRangeM, 0.0, 1.0, "m");
        rules.InRange(prefix + "maxRangeM", MaxRangeM, 1.0, 10.0, "m");
        rules.InRange(prefix + "minStrength", MinStrength, 0.0, 1.0, "");
        rules.InRange(prefix + "confirmMeasurements", ConfirmMeasurements, 1, 10, "");
        rules.InRange(prefix + "pathMarginM", PathMarginM, 0.0, 1.0, "m");
        rules.InRange(prefix + "frozenTravelM", FrozenTravelM, 0.05, 1.0, "m");
        rules.InRange(prefix + "frozenMeasurements", FrozenMeasurements, 1, 10, "measurements");
        rules.InRange(prefix + "standingTravelM", StandingTravelM, 0.05, 2.0, "m");
        rules.InRange(prefix + "standingToleranceM", StandingToleranceM, 0.01, 0.5, "m");
        rules.InRange(prefix + "standingMeasurements", StandingMeasurements, 2, 10, "measurements");
        rules.InRange(prefix + "radarClosingToleranceMps", RadarClosingToleranceMps, 0.1, 3.0, "m/s");
    }
}
