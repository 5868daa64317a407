namespace AebController.Firmware.Perception;

/// <summary>Which radar tracks may become a threat, and the stopping assumptions used to grade them.</summary>
public readonly record struct TargetGate(
    int MinTrackUpdates,
    float MaxRangeM,
    float MaxElevationM,
    float MinStationaryElevationM,
    float MinOverlapM,
    float EgoWidthM,
    float BrakeLatencyS,
    float StopMarginM,
    float CameraVetoConfidence = 0.8f,
    float VetoHighElevationM = 1.5f,
    float VetoLowElevationM = 0.3f);
