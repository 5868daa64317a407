namespace AebController.Firmware.Perception;

/// <summary>
/// The distance a radar track's gap has closed since a start list, by the trapezoid over its lists' closing speeds.
/// For a healthy track, range + closed distance is a constant (the range at the start), whatever the ego and the
/// target do: the invariant that <see cref="RangeConsistencyMonitor"/> (per window) and
/// <see cref="Monitoring.RangeRateAgreement"/> (over an anchor of seconds) both judge. Allocation-free.
/// </summary>
public struct ClosingIntegral
{
    /// <summary>Measurement time of the last list taken in.</summary>
    public long LastMeasuredUs;

    /// <summary>Closing speed of the last list taken in (after any bound).</summary>
    public float LastClosingMps;

    /// <summary>Distance closed since the start list, m (positive while the gap closes).</summary>
    public float ClosedM;

    /// <summary>
    /// Whether a list measured at <paramref name="measuredUs"/> continues this integral: not older than the last list
    /// taken in, and at most <paramref name="maxGapUs"/> after it. The rate cannot be integrated across lists it was not
    /// given (a track that stopped being the threat for seconds and became it again would integrate its new closing
    /// speed over the whole gap), so a longer gap restarts the check that owns the integral.
    /// </summary>
    public readonly bool Continues(long measuredUs, long maxGapUs) =>
        measuredUs >= LastMeasuredUs && measuredUs - LastMeasuredUs <= Math.Max(maxGapUs, 0L);

    /// <summary>Starts from the list measured at <paramref name="measuredUs"/>: nothing closed yet.</summary>
    public void Restart(float closingMps, long measuredUs)
    {
        LastMeasuredUs = measuredUs;
        LastClosingMps = closingMps;
        ClosedM = 0f;
    }

    /// <summary>
    /// Takes in a newer list. Its rate counts only as far as <paramref name="maxChangeMps"/> from the last one
    /// (two cars change their closing speed only so fast between lists); infinity takes it as it is.
    /// </summary>
    public void Advance(float closingMps, long measuredUs, float maxChangeMps = float.PositiveInfinity)
    {
        float dtS = (measuredUs - LastMeasuredUs) * 1e-6f;
        float rate = BoundedRate(LastClosingMps, closingMps, maxChangeMps);
        ClosedM += 0.5f * (LastClosingMps + rate) * dtS;
        LastMeasuredUs = measuredUs;
        LastClosingMps = rate;
    }

    /// <summary>The new rate, moved from the last one by at most <paramref name="maxChangeMps"/>.</summary>
    public static float BoundedRate(float lastMps, float newMps, float maxChangeMps)
    {
        float step = MathF.Max(maxChangeMps, 0f);
        return Math.Clamp(newMps, lastMps - step, lastMps + step);
    }
}
