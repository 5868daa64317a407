namespace AebController.Firmware.Signals;

/// <summary>
/// Diagnostic trouble codes as bits of one latched word: once set they stay set until restart.
/// The numeric value of each bit is part of the interface; never renumber.
/// </summary>
[Flags]
public enum DiagnosticCode : ulong
{
    None = 0,
    FrontRadarStale = 1UL << 0,
    FrontRadarFault = 1UL << 1,
    RearRadarStale = 1UL << 2,
    RearRadarFault = 1UL << 3,
    CameraStale = 1UL << 4,
    CameraFault = 1UL << 5,
    UltrasonicFrontStale = 1UL << 6,
    UltrasonicRearStale = 1UL << 7,
    UltrasonicOutOfRange = 1UL << 8,
    AccelPedalStale = 1UL << 9,
    AccelPedalTrackDisagree = 1UL << 10,
    AccelPedalOutOfRange = 1UL << 11,
    BrakePedalStale = 1UL << 12,
    BrakePedalOutOfRange = 1UL << 13,
    WheelSpeedStale = 1UL << 14,
    WheelSpeedOutOfRange = 1UL << 15,
    ImuStale = 1UL << 16,
    ImuOutOfRange = 1UL << 17,
    SteeringStale = 1UL << 18,
    SteeringOutOfRange = 1UL << 19,
    GearStale = 1UL << 20,
    GearInvalid = 1UL << 21,
    BrakeFeedbackStale = 1UL << 22,
    BrakeActuatorMismatch = 1UL << 23,
    RadarValueOutOfRange = 1UL << 24,
    CycleOverrun = 1UL << 25,

    /// <summary>Brake pedal travel and brake light switch contradict each other for longer than the debounce.</summary>
    BrakePedalImplausible = 1UL << 26,

    /// <summary>The wheel speed jumped away from what the IMU says the car did, and stayed away past the debounce.</summary>
    WheelSpeedImplausible = 1UL << 27,

    /// <summary>The front radar's range does not follow its own range rate (a stuck range or list, a drifting rate).</summary>
    RadarRangeInconsistent = 1UL << 28,

    /// <summary>The gyro's yaw rate left the band the steering and speed allow for longer than the debounce.</summary>
    YawRateImplausible = 1UL << 29,

    /// <summary>The wheel speed read the same value while the accelerometer measured braking no grade can cancel.</summary>
    WheelSpeedFrozen = 1UL << 30,

    /// <summary>The front radar sent the same non-empty list, field for field, several times in a row as if new (a frozen sensor).</summary>
    FrontRadarFrozen = 1UL << 31,

    /// <summary>The rear radar sent the same non-empty list, field for field, several times in a row as if new (a frozen sensor).</summary>
    RearRadarFrozen = 1UL << 32,

    /// <summary>A front radar track's lateral position left the integral of its own lateral velocity for longer than the persistence (a drifting or stuck lateral position).</summary>
    RadarLateralImplausible = 1UL << 33,

    /// <summary>The standing objects the front radar sees close faster or slower than the wheel speed says, beyond tyre tolerances, for longer than the persistence.</summary>
    WheelSpeedDisagreesWithRadar = 1UL << 34,

    /// <summary>The front in-path echo was re-measured at exactly its old distance while the car travelled toward a road user the front radar sees standing (a frozen sensor).</summary>
    UltrasonicFrontFrozen = 1UL << 35,

    /// <summary>As <see cref="UltrasonicFrontFrozen"/>, the rear bumper and the rear radar.</summary>
    UltrasonicRearFrozen = 1UL << 36,

    // The front corner radars (bits from 48 up, clear of the monitor's run of codes).

    /// <summary>The front-left corner radar's list is older than the radar age limit (or never came) on a car calibrated with corner radars.</summary>
    FrontLeftCornerRadarStale = 1UL << 48,

    /// <summary>The front-left corner radar reports itself faulty, or its list carries an impossible count or field, or repeats itself frozen.</summary>
    FrontLeftCornerRadarFault = 1UL << 49,

    /// <summary>As <see cref="FrontLeftCornerRadarStale"/>, the front-right corner radar.</summary>
    FrontRightCornerRadarStale = 1UL << 50,

    /// <summary>As <see cref="FrontLeftCornerRadarFault"/>, the front-right corner radar.</summary>
    FrontRightCornerRadarFault = 1UL << 51,
}
