namespace AebController.Firmware.Signals;

/// <summary>
/// One object of a radar object list, in the vehicle frame at the sensor: x forward (for the rear
/// radar: x rearward), y to the left. Relative quantities are target minus ego.
/// </summary>
public struct RadarTrack
{
    /// <summary>Track identity, stable while the radar keeps the object.</summary>
    public int Id;

    /// <summary>Longitudinal distance from the bumper to the object's nearest face.</summary>
    public float LongitudinalM;

    /// <summary>Lateral offset of the object's centre, positive to the left.</summary>
    public float LateralM;

    /// <summary>Longitudinal relative velocity (the Doppler range rate; the frame's rotation does not change a distance); negative when the gap closes.</summary>
    public float RelVelLongMps;

    /// <summary>
    /// Lateral relative velocity as a tracker on the sensor's own positions gives it: the frame turns with the car, so
    /// a standing object x ahead of the rear axle drifts sideways at −(yaw rate)·x while the car turns (the firmware takes
    /// that rotation out with its own yaw rate).
    /// </summary>
    public float RelVelLatMps;

    /// <summary>Longitudinal relative acceleration (target minus ego).</summary>
    public float RelAccelLongMps2;

    /// <summary>Estimated object width.</summary>
    public float WidthM;

    /// <summary>Height of the reflection centre above the road (4D radar); high for gantries, near zero for plates.</summary>
    public float ElevationM;

    /// <summary>Radar cross-section.</summary>
    public float RcsDbsm;

    /// <summary>Number of radar updates this track has been confirmed for.</summary>
    public int UpdateCount;

    /// <summary>Class hint from the sensor (fused camera class where the sensor fuses; otherwise Unknown).</summary>
    public ObjectClass ClassHint;

    /// <summary>
    /// Whether this cycle's detections confirmed the object or the tracker predicted it on its last estimate (a coasted
    /// track: hidden, or its echo faded). <see cref="RadarMeasurementState.Unknown"/> where the sensor does not say.
    /// </summary>
    public RadarMeasurementState MeasurementState;
}
