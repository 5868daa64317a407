using AebController.Firmware.Signals;

namespace AebController.Firmware.Monitoring;

/// <summary>
/// The radar's lateral position against its own lateral velocity, track by track. A tracker reports both from the
/// same filter, so the position moves by the integral of the reported velocity: for an α-β tracker with period T the
/// position gained over the integral exactly (α·T/β − T/2)·ΔV when the velocity changed by ΔV since the anchor (the
/// trapezoid integral; α 0.5, β 0.167, T 0.05 s: 0.125 s·ΔV), whatever the noise, the ego's yaw (both are taken in the
/// sensor's turning frame) or the target does. A lateral position that drifts or sticks while the velocity says the
/// object moves walks away from it at the size of the error (0.5 m/s: 0.5 m per second; a crossing pedestrian stuck at
/// 1.4 m/s: 1.4 m per second). The anchor is the mean of the first lists' residual (position minus integrated
/// velocity); the recent value is the median of the last three (a one-list identity swap is ignored). They must agree
/// within a tolerance (noise, growing with range as an angle error does) plus the tracker's lag times the velocity's
/// change since the anchor plus an allowance per second for a velocity bias, for a few lists in a row. A consistent
/// anchor is renewed after a while. Only confirmed tracks within range, with finite fields, on a new list (its
/// measurement time moved). Allocation-free after construction; work bounded by the list's capacity squared, done only
/// when a list arrives.
/// </summary>
public sealed class RadarLateralAgreement
{
    private const int Slots = RadarTrackBuffer.Capacity;
    private readonly TrackSlots _slots = new(Slots);
    private readonly long[] _lastUs = new long[Slots];
    private readonly float[] _lastVelMps = new float[Slots];
    private readonly float[] _integralM = new float[Slots];
    private readonly int[] _anchorLists = new int[Slots];
    private readonly float[] _anchorSumM = new float[Slots];
    private readonly float[] _anchorVelSumMps = new float[Slots];
    private readonly float[] _anchorMinM = new float[Slots];
    private readonly float[] _anchorMaxM = new float[Slots];
    private readonly long[] _anchorUs = new long[Slots];
    private readonly float[] _residual1M = new float[Slots];
    private readonly float[] _residual2M = new float[Slots];
    private readonly float[] _vel1Mps = new float[Slots];
    private readonly float[] _vel2Mps = new float[Slots];
    private readonly int[] _disagreeLists = new int[Slots];
    private long _lastListUs = long.MinValue;
    private bool _faulted;

    /// <summary>Latched: some track's lateral position left its velocity's integral for the persistence (until <see cref="Reset"/>).</summary>
    public bool Faulted => _faulted;

    /// <summary>Tuning, from the calibration (see docs/calibration.md for the reasons).</summary>
    public readonly record struct Settings(
        int MinUpdates, float MaxRangeM, int AnchorLists, float ToleranceM, float TolerancePerM, float LagS, float AllowanceMps,
        float AnchorMaxS, int PersistLists);

    public void Reset()
    {
        _slots.Forget();
        _lastListUs = long.MinValue;
        _faulted = false;
    }

    /// <summary>
    /// Forgets every track's history (not the latch): the lists now are no measurements (a frozen list), so each track
    /// starts afresh, with a new anchor, from the next list that moves.
    /// </summary>
    public void ForgetTracks() => _slots.Forget();

    /// <summary>
    /// The lateral residual walked <paramref name="walkedM"/> from its anchor: healthy while within the tolerance (noise at
    /// this range) plus the tracker's lag × the velocity's change since the anchor plus the allowance × time since the
    /// anchor. Non-finite values never agree.
    /// </summary>
    public static bool Agrees(float walkedM, float rangeM, float velocityChangeMps, float sinceAnchorS, in Settings s) =>
        float.IsFinite(walkedM) && float.IsFinite(rangeM) && float.IsFinite(velocityChangeMps) && float.IsFinite(sinceAnchorS)
        && MathF.Abs(walkedM) <= s.ToleranceM + s.TolerancePerM * MathF.Max(rangeM, 0f) + s.LagS * MathF.Abs(velocityChangeMps)
            + s.AllowanceMps * MathF.Max(sinceAnchorS, 0f);

    /// <summary>
    /// Feeds this cycle's list, measured <paramref name="listAgeUs"/> before <paramref name="nowUs"/>; returns false once
    /// (and from then on) a track's lateral position disagreed with its velocity's integral for the persistence.
    /// </summary>
    public bool Update(ref RadarObjectList list, long nowUs, in Settings s)
    {
        if (_faulted) return false;
        if (list.AgeUs < 0 || list.AgeUs >= SignalAge.Never) return true;
        long measuredUs = nowUs - list.AgeUs;
        if (measuredUs <= _lastListUs) return true;
        _lastListUs = measuredUs;

        _slots.BeginList();
        int count = Math.Clamp(list.Count, 0, RadarTrackBuffer.Capacity);
        for (int i = 0; i < count; i++)
        {
            ref readonly RadarTrack t = ref list.Tracks[i];
            if (t.UpdateCount < s.MinUpdates || !float.IsFinite(t.LateralM) || !float.IsFinite(t.RelVelLatMps)
                || !float.IsFinite(t.LongitudinalM) || t.LongitudinalM < 0f || t.LongitudinalM > s.MaxRangeM) continue;
            int slot = _slots.Take(t.Id, out bool fresh);
            if (slot < 0) continue; // the same id twice in one list: judged on its first entry only
            if (fresh)
            {
                _integralM[slot] = 0f;
                _lastUs[slot] = measuredUs;
                _lastVelMps[slot] = t.RelVelLatMps;
                StartAnchor(slot, measuredUs);
            }
            else
            {
                float dtS = (measuredUs - _lastUs[slot]) * 1e-6f;
                _integralM[slot] += 0.5f * (_lastVelMps[slot] + t.RelVelLatMps) * dtS;
                _lastUs[slot] = measuredUs;
                _lastVelMps[slot] = t.RelVelLatMps;
            }

            if (Judge(slot, t.LateralM - _integralM[slot], t.RelVelLatMps, t.LongitudinalM, measuredUs, s)) _faulted = true;
        }

        // A track not in this list (gone, or out of the judged set) starts afresh when it comes back.
        _slots.EndList();

        return !_faulted;
    }

    /// <summary>Returns true when this track's disagreement reached the persistence.</summary>
    private bool Judge(int slot, float residualM, float velMps, float rangeM, long measuredUs, in Settings s)
    {
        int needed = Math.Clamp(s.AnchorLists, 1, 64);
        if (_anchorLists[slot] < needed)
        {
            _anchorSumM[slot] += residualM;
            _anchorVelSumMps[slot] += velMps;
            _anchorLists[slot]++;
            _anchorMinM[slot] = MathF.Min(_anchorMinM[slot], residualM);
            _anchorMaxM[slot] = MathF.Max(_anchorMaxM[slot], residualM);
            // An anchor whose own lists disagree beyond the tolerance is not one: the radar swapped this track's id with
            // another object's in some of them (a cyclist and a kerb post 1.4 m aside swapped in 2 of the 4 anchor lists,
            // and the anchor, their mean, stood 0.7 m from either: RadarLateralImplausible latched fault-free and forward
            // AEB was Degraded for the drive, ncap26-cbnao-30-il90 seed 5807, contact at 30 km/h). Formed afresh from
            // the next list. A lateral fault walks the residual at most 0.07 m per list (a crossing pedestrian stuck at
            // 1.4 m/s), 0.21 m over the 4 lists, inside the tolerance: it still forms an anchor and is judged against it.
            if (_anchorLists[slot] == needed && !(_anchorMaxM[slot] - _anchorMinM[slot] <= s.ToleranceM + s.TolerancePerM * MathF.Max(rangeM, 0f)))
            {
                StartAnchor(slot, measuredUs);
                return false;
            }

            float anchorM = _anchorSumM[slot] / _anchorLists[slot];
            _residual1M[slot] = anchorM;
            _residual2M[slot] = anchorM;
            _vel1Mps[slot] = velMps;
            _vel2Mps[slot] = velMps;
            return false;
        }

        float anchor = _anchorSumM[slot] / _anchorLists[slot];
        float anchorVel = _anchorVelSumMps[slot] / _anchorLists[slot];
        float median = RangeRateAgreement.Median3(residualM, _residual1M[slot], _residual2M[slot]);
        // The lag allowance takes the largest velocity change of the three lists the median chose from.
        float dv = MathF.Max(MathF.Abs(velMps - anchorVel), MathF.Max(MathF.Abs(_vel1Mps[slot] - anchorVel), MathF.Abs(_vel2Mps[slot] - anchorVel)));
        _residual2M[slot] = _residual1M[slot];
        _residual1M[slot] = residualM;
        _vel2Mps[slot] = _vel1Mps[slot];
        _vel1Mps[slot] = velMps;
        float sinceS = (measuredUs - _anchorUs[slot]) * 1e-6f;
        bool agrees = Agrees(median - anchor, rangeM, dv, sinceS, s);
        _disagreeLists[slot] = agrees ? 0 : Math.Min(_disagreeLists[slot] + 1, 1_000);
        if (agrees && sinceS >= s.AnchorMaxS) StartAnchor(slot, measuredUs);
        return _disagreeLists[slot] >= Math.Max(s.PersistLists, 1);
    }

    private void StartAnchor(int slot, long measuredUs)
    {
        _anchorLists[slot] = 0;
        _anchorSumM[slot] = 0f;
        _anchorVelSumMps[slot] = 0f;
        _anchorMinM[slot] = float.PositiveInfinity;
        _anchorMaxM[slot] = float.NegativeInfinity;
        _anchorUs[slot] = measuredUs;
        _disagreeLists[slot] = 0;
    }
}
