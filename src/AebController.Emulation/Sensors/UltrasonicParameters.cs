using AebController.Emulation.Profiles;

namespace AebController.Emulation.Sensors;

/// <summary>Parking-sensor ring timing, reach and echo threshold. Defaults: the ideal world (today's model).</summary>
public sealed record UltrasonicParameters
{
    /// <summary>Time between two measurements of the same sensor.</summary>
    [ProfileRange(10_000, 500_000)]
    public long UpdatePeriodUs { get; init; } = 66_000;

    [ProfileRange(0, 2)]
    public float MinRangeM { get; init; } = 0.15f;

    [ProfileRange(0.5, 10)]
    public float MaxRangeM { get; init; } = 5.5f;

    [ProfileRange(5, 90)]
    public float HalfConeDeg { get; init; } = 35f;

    /// <summary>Echo strength (0–1) below which nothing is reported.</summary>
    [ProfileRange(0, 1)]
    public float DetectionThreshold { get; init; } = 0.12f;

    public float HalfConeRad => HalfConeDeg * MathF.PI / 180f;
}
