using AebController.Firmware.Signals;

namespace AebController.Firmware.Monitoring;

/// <summary>
/// A second source for the car's speed while the wheel speed is lost (stale, not a number, out of range, a jump that
/// stayed, frozen), driving forward: the speed the estimator carries on from the last trusted wheel speed (by the IMU's
/// acceleration, else by the brake model: <see cref="Perception.EgoSpeedEstimator"/>), put right by the front radar's
/// standing world (<see cref="StationaryWorldSpeed"/>, fed with the wheel speed while it is healthy and with the estimate
/// after: its offset is then how much faster than the estimate the standing objects close). Trusted for a bounded time
/// only: the IMU's carry alone for <c>speedStandInImuCarryS</c> after the loss (an accelerometer's offset integrates
/// into a speed error), the standing world's last fix for <c>speedStandInWorldFixMaxAgeS</c>. Forward only (the
/// standing world is judged driving forward; the rear functions stand aside as before). The wheel-speed fault's code
/// and lamp are the monitor's, whatever this says. It takes over only while no forward intervention stands: a wheel
/// speed lost during a warning or braking leaves the intervention to the coast-through (the threat carried on and held,
/// never eased), because a live judgement on a carried speed can come out weaker than the one it would replace (a
/// carried estimate a little slow asked 0.002 m/s² less than the fault-free drive: CoastThroughFaultTests, wheel speed
/// frozen while braking). Once it has taken over, it serves on through any intervention it started until it is no longer
/// trusted. Allocation-free after construction; work bounded by the list's capacity.
/// </summary>
public sealed class SpeedStandIn
{
    private readonly StationaryWorldSpeed _world = new();
    private readonly StationaryWorldSpeed.Settings _settings;
    private readonly int _imuCarryCycles;
    private readonly long _fixMaxAgeUs;
    private int _lostCycles;
    private float _speedMps;
    private bool _serving;

    /// <param name="settings">The standing world's tuning (the monitor's own, <c>monitoring.worldSpeed*</c>).</param>
    /// <param name="imuCarryCycles">Cycles after the loss in which the IMU-carried estimate alone is trusted.</param>
    /// <param name="fixMaxAgeUs">How old the standing world's last fix may be.</param>
    public SpeedStandIn(in StationaryWorldSpeed.Settings settings, int imuCarryCycles, long fixMaxAgeUs)
    {
        _settings = settings;
        _imuCarryCycles = imuCarryCycles;
        _fixMaxAgeUs = fixMaxAgeUs;
    }

    /// <summary>The stand-in speed, meaningful while the last <see cref="Update"/> returned true.</summary>
    public float SpeedMps => _speedMps;

    public void Reset()
    {
        _world.Reset();
        _lostCycles = 0;
        _speedMps = 0f;
        _serving = false;
    }

    /// <summary>
    /// Feeds one cycle; returns true when the wheel speed is lost and the stand-in speed (<see cref="SpeedMps"/>) may be
    /// taken instead.
    /// </summary>
    /// <param name="wheelSpeedOk">The wheel speed is trusted this cycle.</param>
    /// <param name="wheelSpeedMps">The trusted wheel speed (with the monitor's correction), used while healthy.</param>
    /// <param name="estimatedMps">The estimator's speed (the wheel speed while healthy, carried on after).</param>
    /// <param name="imuOk">The IMU's acceleration carried the estimate this cycle.</param>
    /// <param name="forward">Driving forward (the trusted or held gear is drive).</param>
    /// <param name="radarOk">The front radar's list may be read.</param>
    /// <param name="appliedBrakeMps2">Brake pressing now (the standing world is followed, never judged, under a brake).</param>
    /// <param name="threatStands">A forward intervention (warning, braking, hold) stands: no new take-over.</param>
    public bool Update(bool wheelSpeedOk, float wheelSpeedMps, float estimatedMps, bool imuOk, bool forward, bool radarOk,
        ref RadarObjectList list, long nowUs, float appliedBrakeMps2, bool threatStands)
    {
        float fedMps = wheelSpeedOk ? wheelSpeedMps : estimatedMps;
        if (forward && radarOk && float.IsFinite(fedMps)) _world.Update(ref list, nowUs, fedMps, appliedBrakeMps2, forward: true, _settings);
        if (wheelSpeedOk)
        {
            _lostCycles = 0;
            _serving = false;
            return false;
        }

        _lostCycles = Functions.Saturating.Count(_lostCycles, true);
        bool worldFresh = _world.LastFixUs > long.MinValue && nowUs - _world.LastFixUs <= _fixMaxAgeUs;
        bool carried = imuOk && _lostCycles <= _imuCarryCycles;
        bool trusted = forward && float.IsFinite(estimatedMps) && (worldFresh || carried);
        // A stand-in that lapses is not taken up again under an intervention: the coast-through carries it from there.
        _serving = trusted && (_serving || !threatStands);
        if (!_serving) return false;
        float offsetMps = float.IsFinite(_world.OffsetMps) ? _world.OffsetMps : 0f;
        _speedMps = MathF.Max(0f, estimatedMps + offsetMps);
        return true;
    }
}
