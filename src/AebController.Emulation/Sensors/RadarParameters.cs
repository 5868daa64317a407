namespace AebController.Emulation.Sensors;

/// <summary>An automotive radar's reach, rate and noise. Defaults: a front long-range radar.</summary>
public sealed record RadarParameters
{
    public long UpdatePeriodUs { get; init; } = 50_000;

    /// <summary>Time from measurement to the object list being available.</summary>
    public long LatencyUs { get; init; } = 30_000;
    public float MaxRangeM { get; init; } = 200f;

    /// <summary>Wide field of view up to the near range, narrow beyond.</summary>
    public float NearRangeM { get; init; } = 70f;
    public float NearHalfFovRad { get; init; } = 45f * MathF.PI / 180f;
    public float FarHalfFovRad { get; init; } = 9f * MathF.PI / 180f;
    public float MinRangeM { get; init; } = 0.3f;
    public float RangeNoiseM { get; init; } = 0.1f;
    public float RangeRateNoiseMps { get; init; } = 0.1f;
    public float LateralNoiseM { get; init; } = 0.1f;

    /// <summary>Weakest return detected at 100 m; weaker targets are seen only closer (radar equation, R⁴).</summary>
    public float MinRcsAt100MDbsm { get; init; } = -5f;

    public static RadarParameters RearCorner => new()
    {
        MaxRangeM = 60f, NearRangeM = 60f, NearHalfFovRad = 60f * MathF.PI / 180f, FarHalfFovRad = 60f * MathF.PI / 180f,
        MinRangeM = 0.2f, MinRcsAt100MDbsm = 5f,
    };
}
