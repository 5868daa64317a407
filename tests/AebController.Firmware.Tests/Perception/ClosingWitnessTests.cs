using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Perception;

/// <summary>
/// The rear radar's closing on the obstacle the rear echo sees, as a second speed (<see cref="ClosingWitness"/>). Oracles by
/// hand: a list measured 80 ms ago while the car brakes at 9 m/s² carries a rate 9 × 0.08 = 0.72 m/s above the speed of now
/// (v(now) = v(then) − a·age); one obstacle is one where the radar's range and the echo's distance lie within the window.
/// </summary>
public class ClosingWitnessTests
{
    private const float Window = 0.6f;

    private static ThreatAssessment Radar(float rangeM, float closingMps, int trackId = 4) => new()
    {
        HasTarget = true, TrackId = trackId, RangeM = rangeM, ClosingSpeedMps = closingMps, ReportedClosingSpeedMps = closingMps,
        TtcS = rangeM / closingMps,
    };

    private static UltrasonicObstacle Echo(float distanceM, long ageUs = 0) => new() { Present = true, DistanceM = distanceM, Sensor = 8, AgeUs = ageUs };

    [Fact]
    public void A_list_measured_under_braking_is_brought_to_now_by_the_deceleration_times_its_age()
    {
        float w = ClosingWitness.ClosingNowMps(Radar(1.3f, 1.39f), Echo(1.2f), 1.2f, 80_000, 9f, Window);
        Assert.Equal(1.39f - 9f * 0.08f, w, 4);
    }

    [Fact]
    public void Without_deceleration_it_is_the_radar_rate_and_a_car_speeding_up_is_not_corrected_upwards()
    {
        Assert.Equal(1.39f, ClosingWitness.ClosingNowMps(Radar(1.3f, 1.39f), Echo(1.2f), 1.2f, 80_000, 0f, Window), 4);
        Assert.Equal(1.39f, ClosingWitness.ClosingNowMps(Radar(1.3f, 1.39f), Echo(1.2f), 1.2f, 80_000, -2f, Window), 4);
        Assert.Equal(1.39f, ClosingWitness.ClosingNowMps(Radar(1.3f, 1.39f), Echo(1.2f), 1.2f, 80_000, float.NaN, Window), 4);
    }

    [Fact]
    public void A_stale_or_absent_list_age_corrects_nothing()
    {
        // ThreatMath.ListAgeS: an age of a second or more (or none) is no age to correct by.
        Assert.Equal(1.39f, ClosingWitness.ClosingNowMps(Radar(1.3f, 1.39f), Echo(1.2f), 1.2f, 1_000_000, 9f, Window), 4);
        Assert.Equal(1.39f, ClosingWitness.ClosingNowMps(Radar(1.3f, 1.39f), Echo(1.2f), 1.2f, -5, 9f, Window), 4);
    }

    [Theory]
    [InlineData(0.59f, true)]
    [InlineData(0.61f, false)]
    [InlineData(-0.59f, true)]
    [InlineData(-0.61f, false)]
    public void Radar_and_echo_are_one_obstacle_only_within_the_window(float apartM, bool witness)
    {
        float echoM = 2.0f;
        float w = ClosingWitness.ClosingNowMps(Radar(echoM + apartM, 1.39f), Echo(echoM), 1.39f, 0, 0f, Window);
        Assert.Equal(witness, float.IsFinite(w));
    }

    [Fact]
    public void The_echo_is_compared_at_its_distance_brought_to_now()
    {
        // An echo of 2.0 m measured 200 ms ago at 1.5 m/s stands 1.7 m away now: a radar range of 1.2 m is within 0.6 m of
        // that (0.5), not of the 2.0 m measured (0.8).
        float w = ClosingWitness.ClosingNowMps(Radar(1.2f, 1.5f), Echo(2.0f, 200_000), 1.5f, 0, 0f, Window);
        Assert.True(float.IsFinite(w));
    }

    [Fact]
    public void No_radar_threat_no_track_no_echo_or_non_finite_values_give_no_witness()
    {
        Assert.True(float.IsNaN(ClosingWitness.ClosingNowMps(ThreatAssessment.None, Echo(1.2f), 1.2f, 0, 0f, Window)));
        Assert.True(float.IsNaN(ClosingWitness.ClosingNowMps(Radar(1.2f, 1.3f, trackId: -2), Echo(1.2f), 1.2f, 0, 0f, Window)));
        Assert.True(float.IsNaN(ClosingWitness.ClosingNowMps(Radar(1.2f, 1.3f), default, 1.2f, 0, 0f, Window)));
        Assert.True(float.IsNaN(ClosingWitness.ClosingNowMps(Radar(float.NaN, 1.3f), Echo(1.2f), 1.2f, 0, 0f, Window)));
        Assert.True(float.IsNaN(ClosingWitness.ClosingNowMps(Radar(1.2f, float.PositiveInfinity), Echo(1.2f), 1.2f, 0, 0f, Window)));
    }

    private const float Standstill = 0.05f;
    private const float Dropout = 2.0f / (48f * 0.1f);

    /// <summary>The witness contradicts a speed only beyond the tolerance; swept across it in 0.01 m/s steps above standstill.</summary>
    [Fact]
    public void It_says_faster_only_beyond_the_tolerance_swept()
    {
        const float tolerance = 0.5f;
        for (int k = 6; k <= 300; k++)
        {
            float speed = k * 0.01f;
            Assert.False(ClosingWitness.SaysFaster(speed + tolerance - 0.005f, speed, Standstill, Dropout, tolerance));
            Assert.True(ClosingWitness.SaysFaster(speed + tolerance + 0.005f, speed, Standstill, Dropout, tolerance));
        }
    }

    /// <summary>
    /// A healthy wheel sensor reads 0 below its dropout (48-tooth rotor, 2.0 m circumference, 100 ms edge timeout:
    /// 2.0 / (48 × 0.1) = 0.417 m/s, docs/sensors.md): a reading of standstill says only "slower than that", so the witness
    /// must beat dropout + tolerance (0.917 m/s), whatever reading up to standstill was seen (0 to 0.05 swept).
    /// </summary>
    [Fact]
    public void At_a_reading_of_standstill_the_witness_must_beat_the_dropout_by_the_tolerance()
    {
        const float tolerance = 0.5f;
        for (int k = 0; k <= 5; k++)
        {
            float reading = k * 0.01f;
            Assert.False(ClosingWitness.SaysFaster(Dropout + tolerance - 0.005f, reading, Standstill, Dropout, tolerance));
            Assert.True(ClosingWitness.SaysFaster(Dropout + tolerance + 0.005f, reading, Standstill, Dropout, tolerance));
        }
    }

    [Fact]
    public void A_negative_or_nan_speed_reads_standstill_and_nan_says_nothing()
    {
        Assert.False(ClosingWitness.SaysFaster(0.9f, -1f, Standstill, Dropout, 0.5f));
        Assert.True(ClosingWitness.SaysFaster(0.95f, -1f, Standstill, Dropout, 0.5f));
        Assert.True(ClosingWitness.SaysFaster(0.95f, float.NaN, Standstill, Dropout, 0.5f));
        Assert.True(ClosingWitness.SaysFaster(0.51f, 0f, Standstill, 0f, 0.5f));
        Assert.False(ClosingWitness.SaysFaster(float.NaN, 0f, Standstill, Dropout, 0.5f));
        Assert.False(ClosingWitness.SaysFaster(2f, 0f, Standstill, Dropout, float.NaN));
    }

    /// <summary>At a reading of standstill the rate's noise alone never counts: only a witness that says faster does.</summary>
    [Theory]
    [InlineData(0f, false, false)]
    [InlineData(0f, true, true)]
    [InlineData(0.05f, false, false)]
    [InlineData(0.06f, false, true)]
    [InlineData(1.2f, false, true)]
    public void The_witness_is_used_while_the_car_reads_moving_or_when_it_says_faster(float speedMps, bool saysFaster, bool used)
    {
        Assert.Equal(used, float.IsFinite(ClosingWitness.Usable(0.3f, speedMps, 0.05f, saysFaster)));
        Assert.True(float.IsNaN(ClosingWitness.Usable(float.NaN, 1.2f, 0.05f, true)));
    }
}
