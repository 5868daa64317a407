using AebController.Firmware.Signals;

namespace AebController.Firmware.Monitoring;

/// <summary>
/// The wheel speed against the front radar's view of the standing world. A standing object (a parked car, a guard-rail
/// post, a drain cover) closes at the car's own speed: its longitudinal relative velocity is −v (the radar's Doppler
/// rate, which the frame's rotation does not change: <see cref="RadarTrack.RelVelLongMps"/>). The residual
/// r = −(relative velocity) − (wheel speed) of every standing object is 0 within the radar's rate noise (0.12 m/s) and
/// the tyre's rolling-radius error, whatever the road's grade (which fools an accelerometer). Moving objects have their
/// own speed as residual and are far from the standing cluster. The cluster's offset is followed list by list: the
/// median residual of the tracks within a gate of the current offset (at least two witnesses), so a wheel speed that
/// drifts away drags the offset with it, while a car driving off never joins it. An offset beyond the tolerance
/// (fixed + a share of speed for tyre wear and pressure) for some lists in a row is a wheel-speed fault
/// (<see cref="DiagnosticCode.WheelSpeedDisagreesWithRadar"/>); the standing world then says the speed: wheel speed +
/// offset, and the functions take the faster of the two (the offset is followed on, under braking too). Judged only
/// moving forward above a minimum speed with no brake pressing beyond a light one (under braking the wheels slip and
/// read slower than the car by design). Allocation-free after construction; work bounded by the
/// list's capacity, done only when a list arrives.
/// </summary>
public sealed class StationaryWorldSpeed
{
    private readonly float[] _residuals = new float[RadarTrackBuffer.Capacity];

    /// <summary>
    /// Wheel-speed samples of the last cycles, so that a list's rates are compared with the wheel speed of the moment the
    /// list was measured (<see cref="WheelSpeedAt"/>). 32 cycles cover a list up to 320 ms old at the 10 ms cycle, beyond
    /// the radar's stale limit; an older list is compared with the oldest sample kept.
    /// </summary>
    public const int WheelHistoryLength = 32;

    private readonly long[] _wheelTimesUs = new long[WheelHistoryLength];
    private readonly float[] _wheelSpeedsMps = new float[WheelHistoryLength];
    private int _wheelHead;
    private int _wheelCount;
    private long _lastListUs = long.MinValue;
    private float _offsetMps;
    private int _beyondLists;
    private bool _faulted;
    private long _lastFixUs = long.MinValue;

    /// <summary>Tuning, from the calibration (see docs/calibration.md for the reasons).</summary>
    public readonly record struct Settings(
        float MinSpeedMps, float MaxBrakeMps2, int MinUpdates, float MaxRangeM, float GateMps, int MinWitnesses,
        float ToleranceMps, float ToleranceShare, int PersistLists);

    /// <summary>The standing world's residual now: how much faster than the wheel speed the standing objects close.</summary>
    public float OffsetMps => _offsetMps;

    /// <summary>
    /// When the offset was last taken from enough standing witnesses (the list's measurement time); long.MinValue never.
    /// A second speed source (<see cref="SpeedStandIn"/>) trusts the offset only while this is recent.
    /// </summary>
    public long LastFixUs => _lastFixUs;

    /// <summary>Latched until <see cref="Reset"/>.</summary>
    public bool Faulted => _faulted;

    /// <summary>
    /// Once the wheel speed was found to disagree: what the standing world adds to it (never less than 0: a suspect wheel
    /// speed is taken as the faster of the two, which never weakens a threat). 0 before.
    /// </summary>
    public float CorrectionMps => _faulted && float.IsFinite(_offsetMps) ? MathF.Max(0f, _offsetMps) : 0f;

    public void Reset()
    {
        _lastListUs = long.MinValue;
        _wheelHead = 0;
        _wheelCount = 0;
        _offsetMps = 0f;
        _beyondLists = 0;
        _faulted = false;
        _lastFixUs = long.MinValue;
    }

    /// <summary>The standing world's offset is beyond what tyres explain at this speed. Non-finite values are always beyond.</summary>
    public static bool Beyond(float offsetMps, float wheelSpeedMps, float toleranceMps, float toleranceShare) =>
        !float.IsFinite(offsetMps) || !float.IsFinite(wheelSpeedMps)
        || MathF.Abs(offsetMps) > toleranceMps + toleranceShare * MathF.Abs(wheelSpeedMps);

    /// <summary>
    /// Feeds this cycle's list with the wheel speed and the brake pressing now; returns false once (and from then on) the
    /// standing world's offset stayed beyond the tolerance for the persistence.
    /// </summary>
    public bool Update(ref RadarObjectList list, long nowUs, float wheelSpeedMps, float appliedBrakeMps2, bool forward, in Settings s)
    {
        RecordWheelSpeed(nowUs, wheelSpeedMps);
        if (list.AgeUs < 0 || list.AgeUs >= SignalAge.Never) return !_faulted;
        long measuredUs = nowUs - list.AgeUs;
        if (measuredUs <= _lastListUs) return !_faulted;
        _lastListUs = measuredUs;
        // Once faulted the car's speed is the corrected one: a wheel speed drifting below the minimum must not stop the
        // standing world from being followed while the car still drives fast.
        if (!forward || !float.IsFinite(wheelSpeedMps) || wheelSpeedMps + CorrectionMps < s.MinSpeedMps)
        {
            _beyondLists = 0;
            return !_faulted;
        }

        // The rates were measured the list's age ago: against the wheel speed of now, braking at a would add a × age to every
        // residual (9.8 m/s² × 60 ms = 0.6 m/s in cpna-40 with the wheel speed drifting: the corrected speed then ran 0.57 m/s
        // fast, the speed estimate restarted from it when the drifting reading went below 0 and stayed 0.6 m/s above a car
        // at rest, which held full braking and its acoustic warning 0.3 s at rest).
        float wheelThenMps = WheelSpeedAt(measuredUs);
        int n = 0;
        int count = Math.Clamp(list.Count, 0, RadarTrackBuffer.Capacity);
        for (int i = 0; i < count; i++)
        {
            ref readonly RadarTrack t = ref list.Tracks[i];
            if (t.UpdateCount < s.MinUpdates || !float.IsFinite(t.RelVelLongMps) || !float.IsFinite(t.LongitudinalM)
                || t.LongitudinalM < 0f || t.LongitudinalM > s.MaxRangeM) continue;
            float r = -t.RelVelLongMps - wheelThenMps;
            if (!float.IsFinite(r)) continue;
            if (MathF.Abs(r - _offsetMps) <= s.GateMps) _residuals[n++] = r;
        }

        if (n < Math.Max(s.MinWitnesses, 1)) return !_faulted;
        _offsetMps = Median(_residuals, n);
        _lastFixUs = measuredUs;
        // Under a brake the wheels slip and read slower than the car by design: the offset is followed, never judged.
        bool judged = float.IsFinite(appliedBrakeMps2) && appliedBrakeMps2 <= s.MaxBrakeMps2;
        _beyondLists = judged && Beyond(_offsetMps, wheelSpeedMps, s.ToleranceMps, s.ToleranceShare) ? Math.Min(_beyondLists + 1, 1_000) : 0;
        if (_beyondLists >= Math.Max(s.PersistLists, 1)) _faulted = true;
        return !_faulted;
    }

    private void RecordWheelSpeed(long nowUs, float wheelSpeedMps)
    {
        _wheelTimesUs[_wheelHead] = nowUs;
        _wheelSpeedsMps[_wheelHead] = wheelSpeedMps;
        _wheelHead = (_wheelHead + 1) % WheelHistoryLength;
        _wheelCount = Math.Min(_wheelCount + 1, WheelHistoryLength);
    }

    /// <summary>
    /// The wheel speed kept for <paramref name="timeUs"/>: the newest sample taken at or before it, else (older than every
    /// sample kept) the oldest one. Bounded by <see cref="WheelHistoryLength"/>.
    /// </summary>
    public float WheelSpeedAt(long timeUs)
    {
        float oldest = float.NaN;
        for (int k = 1; k <= _wheelCount; k++)
        {
            int i = (_wheelHead - k + WheelHistoryLength) % WheelHistoryLength;
            if (_wheelTimesUs[i] <= timeUs) return _wheelSpeedsMps[i];
            oldest = _wheelSpeedsMps[i];
        }

        return oldest;
    }

    /// <summary>Median of the first <paramref name="n"/> values (sorted in place; insertion sort, n ≤ the list's capacity).</summary>
    public static float Median(float[] values, int n)
    {
        for (int i = 1; i < n; i++)
        {
            float v = values[i];
            int j = i - 1;
            while (j >= 0 && values[j] > v)
            {
                values[j + 1] = values[j];
                j--;
            }

            values[j + 1] = v;
        }

        return n % 2 == 1 ? values[n / 2] : 0.5f * (values[n / 2 - 1] + values[n / 2]);
    }
}
