namespace AebController.Firmware.Monitoring;

/// <summary>Which inputs the functions may trust this cycle (live state, not the latched codes).</summary>
public struct InputHealth
{
    public bool FrontRadarOk;
    public bool RearRadarOk;
    public bool CameraOk;
    public bool UltrasonicFrontOk;
    public bool UltrasonicRearOk;
    public bool AccelPedalOk;
    public bool BrakePedalOk;
    public bool WheelSpeedOk;
    public bool ImuOk;
    public bool SteeringOk;
    public bool GearOk;
    public bool BrakeFeedbackOk;

    /// <summary>Accelerator position to use: the lower of the two tracks when they disagree, 0 when stale.</summary>
    public float TrustedAccelPedal;
}
