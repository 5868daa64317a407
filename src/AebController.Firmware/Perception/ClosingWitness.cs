namespace AebController.Firmware.Perception;

/// <summary>
/// A second measure of the car's speed toward an obstacle, independent of the wheel speed: the rate at which the bumper's radar
/// sees the same obstacle its in-path echo measures close. The echo is taken as standing (every echo is), and the radar's
/// Doppler rate of a standing obstacle is the car's own speed along the axis whatever the grade (the front radar's standing
/// world, <c>StationaryWorldSpeed</c>, uses the same fact). Why: a wheel speed drifting at −1 m/s² while reversing
/// (aeb faults, rev-pedestrian-5) read 1.20 m/s where the car reversed at 1.39 and braking came 0.1 s late; in
/// rev-passengerCar-10 it read 0.013 m/s while the car still reversed at 1.23 m/s, and the rear functions took that for a
/// standstill. The list is 60–110 ms old: under braking its rate is the speed of then, so the deceleration pressing now
/// (the larger of the brake and the accelerometer's reading) times the list's age is taken off; too large a correction only
/// gives a smaller witness, which leaves the wheel speed in charge as before.
/// </summary>
public static class ClosingWitness
{
    /// <summary>
    /// The car's speed toward the echo's obstacle by the radar, brought to now; NaN when there is no such witness: no radar
    /// threat, none of a track, no echo, the two more than <paramref name="windowM"/> apart (another object), or a value that
    /// is not finite.
    /// </summary>
    /// <param name="radar">The bumper's radar threat (its reported closing speed, positive when closing).</param>
    /// <param name="echo">The bumper's nearest in-path echo.</param>
    /// <param name="echoSpeedMps">The speed the echo is brought to now with (its distance then compared with the radar's range).</param>
    /// <param name="listAgeUs">The radar list's age.</param>
    /// <param name="decelNowMps2">The deceleration pressing now (≥ 0 counts; a car speeding up is not corrected upwards).</param>
    /// <param name="windowM">How far apart the radar's range and the echo's distance may be for one obstacle.</param>
    public static float ClosingNowMps(in ThreatAssessment radar, in UltrasonicObstacle echo, float echoSpeedMps, long listAgeUs,
        float decelNowMps2, float windowM)
    {
        if (!radar.HasTarget || radar.TrackId < 0 || !echo.Present) return float.NaN;
        float echoM = echo.DistanceNowM(echoSpeedMps);
        if (!float.IsFinite(radar.RangeM) || !float.IsFinite(echoM) || MathF.Abs(radar.RangeM - echoM) > windowM) return float.NaN;
        float decel = float.IsFinite(decelNowMps2) ? MathF.Max(0f, decelNowMps2) : 0f;
        float closing = radar.ReportedClosingSpeedMps - decel * ThreatMath.ListAgeS(listAgeUs);
        return float.IsFinite(closing) ? closing : float.NaN;
    }

    /// <summary>
    /// The witness says the car moves toward its obstacle faster than <paramref name="speedMps"/> by more than the radar's
    /// rate tolerance: the speed reads too slow, and a reading of standstill is not believed. A healthy wheel sensor reads 0
    /// below its dropout (<paramref name="dropoutMps"/>) and at least the dropout above it, so a reading of standstill (at
    /// most <paramref name="standstillMps"/>) says only "slower than the dropout": the witness must then beat the dropout by
    /// the tolerance, or the rate's noise at rest (σ 0.12 m/s, up to 0.3 m/s on weak returns) could call a standing car
    /// moving. A reading between standstill and the dropout is no healthy sensor's and is taken as read. NaN witnesses say
    /// nothing.
    /// </summary>
    public static bool SaysFaster(float witnessMps, float speedMps, float standstillMps, float dropoutMps, float toleranceMps)
    {
        if (!float.IsFinite(witnessMps) || !float.IsFinite(toleranceMps)) return false;
        bool readsStandstill = !float.IsFinite(speedMps) || speedMps <= standstillMps;
        float speed = readsStandstill ? (float.IsFinite(dropoutMps) ? MathF.Max(0f, dropoutMps) : 0f) : speedMps;
        return witnessMps > speed + MathF.Max(0f, toleranceMps);
    }

    /// <summary>
    /// The witness the functions may use, NaN otherwise: while the car's own speed reads it moving (above
    /// <paramref name="standstillMps"/>; the faster of the two never weakens a need), and at a reading of standstill only when
    /// it says faster (<paramref name="saysFaster"/>, <see cref="SaysFaster"/>). Why: at rest the radar's rate noise alone
    /// would read a creep, and judged at that creep an echo inside the stop margin needs an unavoidable deceleration.
    /// </summary>
    public static float Usable(float witnessMps, float speedMps, float standstillMps, bool saysFaster) =>
        float.IsFinite(witnessMps) && (saysFaster || speedMps > standstillMps) ? witnessMps : float.NaN;
}
