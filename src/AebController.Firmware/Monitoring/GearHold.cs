using AebController.Firmware.Signals;

namespace AebController.Firmware.Monitoring;

/// <summary>
/// The last trusted gear held through a lost gear signal while the car's motion shows it cannot have changed: a car
/// driving forward can select reverse or park only through a standstill, so while the healthy wheel speed has read a
/// speed above standstill in every cycle since the gear was lost, the car still drives forward in drive. The hold
/// ends for the rest of the loss at the first cycle that reads standstill (or an unusable wheel speed), and it is
/// never taken across a standstill; only drive is held (a forward function's limp-home; the rear functions stand
/// aside as before). The gear fault's code and lamp are the monitor's, whatever this says.
/// Allocation-free; O(1) per cycle.
/// </summary>
public struct GearHold
{
    private bool _unbroken;

    /// <summary>No motion seen yet: nothing is held.</summary>
    public void Reset() => _unbroken = false;

    /// <summary>
    /// Feeds one cycle; returns true when <paramref name="trustedGear"/> (drive) may be taken although the gear signal is
    /// faulted this cycle.
    /// </summary>
    /// <param name="gearOk">The gear signal is fresh and valid this cycle.</param>
    /// <param name="trustedGear">The last gear taken from a healthy signal.</param>
    /// <param name="wheelSpeedOk">The wheel speed is trusted this cycle.</param>
    /// <param name="wheelSpeedMps">The wheel speed (a magnitude).</param>
    /// <param name="movingAboveMps">A healthy reading above this is motion (the sensor's dropout and the standstill speed).</param>
    public bool Update(bool gearOk, Gear trustedGear, bool wheelSpeedOk, float wheelSpeedMps, float movingAboveMps)
    {
        bool moving = wheelSpeedOk && float.IsFinite(wheelSpeedMps) && wheelSpeedMps > movingAboveMps;
        // With a healthy gear the hold re-arms only while moving: a gear lost at rest is never held.
        _unbroken = gearOk ? moving : _unbroken && moving;
        return !gearOk && _unbroken && trustedGear == Gear.Drive;
    }
}
