using AebController.Firmware.Signals;

namespace AebController.Firmware.Perception;

/// <summary>
/// Whether the front radar contradicts a standing obstacle the front ultrasonics measure in the path. Forward AEB brakes
/// for a wall the radar measures (at its 1 m stop margin, from its partial-braking need); the low-speed function, on the
/// echo, brakes later (0.5 m margin, 2.5 m/s²), because it also stops for things the radar cannot see (a thin post, a
/// low kerb stone), where a driver parks closer. When the radar sees the obstacle but wrongly (aeb faults, lsf-wall-6: its
/// range stuck or drifting far, its rate saying the wall drives away, its elevation saying the wall is a gantry), forward
/// AEB never brakes and the low-speed function braked 0.3 s after the fault-free run. Then the echo must be judged as
/// forward AEB would have judged the wall. Contradiction, for an echo that stands (<see cref="EchoStandingCheck"/>):
/// <list type="bullet">
/// <item>the radar cannot be used (faulted, or its ranges found inconsistent with its rates);</item>
/// <item>its threat lies within the window of the echo but closes at another speed than the car's (a rate offset or
/// drift: the wall "drives away");</item>
/// <item>its threat stands but reads farther than the echo by more than the window (a range biased, stuck or drifting);</item>
/// <item>it has no threat within the window but lists a return there in the path (an elevation that says "overhead").</item>
/// </list>
/// A radar that lists nothing there does not contradict the echo: it does not see the object, and the low-speed function
/// keeps its own margin. A radar threat within the window that closes as the echo does is the same obstacle: forward AEB
/// acts on it.
/// </summary>
public static class EchoRadarAgreement
{
    /// <param name="echoStands">The echo has closed at the car's speed (<see cref="EchoStandingCheck.Stands"/>).</param>
    /// <param name="egoSpeedMps">The car's speed toward the echo (the speed the echo is judged at).</param>
    /// <param name="radarUsable">Forward AEB can act on the radar this cycle.</param>
    /// <param name="radar">The radar's threat as the assessor judged it (before any echo was taken into it).</param>
    /// <param name="radarListsReturnNear">The radar lists a return in the path within the window of the echo.</param>
    /// <param name="standingWindowMps">A threat whose speed over ground is within this stands.</param>
    /// <param name="windowM">Two sensors' readings of one obstacle differ by at most this.</param>
    /// <param name="closingToleranceMps">The radar's closing speed agrees with the car's speed within this.</param>
    public static bool RadarContradicts(in UltrasonicObstacle echo, bool echoStands, float egoSpeedMps, bool radarUsable,
        in ThreatAssessment radar, bool radarListsReturnNear, float standingWindowMps, float windowM, float closingToleranceMps)
    {
        if (!echo.Present || !echoStands || !float.IsFinite(echo.DistanceM)) return false;
        if (!radarUsable) return true;
        bool threat = radar.HasTarget && float.IsFinite(radar.RangeM);
        if (threat && MathF.Abs(radar.RangeM - echo.DistanceM) <= windowM)
        {
            // The same obstacle: it agrees when it closes as a standing one does (NaN closing never agrees).
            return !(MathF.Abs(radar.ClosingSpeedMps - egoSpeedMps) <= closingToleranceMps);
        }

        if (threat && radar.RangeM > echo.DistanceM && MathF.Abs(radar.TargetSpeedMps) <= standingWindowMps) return true;
        return !threat && radarListsReturnNear;
    }

    /// <summary>
    /// A return of the list lies in the path (its lateral position within <paramref name="halfCorridorM"/>) within
    /// <paramref name="windowM"/> of <paramref name="distanceM"/>, whatever its elevation or rate.
    /// </summary>
    public static bool ListsReturnNear(ref RadarObjectList list, float distanceM, float windowM, float halfCorridorM)
    {
        int count = Math.Min(list.Count, RadarTrackBuffer.Capacity);
        for (int i = 0; i < count; i++)
        {
            ref readonly RadarTrack track = ref list.Tracks[i];
            if (MathF.Abs(track.LongitudinalM - distanceM) <= windowM && MathF.Abs(track.LateralM) <= halfCorridorM) return true;
        }

        return false;
    }
}
