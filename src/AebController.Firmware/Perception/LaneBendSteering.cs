using AebController.Firmware.Signals;

namespace AebController.Firmware.Perception;

/// <summary>
/// Whether the camera's confirmed lane accounts for the steering, so that a steering that departs from the road's
/// curvature learned from the yaw rate (<see cref="TurnAcrossPath.Turning"/>) is the car entering a bend of the road it
/// follows, not a turn off it. The learned curvature is the yaw rate low-passed over 2 s: entering a bend it is still the
/// straight's, while the lane-keeping driver already steers into the bend the camera sees. Taken for a turn off the
/// road, the lane was withdrawn and the path became the lagging yaw-rate circle, which runs onto a car parked on the
/// outside of the bend: a car 1.4 m clear of the lane on the outside shoulder of a 40 m left bend was braked for at
/// 7.6 m/s², 30 km/h, in 10 of 10 seeds (docs/exploration.md, session 16). A turn off the road at a junction steers
/// tighter than the lane it leaves bends by far more than the departure curvature, and is still a turn.
/// </summary>
public static class LaneBendSteering
{
    /// <summary>
    /// True when <paramref name="lane"/> (carried to now) bends, somewhere over its view, at least as far toward
    /// <paramref name="oncomingSide"/> (+1 left) as the steered curvature less <paramref name="minDepartureCurvaturePerM"/>:
    /// the steering then departs from the lane by less than a turn off the road does. False without a usable lane.
    /// </summary>
    public static bool Explains(in CameraLane lane, float steeredCurvaturePerM, float minDepartureCurvaturePerM, float oncomingSide)
    {
        if (!(lane.ViewRangeM > 0f) || !float.IsFinite(lane.CurvaturePerM) || !float.IsFinite(lane.CurvatureRatePerM2)) return false;
        if (!float.IsFinite(steeredCurvaturePerM) || !(minDepartureCurvaturePerM > 0f)) return false;
        // The lane's curvature is linear in distance (a clothoid): its extreme toward the oncoming side is at one end of the view.
        float nearPerM = lane.CurvaturePerM * oncomingSide;
        float farPerM = (lane.CurvaturePerM + lane.CurvatureRatePerM2 * lane.ViewRangeM) * oncomingSide;
        float laneTowardPerM = MathF.Max(nearPerM, farPerM);
        return steeredCurvaturePerM * oncomingSide - laneTowardPerM < minDepartureCurvaturePerM;
    }
}
