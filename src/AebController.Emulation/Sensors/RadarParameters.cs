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

    public float NearHalfFovRad => NearHalfFovDeg * MathF.PI / 180f;
    public float FarHalfFovRad => FarHalfFovDeg * MathF.PI / 180f;

    public static RadarParameters RearCorner => new()
    {
        MaxRangeM = 60f, NearRangeM = 60f, NearHalfFovDeg = 60f, FarHalfFovDeg = 60f,
        MinRangeM = 0.2f, MinRcsAt100MDbsm = 5f,
    };
}
