namespace AebController.Firmware.Functions;

/// <summary>
/// The small rules that decide whether a driver input is a deliberate override. Each is a pure
/// function of its arguments, swept over its whole input range by the unit tests.
/// </summary>
public static class OverridePredicates
{
    /// <summary>
    /// The accelerator moved up from <paramref name="previous"/> to <paramref name="current"/> in one
    /// cycle no faster than a foot can (falling is always plausible: a foot lifts off at once).
    /// Non-finite readings are never human.
    /// </summary>
    public static bool IsHumanPedalStep(float previous, float current, float cycleS, float maxRatePerS)
    {
        if (!float.IsFinite(previous) || !float.IsFinite(current) || !(cycleS > 0f)) return false;
        // A hundredth of travel of slack: ADC quantisation is not a driver.
        return current - previous <= maxRatePerS * cycleS + 0.01f;
    }

    /// <summary>One sample of a kick-down: the pedal is trusted (tracks agree), past the kick-down travel, reached at a human rate.</summary>
    public static bool IsKickDownSample(bool pedalTrusted, float pedal, float kickDownPedal, bool pressHuman) =>
        pedalTrusted && pressHuman && pedal >= kickDownPedal;

    /// <summary>One sample of an accelerator press: trusted, past the pressed travel, reached at a human rate.</summary>
    public static bool IsPressSample(bool pedalTrusted, float pedal, float pressedPedal, bool pressHuman) =>
        pedalTrusted && pressHuman && pedal > pressedPedal;

    /// <summary>Direction (+1 left, −1 right) of a steering-wheel rate at or above the evasive rate, else 0.</summary>
    public static int EvasiveSteerDirection(bool steeringTrusted, float rateRps, float evasiveRateRps)
    {
        if (!steeringTrusted || !float.IsFinite(rateRps)) return 0;
        return rateRps >= evasiveRateRps ? 1 : rateRps <= -evasiveRateRps ? -1 : 0;
    }

    /// <summary>The car answers a steering input of <paramref name="direction"/>: it yaws that way at least <paramref name="minYawRateRps"/>.</summary>
    public static bool YawConfirms(bool imuTrusted, float yawRateRps, int direction, float minYawRateRps) =>
        imuTrusted && direction != 0 && float.IsFinite(yawRateRps) && yawRateRps * direction >= minYawRateRps;
}
