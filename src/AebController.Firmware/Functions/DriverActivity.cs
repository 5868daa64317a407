namespace AebController.Firmware.Functions;

/// <summary>What the driver is doing this cycle, with the edges that hand over control.</summary>
public struct DriverActivity
{
    /// <summary>Accelerator position the controller trusts, 0 to 1 (the lower track when the tracks disagree).</summary>
    public float AccelPedal;

    /// <summary>Accelerator pedal speed, per second.</summary>
    public float AccelPedalRatePerS;

    public bool AccelPressed;
    public bool AccelRisingEdge;
    public bool KickDown;
    public bool KickDownRisingEdge;
    public bool BrakePressed;
    public bool BrakeRisingEdge;
    public float BrakeTravel;
    public bool EvasiveSteering;
    public bool EvasiveSteeringRisingEdge;
}
