namespace AebController.Firmware.Monitoring;

/// <summary>
/// Limp-home on the car's own motion signals: what a lost motion signal leaves, and whether the functions may still
/// act on it (the fault stays reported: its code and the lamp are the monitor's). A brake ECU that loses its yaw
/// sensor keeps braking on the wheel speeds and the steering; AEB standing aside for one lost signal takes a justified
/// intervention away (aeb faults, session 15: 30 cruising runs with the yaw rate or the longitudinal acceleration
/// not finite hit at the scenario's full speed).
/// </summary>
public static class MotionLimpHome
{
    /// <summary>
    /// The IMU's share of forward perception can be taken by the other signals: the path's yaw from the steering and the
    /// wheel speed (the kinematic bicycle model, <see cref="YawPlausibility.SteeredYawRps"/>), the car's acceleration from
    /// the wheel speed's slope (<see cref="Perception.WheelAcceleration"/>). The achieved deceleration is then unknown, so
    /// braking runs open-loop by its stages, with no friction estimate.
    /// </summary>
    public static bool ImuStandsIn(bool imuOk, bool steeringOk, bool wheelSpeedOk) => imuOk || (steeringOk && wheelSpeedOk);
}
