using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Perception;

/// <summary>
/// The camera fallback's moving lead (<see cref="CameraLeadThreat"/>; docs/calibration.md, cameraLead* rows) judged by hand
/// kinematics: the need is ThreatMath's closed form (the lead stops at b over vₗ²/2b, the ego after the 0.3 s latency at
/// constant speed; 1 m margin), each estimate taken 3σ toward the less critical end. Scenes: the ego straight at 13.89 m/s
/// (50 km/h), a frame every 50 ms with no age, a 1 s window.
/// </summary>
public sealed class CameraLeadThreatTests
{
    private const float EgoMps = 13.89f;
    private const int ObjectId = 5;
    private const float LatencyS = 0.3f;
    private const float MarginM = 1f;
    private static readonly ForwardAebCalibration Cal = AebCalibration.Default.ForwardAeb;

    private static TargetGate Gate() => new(
        MinTrackUpdates: 3, MaxRangeM: 200f, MaxElevationM: 2.2f, MinStationaryElevationM: 0.12f,
        MinOverlapM: Cal.MinOverlapM, EgoWidthM: 1.85f, BrakeLatencyS: LatencyS, StopMarginM: MarginM,
        CameraVetoConfidence: 0.8f, CameraStationarySpeedMps: Cal.CameraStationarySpeedMps, CameraStationarySpeedShare: Cal.CameraStationarySpeedShare);

    private static CameraFallbackThreat.Settings Fallback() => new(Cal.CameraFallbackMaxRangeM, (long)MathF.Round(Cal.CameraFallbackWindowS * 1e6f),
        Cal.CameraFallbackMinSamples, Cal.CameraFallbackCrossingMinSpeedMps, Cal.CameraFallbackMinLists);

    private static CameraLeadThreat.Settings Lead() => new((long)MathF.Round(Cal.CameraLeadWindowS * 1e6f), Cal.CameraLeadMinSamples,
        Cal.CameraLeadRangeErrorPerM, Cal.CameraLeadSigmas, Cal.CameraLeadMaxResidualRatio, Cal.CameraLeadMaxDecelMps2);

    /// <summary>Need by hand for a lead braking at b: ve²/(2(d + vₗ²/2b)), d = R + (lead's travel − ego's) over the latency − margin.</summary>
    private static float NeedBehindBrakingLead(float rangeM, float leadMps, float decelMps2)
    {
        float leadAfterLatency = leadMps - decelMps2 * LatencyS;
        float d = rangeM + leadMps * LatencyS - 0.5f * decelMps2 * LatencyS * LatencyS - EgoMps * LatencyS - MarginM;
        return EgoMps * EgoMps / (2f * (d + leadAfterLatency * leadAfterLatency / (2f * decelMps2)));
    }

    [Fact]
    public void Judge_takes_range_speed_and_braking_three_sigma_toward_the_less_critical_end()
    {
        // Fit: 9.5 m (σ 0.05), 10.89 m/s at the window's centre 0.5 s back (σ 0.1), −6 m/s² (σ 0.5), line bias −0.08 per m/s².
        var fit = new CameraLeadFit(21, 9.5f, 0.05f, 10.89f, 0.1f, 0.5f, -0.08f, -6f, 0.5f, 0.5f);
        // Braking: −6 + 1.5 = −4.5. Speed: 10.89 + 0.3 − 4.5·0.5 = 8.94. Range: 9.5 + 0.15 + 0.08·(−4.5) = 9.29.
        var t = CameraLeadThreat.Judge(fit, 3f, 9.8f, 0f, EgoMps, 0f, LatencyS, MarginM);
        Assert.Equal(-4.5f, t.TargetAccelMps2, 3);
        Assert.Equal(8.94f, t.TargetSpeedMps, 3);
        Assert.Equal(9.29f, t.RangeM, 3);
        Assert.Equal(EgoMps - 8.94f, t.ClosingSpeedMps, 3);
        Assert.Equal(NeedBehindBrakingLead(9.29f, 8.94f, 4.5f), t.RequiredDecelMps2, 3);
    }

    [Fact]
    public void Judge_carries_both_cars_over_the_list_age()
    {
        // A lead at 5.56 m/s, 20 m at capture, no braking; the list 0.1 s old, the ego at 13.89 m/s: 20 − 0.833 m now.
        var fit = new CameraLeadFit(21, 20f, 0f, 5.56f, 0f, 0.5f, -0.08f, 0f, 0f, 0.5f);
        var t = CameraLeadThreat.Judge(fit, 3f, 9.8f, 0.1f, EgoMps, 0f, LatencyS, MarginM);
        Assert.Equal(20f - (EgoMps - 5.56f) * 0.1f, t.RangeM, 3);
        // Closing at constant speeds: (ve − vl)²/(2(R − (ve − vl)·latency − margin)).
        float closing = EgoMps - 5.56f;
        Assert.Equal(closing * closing / (2f * (t.RangeM - closing * LatencyS - MarginM)), t.RequiredDecelMps2, 3);
        Assert.Equal(t.RangeM / closing, t.TtcS, 3);
    }

    [Fact]
    public void A_fitted_deceleration_beyond_what_tyres_give_is_held_at_it_before_the_margin()
    {
        // ccrm-50 seed 7 at 20 m: a lead holding 5.56 m/s fitted at −14.23 ± 3.54 m/s². Held at −9.8, plus 3σ (10.62): no
        // braking. Taken as fitted it would read −14.23 + 10.62 = −3.61 m/s² of braking.
        var fit = new CameraLeadFit(20, 20.62f, 0.23f, 6.77f, 0.46f, 0.5f, -0.08f, -14.23f, 3.54f, 1.04f);
        Assert.Equal(0f, fit.JudgedAccelMps2(3f, 9.8f));
        Assert.Equal(-3.61f, fit.JudgedAccelMps2(3f, 15f), 3);
        // A real 6 m/s² at 9 m (σ 0.6) is kept: −6 + 1.8.
        var braking = fit with { AccelMps2 = -6f, AccelSigmaMps2 = 0.6f };
        Assert.Equal(-4.2f, braking.JudgedAccelMps2(3f, 9.8f), 3);
    }

    [Fact]
    public void A_lead_that_keeps_the_ego_speed_needs_nothing_and_an_acceleration_is_never_credited()
    {
        var same = new CameraLeadFit(21, 10f, 0.1f, EgoMps, 0.3f, 0.5f, -0.08f, 2f, 1f, 0.5f);
        var t = CameraLeadThreat.Judge(same, 3f, 9.8f, 0f, EgoMps, 0f, LatencyS, MarginM);
        Assert.Equal(0f, t.TargetAccelMps2);
        Assert.Equal(0f, t.RequiredDecelMps2);
        Assert.True(float.IsPositiveInfinity(t.TtcS));
    }

    /// <summary>
    /// 40 frames (2 s) of one object in the lane whose range follows the lead's motion; the threat of the newest, judged
    /// by <see cref="CameraLeadThreat.Assess"/> as the firmware calls it (cycles of 10 ms, a frame every 50 ms).
    /// </summary>
    private static ThreatAssessment Assess(ObjectClass cls, float gapM, float leadMps, float leadAccelMps2 = 0f, float yM = 0f,
        float confidence = 0.9f, float seconds = 2f, Func<int, bool>? listed = null)
    {
        var tracks = new CameraLateralTracks();
        var ranges = new CameraLeadRanges();
        var persistence = new ThreatPersistence();
        var threat = ThreatAssessment.None;
        long lastFrameUs = 0;
        var camera = new CameraObjectList { SensorOk = true };
        for (int c = 0; c <= (int)MathF.Round(seconds * 100f); c++)
        {
            long nowUs = c * 10_000L;
            double t = nowUs * 1e-6;
            if (c % 5 == 0)
            {
                lastFrameUs = nowUs;
                camera = new CameraObjectList { SensorOk = true };
                if (listed?.Invoke(c / 5) ?? true)
                {
                    double stop = leadAccelMps2 < 0f ? leadMps / -leadAccelMps2 : double.PositiveInfinity;
                    double s = Math.Min(t, stop);
                    double range = gapM + leadMps * s + 0.5 * leadAccelMps2 * s * s - EgoMps * t;
                    camera.Count = 1;
                    camera.Objects[0] = new CameraObject
                    {
                        Id = ObjectId, LongitudinalM = (float)range, LateralM = yM, WidthM = 1.8f, RelVelLongMps = (float)(leadMps + leadAccelMps2 * s) - EgoMps,
                        Class = cls, Confidence = confidence,
                    };
                }
            }

            camera.AgeUs = nowUs - lastFrameUs;
            tracks.Observe(ref camera, nowUs);
            ranges.Observe(ref camera, nowUs, EgoMps, 0f, 0.01f);
            persistence.Observe(camera.AgeUs);
            threat = CameraLeadThreat.Assess(ref camera, new EgoPath(EgoMps, 0f, 3.7f), EgoMps, 0f, 0f, Gate(), tracks, ranges, persistence, Fallback(), Lead());
        }

        return threat;
    }

    [Fact]
    public void A_slower_car_in_the_lane_is_judged_at_its_speed_and_range()
    {
        // ccrm-50: a car at 5.56 m/s from 43.67 m; at 2 s it is 43.67 − 8.33·2 = 27.0 m ahead. Noise-free ranges: the
        // judged speed is the true one plus 3σ of the model (σ = 0.0011·Z² over the window's 27-35 m).
        var t = Assess(ObjectClass.PassengerCar, 43.67f, 5.56f);
        Assert.True(t.HasTarget);
        Assert.Equal(CameraFallbackThreat.TrackIdBase - ObjectId, t.TrackId);
        Assert.InRange(t.TargetSpeedMps, 5.56f, 5.56f + 3f * 0.0011f * 35.5f * 35.5f / 1.387f);
        Assert.InRange(t.RangeM, 43.67f - 8.33f * 2f, 43.67f - 8.33f * 2f + 3f * 0.0011f * 35f * 35f);
        Assert.Equal(0f, t.TargetAccelMps2);
        Assert.Equal(ObjectClass.PassengerCar, t.Class);
    }

    [Fact]
    public void A_braking_lead_is_judged_braking_and_needs_more_than_at_constant_speed()
    {
        // ccrb-12m-6 from the onset: both at 13.89 m/s 12 m apart, the lead braking at 6 m/s²; after 1 s (range 9 m) the
        // fit shows the braking well beyond 3σ (σ at 12 m is 0.16 m).
        var t = Assess(ObjectClass.PassengerCar, 12f, EgoMps, -6f, seconds: 1f);
        Assert.True(t.HasTarget);
        Assert.InRange(t.TargetAccelMps2, -6f, -3f);
        Assert.InRange(t.TargetSpeedMps, 7.89f, 9.5f);
        // At least the need of a lead holding the judged speed, at most the true one's.
        float closing = EgoMps - t.TargetSpeedMps;
        Assert.True(t.RequiredDecelMps2 > closing * closing / (2f * (t.RangeM - closing * LatencyS - MarginM)));
        Assert.True(t.RequiredDecelMps2 <= NeedBehindBrakingLead(9f, 7.89f, 6f) + 1e-3f);
        Assert.True(t.RequiredDecelMps2 >= Cal.FullBrakeEntryDecelMps2, $"need {t.RequiredDecelMps2}");
    }

    [Theory]
    [InlineData(ObjectClass.Pedestrian)]
    [InlineData(ObjectClass.Cyclist)]
    [InlineData(ObjectClass.Unknown)]
    public void Only_a_vehicle_is_judged_as_a_moving_lead(ObjectClass cls) =>
        Assert.False(Assess(cls, 43.67f, 5.56f).HasTarget);

    [Fact]
    public void A_motorcycle_is_a_vehicle() => Assert.True(Assess(ObjectClass.Motorcycle, 43.67f, 5.56f).HasTarget);

    [Fact]
    public void An_unsure_class_a_car_in_the_next_lane_a_car_too_far_or_one_that_stands_is_not_a_moving_lead()
    {
        Assert.False(Assess(ObjectClass.PassengerCar, 43.67f, 5.56f, confidence: 0.7f).HasTarget);
        Assert.False(Assess(ObjectClass.PassengerCar, 43.67f, 5.56f, yM: 3.5f).HasTarget);
        Assert.False(Assess(ObjectClass.PassengerCar, Cal.CameraFallbackMaxRangeM + 8.33f * 2f + 1f, 5.56f).HasTarget);
        // Standing (0 m/s over ground): the standing judgement's (CameraFallbackThreat), not this one's.
        Assert.False(Assess(ObjectClass.PassengerCar, 50f, 0f).HasTarget);
    }

    [Fact]
    public void A_lead_with_too_few_ranges_in_the_window_is_not_judged()
    {
        // Every second frame missed: 10-11 ranges in the 1 s window, fewer than cameraLeadMinSamples (15).
        Assert.False(Assess(ObjectClass.PassengerCar, 43.67f, 5.56f, listed: k => k % 2 == 0).HasTarget);
    }

    [Fact]
    public void A_lead_must_be_a_candidate_for_the_fallback_lists_first()
    {
        // The fit holds from the 15th frame (0.7 s); the third consecutive candidate list is the 17th (0.8 s).
        Assert.False(Assess(ObjectClass.PassengerCar, 43.67f, 5.56f, seconds: 0.75f).HasTarget);
        Assert.True(Assess(ObjectClass.PassengerCar, 43.67f, 5.56f, seconds: 0.8f).HasTarget);
    }
}
