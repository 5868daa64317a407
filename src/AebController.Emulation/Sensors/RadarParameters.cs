using AebController.Emulation.Profiles;

namespace AebController.Emulation.Sensors;

/// <summary>
/// An automotive radar's reach, rate and noise. Defaults: the ideal world's front long-range radar
/// (today's model); the realistic values and their sources are in Profiles/realistic.json.
/// </summary>
public sealed record RadarParameters
{
    [ProfileRange(10_000, 200_000)]
    public long UpdatePeriodUs { get; init; } = 50_000;

    /// <summary>Time from measurement to the object list being available.</summary>
    [ProfileRange(0, 300_000)]
    public long LatencyUs { get; init; } = 30_000;

    [ProfileRange(5, 400)]
    public float MaxRangeM { get; init; } = 200f;

    /// <summary>Wide field of view up to the near range, narrow beyond.</summary>
    [ProfileRange(1, 400)]
    public float NearRangeM { get; init; } = 70f;

    [ProfileRange(1, 90)]
    public float NearHalfFovDeg { get; init; } = 45f;

    [ProfileRange(1, 90)]
    public float FarHalfFovDeg { get; init; } = 9f;

    [ProfileRange(0, 5)]
    public float MinRangeM { get; init; } = 0.3f;

    [ProfileRange(0, 5)]
    public float RangeNoiseM { get; init; } = 0.1f;

    [ProfileRange(0, 5)]
    public float RangeRateNoiseMps { get; init; } = 0.1f;

    [ProfileRange(0, 5)]
    public float LateralNoiseM { get; init; } = 0.1f;

    /// <summary>Weakest return detected at 100 m; weaker targets are seen only closer (radar equation, R⁴).</summary>
    [ProfileRange(-40, 40)]
    public float MinRcsAt100MDbsm { get; init; } = -5f;

    // ---- Realistic behaviour. Every default below switches the feature off (the ideal world). ----

    /// <summary>Range noise growing with range: σ = rangeNoiseM + rangeNoisePerM·R.</summary>
    [ProfileRange(0, 0.1)]
    public float RangeNoisePerM { get; init; }

    /// <summary>Azimuth noise σ at the reference SNR (and above); grows as 1/√SNR below it. Lateral error = R·σ.</summary>
    [ProfileRange(0, 10)]
    public float AzimuthNoiseDeg { get; init; }

    /// <summary>SNR at which the stated σ hold; weaker echoes are measured worse (σ ∝ 1/√SNR).</summary>
    [ProfileRange(0, 60)]
    public float ReferenceSnrDb { get; init; } = 20f;

    /// <summary>SNR of a 0 dBsm target at 100 m (radar equation: SNR falls 40 dB per decade of range).</summary>
    [ProfileRange(-20, 60)]
    public float SnrAt100MFor0DbsmDb { get; init; }

    /// <summary>log10 of the false-alarm probability of the detection threshold; 0 = the ideal fixed threshold on RCS.</summary>
    [ProfileRange(-12, 0)]
    public float Log10FalseAlarmProbability { get; init; }

    /// <summary>Extra latency, uniform in [0, jitter], per published list.</summary>
    [ProfileRange(0, 100_000)]
    public long LatencyJitterUs { get; init; }

    /// <summary>M of the M-of-N track confirmation; 0 = a track is reported from its first detection.</summary>
    [ProfileRange(0, 8)]
    public int ConfirmHits { get; init; }

    /// <summary>N of the M-of-N track confirmation.</summary>
    [ProfileRange(1, 8)]
    public int ConfirmWindow { get; init; } = 1;

    /// <summary>Updates a confirmed track is predicted (coasted) without a detection before it is deleted.</summary>
    [ProfileRange(0, 20)]
    public int CoastUpdates { get; init; }

    /// <summary>α of the tracker's α-β filters (lateral position/velocity, range rate/acceleration); 0 = exact states reported.</summary>
    [ProfileRange(0, 1)]
    public float TrackerAlpha { get; init; }

    /// <summary>β of the tracker's α-β filters.</summary>
    [ProfileRange(0, 1)]
    public float TrackerBeta { get; init; }

    /// <summary>Elevation noise σ per detection at the reference SNR; the tracker reports the mean over the track; 0 = exact elevation.</summary>
    [ProfileRange(0, 10)]
    public float ElevationNoiseDeg { get; init; }

    /// <summary>Probability per update that two confirmed tracks closer than the association gate swap identities.</summary>
    [ProfileRange(0, 1)]
    public float IdSwapProbability { get; init; }

    /// <summary>Probability per update that a detected target also produces a multipath ghost (mirrored across the nearest guard rail).</summary>
    [ProfileRange(0, 1)]
    public float GhostProbability { get; init; }

    /// <summary>Lateral distance of the guard rails either side of the ego (clutter and multipath mirror); 0 = no guard rail.</summary>
    [ProfileRange(0, 30)]
    public float GuardRailLateralM { get; init; }

    /// <summary>Spacing of stationary clutter (guard-rail posts, manhole covers) along the road; 0 = none.</summary>
    [ProfileRange(0, 1000)]
    public float ClutterSpacingM { get; init; }

    /// <summary>
    /// Largest relative acceleration the object list can carry (its signal's range); the tracker's estimate
    /// saturates there as a real radar's output does; 0 = no limit.
    /// </summary>
    [ProfileRange(0, 100)]
    public float RelAccelLimitMps2 { get; init; }

    public float NearHalfFovRad => NearHalfFovDeg * MathF.PI / 180f;
    public float FarHalfFovRad => FarHalfFovDeg * MathF.PI / 180f;

    public static RadarParameters RearCorner => new()
    {
        MaxRangeM = 60f, NearRangeM = 60f, NearHalfFovDeg = 60f, FarHalfFovDeg = 60f,
        MinRangeM = 0.2f, MinRcsAt100MDbsm = 5f,
    };

    /// <summary>A front corner radar with the ideal model's exact measurement (the built-in profiles give every value).</summary>
    public static RadarParameters FrontCorner => RearCorner with
    {
        MaxRangeM = 90f, NearRangeM = 90f, NearHalfFovDeg = 70f, FarHalfFovDeg = 70f,
    };
}
