using AebController.Emulation.Profiles;

namespace AebController.Emulation.Sensors;

/// <summary>Front camera reach, frame rate and classification. Defaults: the ideal world (today's model).</summary>
public sealed record CameraParameters
{
    [ProfileRange(10_000, 200_000)]
    public long FramePeriodUs { get; init; } = 33_333;

    /// <summary>Time an object must be seen continuously before its class is reported.</summary>
    [ProfileRange(0, 3_000_000)]
    public long ConfirmationDelayUs { get; init; } = 300_000;

    [ProfileRange(5, 300)]
    public float MaxRangeM { get; init; } = 80f;

    [ProfileRange(5, 90)]
    public float HalfFovDeg { get; init; } = 30f;

    public float HalfFovRad => HalfFovDeg * MathF.PI / 180f;
}
