namespace AebController.Firmware.Calibration;

/// <summary>
/// What makes a driver input a deliberate override rather than a glitch: both accelerator tracks
/// agree, the pedal moved no faster than a foot can move it, the act persists, and for steering the
/// car answers with a yaw rate the same way. Times are in seconds and turned into cycles from the
/// calibrated period, so the rules mean the same at any loop rate. Reasons in docs/calibration.md.
/// </summary>
public sealed record DriverOverrideCalibration
{
    /// <summary>A kick-down or an accelerator press must persist this long (with agreeing tracks) to count.</summary>
    public float PedalConfirmS { get; init; } = 0.1f;

    /// <summary>Fastest accelerator travel a foot produces; a faster step is a signal fault, not a driver.</summary>
    public float MaxHumanPedalRatePerS { get; init; } = 12f;

    /// <summary>The steering wheel must turn at the evasive rate, one way, for this long.</summary>
    public float SteerConfirmS { get; init; } = 0.05f;

    /// <summary>…and the car must then yaw that way at least this fast (the car responds)…</summary>
    public float MinEvasiveYawRateRps { get; init; } = 0.05f;

    /// <summary>…within this time after the fast steering was confirmed.</summary>
    public float YawResponseWindowS { get; init; } = 0.6f;

    /// <summary>Facing a collision an override never drops the brake at once: it is ramped out at this rate.</summary>
    public float OverrideReleaseRateMps3 { get; init; } = 20f;

    public void Validate(CalibrationRules rules, string prefix)
    {
        rules.InRange(prefix + "pedalConfirmS", PedalConfirmS, 0.02, 1.0, "s");
        rules.InRange(prefix + "maxHumanPedalRatePerS", MaxHumanPedalRatePerS, 2.0, 50.0, "1/s");
        rules.InRange(prefix + "steerConfirmS", SteerConfirmS, 0.02, 0.5, "s");
        rules.InRange(prefix + "minEvasiveYawRateRps", MinEvasiveYawRateRps, 0.005, 1.0, "rad/s");
        rules.InRange(prefix + "yawResponseWindowS", YawResponseWindowS, 0.1, 2.0, "s");
        rules.InRange(prefix + "overrideReleaseRateMps3", OverrideReleaseRateMps3, 2.0, 200.0, "m/s³");
    }
}
