namespace AebController.Firmware.Perception;

/// <summary>
/// How fast the gap to the nearest obstacle opens, from successive ranges: a first-order filter on
/// the range differences (ultrasonic and radar ranges change in steps at 15–20 Hz, so one cycle's
/// difference is a spike). Starts again at 0 when the obstacle disappears or the range jumps (another
/// object). Bounded work, no allocation.
/// </summary>
public struct GapRateEstimator
{
    /// <summary>A range jump larger than this in one cycle is another object, not motion.</summary>
    public const float JumpM = 1.0f;

    private float _lastRangeM;
    private bool _has;

    /// <summary>Positive when the gap opens.</summary>
    public float OpeningMps { get; private set; }

    public void Reset()
    {
        _has = false;
        _lastRangeM = 0f;
        OpeningMps = 0f;
    }

    public float Update(float rangeM, float cycleS, float timeConstantS)
    {
        if (!float.IsFinite(rangeM) || !(cycleS > 0f))
        {
            Reset();
            return 0f;
        }

        if (!_has || MathF.Abs(rangeM - _lastRangeM) > JumpM)
        {
            _has = true;
            _lastRangeM = rangeM;
            OpeningMps = 0f;
            return 0f;
        }

        float rate = (rangeM - _lastRangeM) / cycleS;
        _lastRangeM = rangeM;
        OpeningMps += (rate - OpeningMps) * MathF.Min(1f, cycleS / timeConstantS);
        return OpeningMps;
    }
}
