namespace AebController.Firmware.Calibration;

/// <summary>
/// The whole calibration: one immutable value, validated before the loop starts. Sections are
/// records so a variant is made with <c>with</c>, never by mutation.
/// </summary>
public sealed record AebCalibration
{
    public static AebCalibration Default { get; } = new();

    /// <summary>Control cycle period; 10 ms gives the 100 Hz loop.</summary>
    public long CyclePeriodUs { get; init; } = 10_000;

    public VehicleCalibration Vehicle { get; init; } = new();
    public ForwardAebCalibration ForwardAeb { get; init; } = new();
    public DriverOverrideCalibration DriverOverride { get; init; } = new();
    public MonitoringCalibration Monitoring { get; init; } = new();
    public ObstacleAebCalibration ReverseAeb { get; init; } = ObstacleAebCalibration.Reverse;
    public ObstacleAebCalibration LowSpeedForward { get; init; } = ObstacleAebCalibration.LowSpeedFront;
    public ObstacleAebCalibration LowSpeedRear { get; init; } = ObstacleAebCalibration.LowSpeed;
    public MaiCalibration Mai { get; init; } = new();
    public UltrasonicCalibration Ultrasonic { get; init; } = new();
    public CornerRadarCalibration CornerRadars { get; init; } = new();

    public float CyclePeriodS => CyclePeriodUs * 1e-6f;

    /// <summary>Every problem found, each naming its field; empty when the calibration is usable.</summary>
    public IReadOnlyList<CalibrationError> Validate()
    {
        var rules = new CalibrationRules();
        rules.InRange("cyclePeriodUs", CyclePeriodUs, 1_000, 100_000, "µs");
        rules.Require(Vehicle is not null, "vehicle", "section is missing");
        rules.Require(ForwardAeb is not null, "forwardAeb", "section is missing");
        rules.Require(Monitoring is not null, "monitoring", "section is missing");
        rules.Require(DriverOverride is not null, "driverOverride", "section is missing");
        rules.Require(ReverseAeb is not null, "reverseAeb", "section is missing");
        rules.Require(LowSpeedForward is not null, "lowSpeedForward", "section is missing");
        rules.Require(LowSpeedRear is not null, "lowSpeedRear", "section is missing");
        rules.Require(Mai is not null, "mai", "section is missing");
        rules.Require(Ultrasonic is not null, "ultrasonic", "section is missing");
        rules.Require(CornerRadars is not null, "cornerRadars", "section is missing");
        CornerRadars?.Validate(rules, "cornerRadars.");
        ReverseAeb?.Validate(rules, "reverseAeb.");
        LowSpeedForward?.Validate(rules, "lowSpeedForward.");
        LowSpeedRear?.Validate(rules, "lowSpeedRear.");
        Mai?.Validate(rules, "mai.");
        Ultrasonic?.Validate(rules, "ultrasonic.");
        Vehicle?.Validate(rules, "vehicle.");
        ForwardAeb?.Validate(rules, "forwardAeb.");
        Monitoring?.Validate(rules, "monitoring.");
        DriverOverride?.Validate(rules, "driverOverride.");
        rules.Require(DriverOverride is null || LastsACycle(DriverOverride.PedalConfirmS),
            "driverOverride.pedalConfirmS", "must last at least one cycle (cyclePeriodUs)");
        rules.Require(DriverOverride is null || LastsACycle(DriverOverride.SteerConfirmS),
            "driverOverride.steerConfirmS", "must last at least one cycle (cyclePeriodUs)");
        return rules.Errors;
    }

    /// <summary>At least one period, compared in whole µs: 0.02 s (0.0199999996 as a float) lasts a 20 ms cycle.</summary>
    private bool LastsACycle(float seconds) => Math.Round(seconds * 1e6) >= CyclePeriodUs;

    /// <summary>Throws <see cref="CalibrationException"/> naming every bad field; called once at start-up.</summary>
    public AebCalibration EnsureValid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new CalibrationException(errors);
        }

        return this;
    }
}
