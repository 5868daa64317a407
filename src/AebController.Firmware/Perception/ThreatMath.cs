namespace AebController.Firmware.Perception;

/// <summary>
/// Closed-form collision kinematics for one target ahead in the direction of travel. The ego is
/// taken at constant speed (what happens if nobody acts); a target moving our way keeps its
/// acceleration until it stops, and never reverses; a target coming towards us (oncoming, or the
/// along-track part of a crossing one) keeps its speed, and its true closing speed counts.
/// </summary>
public static class ThreatMath
{
    /// <summary>Value used for "not reachable" required decelerations: far above any brake.</summary>
    public const float Unavoidable = 99f;

    /// <summary>A radar list's age in seconds; an age outside 0–1 s (not yet set, or garbage) counts as none.</summary>
    public static float ListAgeS(long ageUs) => ageUs > 0 && ageUs < 1_000_000 ? ageUs * 1e-6f : 0f;

    /// <summary>When a list of age <paramref name="ageUs"/> was measured (each list its own value); long.MinValue for an age outside 0-1 s.</summary>
    public static long ListCaptureUs(long ageUs, long nowUs) => ageUs >= 0 && ageUs < 1_000_000 ? nowUs - ageUs : long.MinValue;

    /// <summary>
    /// The share of a constant speed that an α-β tracker born with a velocity of 0 reports after
    /// <paramref name="updates"/> detections (the first sets the position, each later one corrects position and
    /// velocity by α and β of its residual): the filter run on a unit ramp. α 0.5, β 0.167 give 0.167, 0.389, 0.602,
    /// 0.775, 0.899 after 2-6 detections. Bounded: at most 20 steps; 0 for fewer than 2 detections.
    /// </summary>
    public static float TrackerRampFraction(float alpha, float beta, int updates)
    {
        float positionT = 0f, velocity = 0f;
        int steps = Math.Min(updates - 1, 20);
        for (int k = 1; k <= steps; k++)
        {
            float predicted = positionT + velocity;
            float residual = k - predicted;
            positionT = predicted + alpha * residual;
            velocity += beta * residual;
        }

        return velocity;
    }

    /// <summary>Time until the gap is zero, or +∞.</summary>
    public static float TimeToCollision(float rangeM, float egoSpeedMps, float targetSpeedMps, float targetAccelMps2)
    {
        if (rangeM <= 0f) return 0f;
        if (targetSpeedMps < 0f)
        {
            // Coming towards us: both speeds close the gap (30 m, 10 m/s each way: 1.5 s).
            float closing = MathF.Max(egoSpeedMps, 0f) - targetSpeedMps;
            return rangeM / closing;
        }

        if (egoSpeedMps <= 0f) return float.PositiveInfinity;

        float vt = targetSpeedMps;
        float at = vt > 0f ? targetAccelMps2 : 0f;

        // Phase 1: both moving. gap(t) = r + (vt - ve) t + 0.5 at t².
        float tStop = at < 0f ? vt / -at : float.PositiveInfinity;
        float t1 = SmallestPositiveRoot(0.5f * at, vt - egoSpeedMps, rangeM);
        if (t1 <= tStop) return t1;

        // Phase 2: the target has stopped; the ego covers the remaining gap at constant speed.
        float gapAtStop = rangeM + (vt - egoSpeedMps) * tStop + 0.5f * at * tStop * tStop;
        return tStop + gapAtStop / egoSpeedMps;
    }

    /// <summary>
    /// Deceleration the ego needs, starting after <paramref name="latencyS"/> at constant speed, to end
    /// at least <paramref name="marginM"/> behind the target.
    /// </summary>
    public static float RequiredDeceleration(float rangeM, float egoSpeedMps, float targetSpeedMps, float targetAccelMps2, float latencyS, float marginM)
    {
        if (egoSpeedMps <= 0f) return 0f;
        if (targetSpeedMps < 0f) return RequiredForOncoming(rangeM, egoSpeedMps, -targetSpeedMps, latencyS, marginM);

        float vt = targetSpeedMps;
        float at = vt > 0f ? targetAccelMps2 : 0f;

        // Advance the target through the latency, stopping it if it stops.
        float tStop = at < 0f ? vt / -at : float.PositiveInfinity;
        float tl = MathF.Min(latencyS, tStop);
        float targetTravel = vt * tl + 0.5f * at * tl * tl;
        float vtL = vt + at * tl;
        if (vtL < 0.01f)
        {
            vtL = 0f;
        }

        // A target that keeps at least our speed and does not slow never comes nearer, however near it is:
        // nothing to brake for (a car rolling back on a hill read a clutter point 0.5 m ahead as unavoidable).
        if (at >= -0.05f && vtL >= egoSpeedMps) return 0f;

        float gapM = rangeM + targetTravel - egoSpeedMps * latencyS;
        float d = gapM - marginM;
        if (d <= 0.01f) return Unavoidable;

        float ve = egoSpeedMps;
        if (at < -0.05f && vtL > 0f)
        {
            float b = -at;
            float stopAll = ve * ve / (2f * (d + vtL * vtL / (2f * b)));
            float vrel = ve - vtL;
            if (vrel <= 0f) return stopAll;
            float matchTime = 2f * d / vrel;
            return matchTime <= vtL / b ? b + vrel * vrel / (2f * d) : stopAll;
        }

        float closing = ve - vtL;
        if (closing <= 0f) return 0f;
        return MathF.Min(closing * closing / (2f * d), Unavoidable);
    }

    /// <summary>
    /// A target coming towards us at <paramref name="oncomingMps"/> does not wait: the ego must be at a
    /// standstill, short by the margin, before the target reaches the point where it stops. After the
    /// latency the gap is r − (ve + vo)·tl; stopping at a takes ve/a, over ve²/2a, while the target
    /// covers vo·ve/a, so a ≥ (ve²/2 + vo·ve) / (gap − margin). At vo → 0 this is the stationary case.
    /// </summary>
    private static float RequiredForOncoming(float rangeM, float egoSpeedMps, float oncomingMps, float latencyS, float marginM)
    {
        float d = rangeM - (egoSpeedMps + oncomingMps) * latencyS - marginM;
        if (d <= 0.01f) return Unavoidable;
        return MathF.Min((0.5f * egoSpeedMps * egoSpeedMps + oncomingMps * egoSpeedMps) / d, Unavoidable);
    }

    /// <summary>
    /// How fast a radar track's measured range (its x, along the car's axis) changes in the sensor's frame, which turns with
    /// the car: its range rate <paramref name="rangeRateMps"/> (the velocity difference along the axis) plus
    /// <paramref name="yawRateRps"/> × its lateral position <paramref name="lateralM"/>. Why: for a point (x, y) of a frame
    /// turning at ω, dx/dt = (velocity difference along x) + ω·y. A car standing in the lane 40 m into a 150 m bend is 7 m
    /// aside: at 80 km/h (ω 0.15 rad/s) its range falls 1 m/s slower than its rate says, and a check that integrates the
    /// rate against the ranges walked 1 m apart in a second (`aeb suite curves`: RadarRangeInconsistent with no fault).
    /// </summary>
    public static float RangeSlopeInTurningFrame(float rangeRateMps, float yawRateRps, float lateralM) =>
        rangeRateMps + yawRateRps * lateralM;

    /// <summary>
    /// A track's range slope <paramref name="slopeMps"/> (σ <paramref name="sigmaMps"/>) contradicts the slope its range
    /// rate says it should have, <paramref name="expectedSlopeMps"/>, by more than <paramref name="toleranceMps"/> plus
    /// <paramref name="sigmas"/> standard errors of the slope. A NaN anywhere cannot tell, so it never contradicts: the
    /// radar is not faulted, nor a rate replaced, on a value nobody measured.
    /// </summary>
    public static bool RangeSlopeContradicts(float slopeMps, float sigmaMps, float expectedSlopeMps, float toleranceMps, float sigmas) =>
        MathF.Abs(slopeMps - expectedSlopeMps) > toleranceMps + sigmas * sigmaMps;

    /// <summary>
    /// The range went from <paramref name="fromRangeM"/> to <paramref name="toRangeM"/> while the closing
    /// speed integrated to <paramref name="closedM"/>: the two agree within <paramref name="toleranceM"/>.
    /// </summary>
    public static bool RangeAgreesWithRate(float fromRangeM, float toRangeM, float closedM, float toleranceM) =>
        MathF.Abs(fromRangeM - toRangeM - closedM) <= toleranceM;

    private static float SmallestPositiveRoot(float a, float b, float c)
    {
        if (MathF.Abs(a) < 1e-4f)
        {
            return b < 0f ? -c / b : float.PositiveInfinity;
        }

        float disc = b * b - 4f * a * c;
        if (disc < 0f) return float.PositiveInfinity;
        float sq = MathF.Sqrt(disc);
        float r1 = (-b - sq) / (2f * a);
        float r2 = (-b + sq) / (2f * a);
        float lo = MathF.Min(r1, r2);
        float hi = MathF.Max(r1, r2);
        if (lo > 0f) return lo;
        if (hi > 0f) return hi;
        return float.PositiveInfinity;
    }
}
