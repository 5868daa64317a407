namespace AebController.Firmware.Perception;

/// <summary>Plausibility of the brake pedal's two signals: travel (analogue) and the brake light switch.</summary>
public static class PedalPlausibility
{
    /// <summary>
    /// Travel and switch tell the same story: a closed switch with the pedal at rest, or an open switch
    /// with the pedal well past the switch point, is a contradiction. Between the two limits (the switch
    /// point with its spread and hysteresis) either switch state is plausible. Non-finite travel never agrees.
    /// </summary>
    public static bool BrakeSwitchAgrees(float travel, bool switchClosed, float openBelowTravel, float closedByTravel)
    {
        if (!float.IsFinite(travel)) return false;
        return switchClosed ? travel > openBelowTravel : travel < closedByTravel;
    }
}
