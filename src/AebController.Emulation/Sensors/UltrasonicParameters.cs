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

    // ---- Realistic behaviour. Every default below switches the feature off (the ideal world). ----

    /// <summary>Firing slots per bumper cycle: sensors k and k+slots fire together, so each sensor measures once per updatePeriodUs.</summary>
    [ProfileRange(1, 6)]
    public int FiringSlots { get; init; } = 1;

    /// <summary>Distance σ.</summary>
    [ProfileRange(0, 0.5)]
    public float RangeNoiseM { get; init; }

    /// <summary>Speed-of-sound error (uncompensated temperature), as a fraction of the distance; drawn once per run within ±.</summary>
    [ProfileRange(0, 0.2)]
    public float SoundSpeedErrorFraction { get; init; }

    /// <summary>Probability a real echo is missed in one measurement.</summary>
    [ProfileRange(0, 1)]
    public float MissProbability { get; init; }

    /// <summary>Probability a sensor takes its neighbour's echo (cross-talk) in one measurement.</summary>
    [ProfileRange(0, 1)]
    public float CrossTalkProbability { get; init; }

    /// <summary>Echo amplitude fluctuation σ as a fraction of the amplitude.</summary>
    [ProfileRange(0, 1)]
    public float StrengthNoiseFraction { get; init; }

    public float HalfConeRad => HalfConeDeg * MathF.PI / 180f;
}
