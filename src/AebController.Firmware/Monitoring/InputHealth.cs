namespace AebController.Firmware.Monitoring;

/// <summary>Which inputs the functions may trust this cycle (live state, not the latched codes).</summary>
public struct InputHealth
{
    public bool FrontRadarOk;

    /// <summary>
    /// The front radar's list has tracks whose range rate alone is lost (not finite or out of range) while every other
    /// field is sound: the radar stays usable (<see cref="FrontRadarOk"/>) with those rates stood in for from the ranges
    /// (<see cref="Perception.RadarRateStandIn"/>); the value code is reported as for any corrupt field.
    /// </summary>
    public bool FrontRadarRateLost;
    public bool RearRadarOk;
    public bool CameraOk;
    public bool UltrasonicFrontOk;
    public bool UltrasonicRearOk;
    public bool AccelPedalOk;

    /// <summary>Both accelerator tracks fresh, in range and agreeing this very cycle (no debounce): only then may the pedal override.</summary>
    public bool AccelTracksAgree;
    public bool BrakePedalOk;

    /// <summary>Brake pedal fresh, in range, and travel and switch agree this very cycle (no debounce): only then may it ask for brake assist.</summary>
    public bool BrakePedalAgrees;
    public bool WheelSpeedOk;
    public bool ImuOk;
    public bool SteeringOk;
    public bool GearOk;
    public bool BrakeFeedbackOk;

    /// <summary>Accelerator position to use: the lower of the two tracks when they disagree, 0 when stale.</summary>
    public float TrustedAccelPedal;
}
