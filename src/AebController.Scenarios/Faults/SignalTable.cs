using AebController.Emulation.Faults;
using static AebController.Scenarios.Faults.FaultClass;

namespace AebController.Scenarios.Faults;

/// <summary>
/// Every input signal of the campaign with its fault amplitudes and stated detection times. The
/// reasons for each number are in docs/faults.md; the times are requirements on the controller, not
/// readings of its calibration.
/// </summary>
public static class SignalTable
{
    private const float Vehicle = 0.01f;   // pedals, motion, steering, gear, brake feedback: every 10 ms on the bus
    private const float Radar = 0.05f;     // 20 Hz object lists
    private const float Camera = 0.0333f;  // 30 frames per second
    private const float Sonar = 0.0667f;   // about 15 Hz per sensor

    private static readonly FaultClass[] Scalar = [Spike, Burst, Stuck, Offset, Drift, NaN, PositiveInfinity, NegativeInfinity, Dropout, Delay];
    private static readonly FaultClass[] Field = [Spike, Burst, Stuck, Offset, Drift, NaN, PositiveInfinity, NegativeInfinity, Delay];
    private static readonly FaultClass[] WholeList = [Stuck, Dropout, Delay];

    // A vehicle signal: a value no sensor gives is seen in one cycle and confirmed within three (30 ms);
    // a signal that stops is stale after its 25 ms age limit and seen by the next cycles: 50 ms.
    private static Dictionary<FaultClass, float> VehicleDetection(params (FaultClass, float)[] extra)
    {
        var d = new Dictionary<FaultClass, float> { [NaN] = 0.05f, [PositiveInfinity] = 0.05f, [NegativeInfinity] = 0.05f, [Dropout] = 0.05f };
        foreach (var (c, s) in extra) d[c] = s;
        return d;
    }

    // A field of an object list: a value no sensor gives is seen with the next list (one period) plus 50 ms.
    private static Dictionary<FaultClass, float> ListFieldDetection(float periodS) =>
        new() { [NaN] = periodS + 0.05f, [PositiveInfinity] = periodS + 0.05f, [NegativeInfinity] = periodS + 0.05f };

    // An object list that stops arriving: stale after about four missed lists, seen within 250 ms (ultrasonics 300 ms).
    private static Dictionary<FaultClass, float> ListDetection(float staleS) => new() { [Dropout] = staleS };

    private static SignalFaultModel CornerRadar(string name, FaultInput input) => new()
    {
        Name = name, Input = input, SampleS = Radar, Glitch = 20f, Bias = 0.5f, DriftPerS = 1f, Classes = Scalar,
        DetectWithinS = new Dictionary<FaultClass, float>(ListFieldDetection(Radar)) { [Dropout] = 0.25f },
    };

    public static IReadOnlyList<SignalFaultModel> All { get; } =
    [
        new() { Name = "acceleratorTrack1", Input = FaultInput.AcceleratorTrack1, SampleS = Vehicle, Glitch = 0.95f, Bias = 0.2f, DriftPerS = 0.5f,
            Classes = Field, DetectWithinS = VehicleDetection((Offset, 0.05f), (Drift, 0.25f)) },
        new() { Name = "acceleratorTrack2", Input = FaultInput.AcceleratorTrack2, SampleS = Vehicle, Glitch = 0.475f, Bias = 0.1f, DriftPerS = 0.25f,
            DisagreeValue = 0.25f, Classes = [.. Field, Disagree], DetectWithinS = VehicleDetection((Offset, 0.05f), (Drift, 0.25f), (Disagree, 0.05f)) },
        new() { Name = "acceleratorPedal", Input = FaultInput.AcceleratorPedal, SampleS = Vehicle, Classes = [Dropout], DetectWithinS = VehicleDetection() },
        new() { Name = "brakePedal", Input = FaultInput.BrakePedal, SampleS = Vehicle, Glitch = 0.9f, Bias = 0.2f, DriftPerS = 0.5f,
            Classes = [.. Scalar, Disagree], DetectWithinS = VehicleDetection((Disagree, 0.2f), (Offset, 0.2f), (Drift, 0.4f)) },
        new() { Name = "steering", Input = FaultInput.Steering, SampleS = Vehicle, Glitch = 0.5236f, Bias = 0.1745f, DriftPerS = 0.35f,
            Classes = Scalar, DetectWithinS = VehicleDetection() },
        new() { Name = "wheelSpeed", Input = FaultInput.WheelSpeed, SampleS = Vehicle, Glitch = -10f, Bias = -1f, DriftPerS = -1f,
            Classes = Scalar, DetectWithinS = VehicleDetection() },
        new() { Name = "yawRate", Input = FaultInput.YawRate, SampleS = Vehicle, Glitch = 0.5f, Bias = 0.05f, DriftPerS = 0.05f,
            Classes = Field, DetectWithinS = VehicleDetection() },
        new() { Name = "longAccel", Input = FaultInput.LongAccel, SampleS = Vehicle, Glitch = 5f, Bias = 1f, DriftPerS = 1f,
            Classes = Field, DetectWithinS = VehicleDetection() },
        new() { Name = "imu", Input = FaultInput.Imu, SampleS = Vehicle, Classes = [Dropout], DetectWithinS = VehicleDetection() },
        new() { Name = "gear", Input = FaultInput.Gear, SampleS = Vehicle, GlitchValue = 2f, InvalidValue = 7f,
            Classes = [Spike, Burst, Stuck, NaN, Dropout, Delay], DetectWithinS = VehicleDetection() },
        new() { Name = "brakeFeedback", Input = FaultInput.BrakeFeedback, SampleS = Vehicle, Glitch = -5f, Bias = -2f, DriftPerS = -2f,
            Classes = Scalar, DetectWithinS = VehicleDetection() },
        new() { Name = "frontRadarRange", Input = FaultInput.FrontRadarRange, SampleS = Radar, Glitch = 20f, Bias = 0.5f, DriftPerS = 1f,
            Classes = Field, DetectWithinS = ListFieldDetection(Radar) },
        new() { Name = "frontRadarLateral", Input = FaultInput.FrontRadarLateral, SampleS = Radar, Glitch = 3f, Bias = 0.3f, DriftPerS = 0.5f,
            Classes = Field, DetectWithinS = ListFieldDetection(Radar) },
        new() { Name = "frontRadarRangeRate", Input = FaultInput.FrontRadarRangeRate, SampleS = Radar, Glitch = 10f, Bias = 1f, DriftPerS = 2f,
            Classes = Field, DetectWithinS = ListFieldDetection(Radar) },
        new() { Name = "frontRadarWidth", Input = FaultInput.FrontRadarWidth, SampleS = Radar, Glitch = -1.5f, Bias = -0.5f, DriftPerS = -0.5f,
            Classes = Field, DetectWithinS = ListFieldDetection(Radar) },
        new() { Name = "frontRadarElevation", Input = FaultInput.FrontRadarElevation, SampleS = Radar, Glitch = 5f, Bias = 0.5f, DriftPerS = 1f,
            Classes = Field, DetectWithinS = ListFieldDetection(Radar) },
        new() { Name = "frontRadar", Input = FaultInput.FrontRadar, SampleS = Radar, Classes = WholeList, DetectWithinS = ListDetection(0.25f) },
        // A front corner radar: the range of every track (spike, burst, offset, drift, NaN, ±inf) and the whole list
        // (stuck, dropout, delay), at the front radar's amplitudes (20 Hz lists, the same range accuracy class).
        CornerRadar("frontLeftCornerRadar", FaultInput.FrontLeftCornerRadar),
        CornerRadar("frontRightCornerRadar", FaultInput.FrontRightCornerRadar),
        new() { Name = "rearRadarRange", Input = FaultInput.RearRadarRange, SampleS = Radar, Glitch = 20f, Bias = 0.5f, DriftPerS = 1f,
            Classes = Field, DetectWithinS = ListFieldDetection(Radar) },
        new() { Name = "rearRadar", Input = FaultInput.RearRadar, SampleS = Radar, Classes = WholeList, DetectWithinS = ListDetection(0.25f) },
        new() { Name = "cameraRange", Input = FaultInput.CameraRange, SampleS = Camera, Glitch = 20f, Bias = 2f, DriftPerS = 2f,
            Classes = Field, DetectWithinS = ListFieldDetection(Camera) },
        new() { Name = "camera", Input = FaultInput.Camera, SampleS = Camera, Classes = WholeList, DetectWithinS = ListDetection(0.25f) },
        // A controller restart (a power glitch) where the driver's intent matters most: during a MAI suppression, while
        // reversing and while cruising. No code is required: the restarted controller must simply change nothing the
        // driver notices (issue 9: "whatever state the car starts in (including a controller restart)").
        new() { Name = "controller", Input = FaultInput.Controller, SampleS = Vehicle, Classes = [Restart],
            Moments = [CampaignMoment.Cruising, CampaignMoment.Reversing, CampaignMoment.MaiActive] },
        new() { Name = "ultrasonicFront", Input = FaultInput.UltrasonicFront, SampleS = Sonar, Glitch = -1f, Bias = -0.2f, DriftPerS = -0.5f,
            Classes = Scalar, DetectWithinS = new Dictionary<FaultClass, float>(ListFieldDetection(Sonar)) { [Dropout] = 0.3f } },
        new() { Name = "ultrasonicRear", Input = FaultInput.UltrasonicRear, SampleS = Sonar, Glitch = -1f, Bias = -0.2f, DriftPerS = -0.5f,
            Classes = Scalar, DetectWithinS = new Dictionary<FaultClass, float>(ListFieldDetection(Sonar)) { [Dropout] = 0.3f } },
    ];
}
