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
    /// braking runs open-loop by its stages, with no friction estimate. <paramref name="speedOk"/>: the wheel speed or its
    /// stand-in (<see cref="SpeedStandIn"/>) gives the speed.
    /// </summary>
    public static bool ImuStandsIn(bool imuOk, bool steeringOk, bool speedOk) => imuOk || (steeringOk && speedOk);

    /// <summary>
    /// The car's acceleration for the threats while a stand-in gives its speed with the IMU lost too (the motion message
    /// stale: no accelerometer, no wheel speed to take a slope of): the deceleration a healthy actuator gives for the
    /// requests sent, the slope the estimate itself is carried with. Taken as 0, a car braking at 5 m/s² behind a slower
    /// lead read the lead's relative acceleration as the lead's own, saw it pull away at 5 m/s² and eased braking by
    /// 4.5 m/s² (aeb faults, ccrm-50, motion message lost at the warning). Where the actuator gives less (a weak brake, a
    /// slippery road), the ego seems to slow faster than it does, so a target seems to brake harder, never less: more
    /// critical. Without braking it is 0, as before. Otherwise <paramref name="accelMps2"/> unchanged.
    /// </summary>
    public static float StandInAccelMps2(float accelMps2, bool speedStandsIn, bool imuOk, float expectedBrakeMps2) =>
        speedStandsIn && !imuOk ? -(float.IsFinite(expectedBrakeMps2) ? MathF.Max(0f, expectedBrakeMps2) : 0f) : accelMps2;

    /// <summary>
    /// Whether the camera's lane may shape the path (<see cref="Perception.LaneTracker"/>): it needs the car's speed and yaw
    /// to carry it from its frame to now, and a car that keeps to the road (a turn off the road withdraws it). With the
    /// gyro, the turn rule tells a turn off the road (<see cref="Perception.TurnAcrossPath"/>). Without it, the road's
    /// curvature is the one the gyro last learned: while the steering keeps within the turn rule's departure curvature of
    /// it the car is taken to follow the road; a steering that departs withdraws the lane, and the path is the steered
    /// yaw's alone, as with no lane. Without the lane a car on the straight before a bend judged a car parked on the
    /// bend's outside as in its path and warned (curve-parked-shoulder-60, yaw rate or wheel speed lost).
    /// </summary>
    /// <param name="imuOk">The gyro's yaw rate is trusted.</param>
    /// <param name="imuStandsIn">The steering and the speed stand in for a lost IMU (<see cref="ImuStandsIn"/>).</param>
    /// <param name="speedOk">The wheel speed, or its stand-in, gives the speed.</param>
    public static bool LaneMotionOk(bool imuOk, bool imuStandsIn, bool speedOk, float steeredCurvaturePerM, float roadCurvaturePerM,
        float departureCurvaturePerM) =>
        speedOk && (imuOk || (imuStandsIn && float.IsFinite(steeredCurvaturePerM) && float.IsFinite(roadCurvaturePerM)
            && MathF.Abs(steeredCurvaturePerM - roadCurvaturePerM) < departureCurvaturePerM));
}
