using AebController.Firmware.Signals;

namespace AebController.Firmware.Perception;

/// <summary>
/// Range and finiteness of every field of a radar track and a camera object, checked before any
/// of them is used. NaN fails every comparison, so each check is written as "inside the range".
/// The bounds are physical limits of the sensors and of road traffic, not tuning.
/// </summary>
public static class TrackPlausibility
{
    /// <summary>No radar or camera reports beyond this (long-range automotive radars reach ~300 m).</summary>
    public const float MaxRangeM = 400f;

    /// <summary>Lateral offsets beyond this are outside any field of view that matters.</summary>
    public const float MaxLateralM = 100f;

    /// <summary>Relative speed between two road users: 2 × 250 km/h.</summary>
    public const float MaxRelSpeedMps = 140f;

    /// <summary>Relative acceleration: twice what tyres can give.</summary>
    public const float MaxRelAccelMps2 = 30f;

    /// <summary>
    /// Widest object a track may have: the ARS 408's width field, one byte of 0.2 m steps (0-51 m; its message 0x60D as
    /// Apollo's conti_radar driver decodes it, docs/sensors.md R3). A wall across the road or a bridge deck is that wide
    /// and is no corrupt field: at 30 m, a 31-50 m wall ahead at 50 km/h was no threat at all (the radar and the camera
    /// were judged faulted, no warning, no braking) and every 40 m bridge deck latched RadarValueOutOfRange.
    /// </summary>
    public const float MaxWidthM = 51f;

    /// <summary>Elevation of a reflection: below the road (a dip) to above a gantry.</summary>
    public const float MinElevationM = -5f;
    public const float MaxElevationM = 30f;

    /// <summary>
    /// tan 30°: a reported elevation is an angle times range, and no automotive radar's vertical field
    /// reaches past ±30° (ARS 430 18° in all, UMRR 153 15°, DRVEGRD 169 28°; docs/sensors.md R12), so a
    /// far reflection may read many metres below the road (a 2° elevation error at 188 m is 6.5 m)
    /// and still be a possible measurement.
    /// </summary>
    public const float MaxElevationSlope = 0.577f;

    /// <summary>The highest defined object class: a larger number on the wire is a corrupt field.</summary>
    public const ObjectClass LastObjectClass = ObjectClass.Motorcycle;

    public static bool Within(float value, float min, float max) => value >= min && value <= max;

    /// <summary>Inside the road's own −5…30 m, or inside ±30° of the radar at that range.</summary>
    private static bool ElevationPossible(float elevationM, float rangeM)
    {
        float reachM = MaxElevationSlope * MathF.Abs(rangeM);
        return Within(elevationM, MathF.Min(MinElevationM, -reachM), MathF.Max(MaxElevationM, reachM));
    }

    /// <summary>Every field of the track is finite and physically possible.</summary>
    public static bool RadarTrackValid(in RadarTrack t) => RangeRateValid(t) && RadarTrackValidButRate(t);

    /// <summary>The track's range rate is finite and physically possible.</summary>
    public static bool RangeRateValid(in RadarTrack t) => Within(t.RelVelLongMps, -MaxRelSpeedMps, MaxRelSpeedMps);

    /// <summary>
    /// Every field but the range rate is finite and physically possible: a track whose rate alone is lost still has a
    /// sound range, from which the rate can be stood in for (<see cref="RadarRateStandIn"/>).
    /// </summary>
    public static bool RadarTrackValidButRate(in RadarTrack t) =>
        Within(t.LongitudinalM, -MaxRangeM, MaxRangeM)
        && Within(t.LateralM, -MaxLateralM, MaxLateralM)
        && Within(t.RelVelLatMps, -MaxRelSpeedMps, MaxRelSpeedMps)
        && Within(t.RelAccelLongMps2, -MaxRelAccelMps2, MaxRelAccelMps2)
        && Within(t.WidthM, 0f, MaxWidthM)
        && ElevationPossible(t.ElevationM, t.LongitudinalM)
        && Within(t.RcsDbsm, -100f, 100f)
        && t.UpdateCount >= 0
        && (uint)t.ClassHint <= (uint)LastObjectClass;

    /// <summary>Every field of the camera object is finite and physically possible.</summary>
    public static bool CameraObjectValid(in CameraObject o) =>
        Within(o.LongitudinalM, 0f, MaxRangeM)
        && Within(o.LateralM, -MaxLateralM, MaxLateralM)
        && Within(o.WidthM, 0f, MaxWidthM)
        && Within(o.RelVelLongMps, -MaxRelSpeedMps, MaxRelSpeedMps)
        && Within(o.Confidence, 0f, 1f)
        && (uint)o.Class <= (uint)LastObjectClass;
}
