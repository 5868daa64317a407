using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Perception;

/// <summary>
/// <see cref="ThreatPredictor"/> across a list without a target, against its documented contract: the carried range is
/// the lower envelope of the live threat's own measurements, so a list with no threat is no measurement and the next
/// target starts from its own range (brought to now by its closing speed); and the jerk follows one track's acceleration,
/// "a new track, or none, starts again from 0", so a blind start right after such a gap takes the acceleration as
/// measured (BlindStartAccel with jerk 0 is the estimate as it is).
/// </summary>
public sealed class ThreatPredictorGapInTargetTests
{
    private const float CycleS = 0.01f;

    private static ThreatAssessment Target(float rangeM, float accelMps2 = 0f) => new()
    {
        HasTarget = true, TrackId = 5, RangeM = rangeM, ClosingSpeedMps = 0f, TargetSpeedMps = 10f, TargetAccelMps2 = accelMps2,
        TtcS = float.PositiveInfinity,
    };

    // A list with no threat that still carries numbers in its fields (the same id, a near range): they mean nothing.
    private static ThreatAssessment NoTarget(float rangeM, float accelMps2 = 0f)
    {
        var none = Target(rangeM, accelMps2);
        none.HasTarget = false;
        return none;
    }

    [Fact]
    public void After_a_list_without_a_threat_the_range_starts_from_the_new_measurement()
    {
        var predictor = new ThreatPredictor();
        predictor.Observe(Target(40f), 0f, CycleS, 1f);
        predictor.Observe(NoTarget(10f), 0f, CycleS, 1f);
        predictor.Observe(Target(30f), 0f, CycleS, 1f);
        // Closing 0, age 0: the measurement brought to now is 30 m; nothing before it counts.
        Assert.Equal(30f, predictor.Carried.RangeM, 4);
    }

    [Fact]
    public void Within_one_track_the_range_is_the_lower_envelope()
    {
        // The contrast case: 40 m then 30 m then 35 m of the same track (closing 0): the envelope stays at 30 m and rises
        // back at the relax rate (1 m/s · 0.01 s = 0.01 m per list), so 30.01 m, not 35.
        var predictor = new ThreatPredictor();
        predictor.Observe(Target(40f), 0f, CycleS, 1f);
        predictor.Observe(Target(30f), 0f, CycleS, 1f);
        predictor.Observe(Target(35f), 0f, CycleS, 1f);
        Assert.Equal(30.01f, predictor.Carried.RangeM, 3);
    }

    [Fact]
    public void A_blind_start_right_after_a_list_without_the_target_takes_the_acceleration_as_measured()
    {
        // The target's deceleration builds at −10 m/s³ (−0.1 m/s² per list) for 0.5 s, then one list has no threat, then
        // the target is back (still building) and the controller goes blind at once. The jerk restarted from 0 at the
        // gap, and one list of the new track gives no slope yet: the blind start is the measured acceleration.
        var predictor = new ThreatPredictor();
        float accel = -1f;
        for (int i = 0; i < 50; i++, accel -= 0.1f)
        {
            predictor.Observe(Target(40f, accel));
            predictor.ObserveJerk(Target(40f, accel), CycleS, 0.1f);
        }

        predictor.Observe(NoTarget(40f, accel));
        predictor.ObserveJerk(NoTarget(40f, accel), CycleS, 0.1f);
        accel -= 0.1f;
        predictor.Observe(Target(40f, accel));
        predictor.ObserveJerk(Target(40f, accel), CycleS, 0.1f);
        predictor.StartBlind(0.3f, -0.5f, 10f);
        Assert.Equal(accel, predictor.Carried.TargetAccelMps2, 5);
    }

    [Fact]
    public void Without_a_gap_a_building_deceleration_starts_the_blind_prediction_harder()
    {
        // The contrast case: the same ramp without the gap: jerk < 0, so the blind start is below the last measurement.
        var predictor = new ThreatPredictor();
        float accel = -1f;
        for (int i = 0; i < 52; i++, accel -= 0.1f)
        {
            predictor.Observe(Target(40f, accel));
            predictor.ObserveJerk(Target(40f, accel), CycleS, 0.1f);
        }

        float last = accel + 0.1f;
        predictor.StartBlind(0.3f, -0.5f, 10f);
        Assert.True(predictor.Carried.TargetAccelMps2 < last - 0.5f, $"{predictor.Carried.TargetAccelMps2} vs measured {last}");
    }
}
