namespace AebController.Firmware.Signals;

/// <summary>
/// Everything the controller reads in one cycle. Allocated once at start-up and refilled in place
/// by the HAL each cycle; every input carries its age so the firmware never assumes freshness.
/// </summary>
public sealed class SensorFrame
{
    /// <summary>Cycle time at which the HAL filled this frame.</summary>
    public long NowUs;

    public RadarObjectList FrontRadar;
    public RadarObjectList RearRadar;

    /// <summary>
    /// The front corner radars' object lists, each in its own sensor's frame (x along its boresight, y left of it; the
    /// position is the footprint's nearest point). A car without them leaves their age at <see cref="SignalAge.Never"/>
    /// and the calibration says they are not fitted.
    /// </summary>
    public RadarObjectList FrontLeftCornerRadar;
    public RadarObjectList FrontRightCornerRadar;
    public CameraObjectList FrontCamera;
    public UltrasonicEchoBuffer Ultrasonics;
    public PedalInputs Pedals;
    public VehicleMotion Motion;
    public SteeringInput Steering;
    public GearInput Gear;
    public BrakeFeedback BrakeFeedback;

    /// <summary>Copies every field of <paramref name="source"/> into this frame without allocating.</summary>
    public void CopyFrom(SensorFrame source)
    {
        NowUs = source.NowUs;
        FrontRadar = source.FrontRadar;
        RearRadar = source.RearRadar;
        FrontLeftCornerRadar = source.FrontLeftCornerRadar;
        FrontRightCornerRadar = source.FrontRightCornerRadar;
        FrontCamera = source.FrontCamera;
        Ultrasonics = source.Ultrasonics;
        Pedals = source.Pedals;
        Motion = source.Motion;
        Steering = source.Steering;
        Gear = source.Gear;
        BrakeFeedback = source.BrakeFeedback;
    }

    /// <summary>Marks every input as never received, the state before the first read.</summary>
    public void Clear()
    {
        NowUs = 0;
        FrontRadar = default;
        FrontRadar.AgeUs = SignalAge.Never;
        RearRadar = default;
        RearRadar.AgeUs = SignalAge.Never;
        FrontLeftCornerRadar = default;
        FrontLeftCornerRadar.AgeUs = SignalAge.Never;
        FrontRightCornerRadar = default;
        FrontRightCornerRadar.AgeUs = SignalAge.Never;
        FrontCamera = default;
        FrontCamera.AgeUs = SignalAge.Never;
        Ultrasonics = default;
        for (int i = 0; i < UltrasonicEchoBuffer.Capacity; i++)
        {
            Ultrasonics[i].AgeUs = SignalAge.Never;
        }

        Pedals = default;
        Pedals.AgeUs = SignalAge.Never;
        Motion = default;
        Motion.AgeUs = SignalAge.Never;
        Steering = default;
        Steering.AgeUs = SignalAge.Never;
        Gear = default;
        Gear.AgeUs = SignalAge.Never;
        BrakeFeedback = default;
        BrakeFeedback.AgeUs = SignalAge.Never;
    }
}
