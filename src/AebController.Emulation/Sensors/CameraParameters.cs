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

    // ---- Realistic behaviour. Every default below switches the feature off (the ideal world). ----

    /// <summary>Detection range for pedestrians, children and cyclists (vehicles and obstacles: maxRangeM).</summary>
    [ProfileRange(5, 300)]
    public float VruMaxRangeM { get; init; } = 80f;

    /// <summary>Probability per frame that an object in range is detected.</summary>
    [ProfileRange(0, 1)]
    public float DetectionProbability { get; init; } = 1f;

    /// <summary>Relative range error σ per metre of range (mono camera: σ/Z grows linearly with Z).</summary>
    [ProfileRange(0, 0.1)]
    public float RangeErrorPerM { get; init; }

    /// <summary>Lateral position σ.</summary>
    [ProfileRange(0, 2)]
    public float LateralNoiseM { get; init; }

    /// <summary>Image capture to object list.</summary>
    [ProfileRange(0, 500_000)]
    public long LatencyUs { get; init; }

    /// <summary>Probability that a classification reports a neighbouring class (pedestrian↔cyclist, child→pedestrian).</summary>
    [ProfileRange(0, 1)]
    public float ConfusionProbability { get; init; }

    /// <summary>Detection range factor for VRUs in darkness (unlit road, low beam).</summary>
    [ProfileRange(0, 1)]
    public float NightRangeFactor { get; init; } = 1f;

    /// <summary>Detection range factor for VRUs at night on a lit street.</summary>
    [ProfileRange(0, 1)]
    public float NightLitRangeFactor { get; init; } = 1f;

    /// <summary>Probability per frame that glare (low sun, oncoming lights) blanks the image.</summary>
    [ProfileRange(0, 1)]
    public float GlareLossProbability { get; init; }

    // ---- Lane detection (CameraLane). laneViewRangeM 0 reports no lane: the ideal world and today's model. ----

    /// <summary>How far ahead the ego's lane is seen by day when its markings run on (0: the camera reports no lane).</summary>
    [ProfileRange(0, 200)]
    public float LaneViewRangeM { get; init; }

    /// <summary>View range factor on an unlit road at night (the markings lit by the low beam only).</summary>
    [ProfileRange(0, 1)]
    public float LaneNightViewRangeFactor { get; init; } = 1f;

    /// <summary>Probability per frame that the lane is found when its markings are there.</summary>
    [ProfileRange(0, 1)]
    public float LaneDetectionProbability { get; init; } = 1f;

    /// <summary>σ of each marking point the lane is fitted to, at the bumper (the fit's errors follow from it).</summary>
    [ProfileRange(0, 1)]
    public float LanePointNoiseM { get; init; }

    /// <summary>Growth of that σ per metre of range (a pixel covers more road farther away).</summary>
    [ProfileRange(0, 0.05)]
    public float LanePointNoisePerM { get; init; }

    /// <summary>Correlation time of each marking point's error (first-order Gauss–Markov: the same marks stay in view over frames); 0 = white.</summary>
    [ProfileRange(0, 10_000_000)]
    public long LaneNoiseCorrelationUs { get; init; }

    public float HalfFovRad => HalfFovDeg * MathF.PI / 180f;
}
