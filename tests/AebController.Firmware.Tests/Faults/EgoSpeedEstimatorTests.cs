using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Faults;

/// <summary>The ego speed carried through a wheel-speed fault: IMU first, then the brake model limited by friction.</summary>
public sealed class EgoSpeedEstimatorTests
{
    private const float CycleS = 0.01f;

    [Fact]
    public void A_trusted_wheel_speed_is_used_as_it_is()
    {
        var e = new EgoSpeedEstimator();
        Assert.Equal(13.9f, e.Update(true, 13.9f, true, 3f, 9f, 9.81f, CycleS));
    }

    [Fact]
    public void A_faulted_wheel_speed_is_carried_on_by_the_imu()
    {
        // 20 m/s, then 1 s at −5 m/s² measured: 15 m/s.
        var e = new EgoSpeedEstimator();
        e.Update(true, 20f, true, 0f, 0f, 9.81f, CycleS);
        float v = 0f;
        for (int i = 0; i < 100; i++) v = e.Update(false, float.NaN, true, -5f, 9f, 9.81f, CycleS);
        Assert.Equal(15f, v, 2);
    }

    [Fact]
    public void Without_the_imu_the_brake_model_slows_it_no_faster_than_the_road_allows()
    {
        // 15 m/s, actuator expected at 9 m/s² but friction 0.3 allows 2.943 m/s²: after 1 s, 12.057 m/s.
        var e = new EgoSpeedEstimator();
        e.Update(true, 15f, true, 0f, 0f, 9.81f, CycleS);
        float v = 0f;
        for (int i = 0; i < 100; i++) v = e.Update(false, float.NaN, false, float.NaN, 9f, 0.3f * 9.81f, CycleS);
        Assert.Equal(15f - 0.3f * 9.81f, v, 2);
    }

    [Fact]
    public void The_estimate_never_goes_negative_nor_non_finite()
    {
        var e = new EgoSpeedEstimator();
        e.Update(true, 1f, true, 0f, 0f, 9.81f, CycleS);
        for (int i = 0; i < 500; i++)
        {
            float v = e.Update(false, float.NaN, i % 2 == 0, i % 3 == 0 ? float.NaN : -9f, float.NaN, float.PositiveInfinity, CycleS);
            Assert.True(v >= 0f && float.IsFinite(v));
        }
    }

    [Fact]
    public void A_car_held_at_rest_stays_at_rest_whatever_the_accelerometer_offset()
    {
        // Stopped, then held with 3 m/s² for 2 s while the accelerometer reads its offset, +0.25 m/s²: integrated,
        // that offset would claim 0.5 m/s. Held by more brake than pulls it, the car cannot move: 0.
        var e = new EgoSpeedEstimator();
        e.Update(true, 0f, true, 0f, 0f, 9.81f, CycleS);
        float v = 1f;
        for (int i = 0; i < 200; i++) v = e.Update(false, float.NaN, true, 0.25f, 3f, 9.81f, CycleS, holdBrakeMps2: 3f);
        Assert.Equal(0f, v);
    }

    [Fact]
    public void A_hold_weaker_than_the_grade_holds_nothing_and_the_imu_carries_on()
    {
        // A 40 % grade pulls g·sin(atan 0.4) = 3.64 m/s²: a 3 m/s² hold cannot keep the car at rest, so the
        // estimate follows the accelerometer: 1 s of 3.64 m/s² from rest is 3.64 m/s.
        float pull = 9.81f * MathF.Sin(MathF.Atan(0.4f));
        var e = new EgoSpeedEstimator();
        e.Update(true, 0f, true, 0f, 0f, 9.81f, CycleS);
        float v = 0f;
        for (int i = 0; i < 100; i++) v = e.Update(false, float.NaN, true, pull, 3f, 9.81f, CycleS, holdBrakeMps2: 3f);
        Assert.Equal(pull, v, 2);
    }

    [Theory]
    [InlineData(3f, 0f, true)]
    [InlineData(3f, 2.99f, true)]
    [InlineData(3f, -2.99f, true)]
    [InlineData(3f, 3f, false)]
    [InlineData(3f, -3.5f, false)]
    [InlineData(0f, 0f, false)]
    [InlineData(float.NaN, 0f, false)]
    [InlineData(3f, float.NaN, false)]
    public void Held_at_rest_when_the_hold_beats_the_pull(float holdMps2, float accelAtRestMps2, bool expected) =>
        Assert.Equal(expected, EgoSpeedEstimator.HeldAtRest(holdMps2, accelAtRestMps2));

    [Fact]
    public void A_trusted_wheel_speed_wins_over_a_hold()
    {
        var e = new EgoSpeedEstimator();
        Assert.Equal(0.4f, e.Update(true, 0.4f, true, 0f, 0f, 9.81f, CycleS, holdBrakeMps2: 3f));
    }
    // A wheel speed the monitor has marked faulted is not used even while it reads a finite number (a sensor stuck
    // at 30 m/s): 20 m/s, then one 10 ms cycle at −5 m/s² measured by the IMU is 19.95 m/s.
    [Fact]
    public void A_faulted_wheel_speed_is_not_used_even_when_it_reads_a_number()
    {
        var e = new EgoSpeedEstimator();
        e.Update(true, 20f, true, 0f, 0f, 9.81f, CycleS);
        Assert.Equal(20f - 5f * CycleS, e.Update(false, 30f, true, -5f, 9f, 9.81f, CycleS), 4);
    }

    // The wheel speed found frozen: the estimate restarts from the speed carried since it froze (18 m/s) and the IMU
    // carries it on from there (1 s at −2 m/s²: 16 m/s); a non-finite speed found is no restart.
    [Fact]
    public void A_reanchored_estimate_carries_on_from_the_speed_found()
    {
        var e = new EgoSpeedEstimator();
        e.Update(true, 25f, true, 0f, 0f, 9.81f, CycleS);
        e.Reanchor(18f);
        Assert.Equal(18f, e.SpeedMps);
        e.Reanchor(float.NaN);
        Assert.Equal(18f, e.SpeedMps);
        float v = 0f;
        for (int i = 0; i < 100; i++) v = e.Update(false, float.NaN, true, -2f, 0f, 9.81f, CycleS);
        Assert.Equal(16f, v, 2);
        e.Reanchor(-3f);
        Assert.Equal(0f, e.SpeedMps);
    }

    // Creeping at 0.5 m/s into a hold of 3 m/s² with the IMU faulted too (its reading, 9 m/s², is garbage): the hold
    // decides, as on a level road; the faulted reading is not taken for the pull the brake must beat.
    [Fact]
    public void A_faulted_accelerometer_reading_is_not_taken_for_the_pull_on_a_held_car()
    {
        var e = new EgoSpeedEstimator();
        e.Update(true, 0.5f, true, 0f, 0f, 9.81f, CycleS);
        Assert.Equal(0f, e.Update(false, float.NaN, false, 9f, 0f, 9.81f, CycleS, holdBrakeMps2: 3f));
    }

    // Wheel speed and IMU faulted and the friction estimate unknown (NaN): the model cannot say how fast the road lets
    // the car slow, so it slows the estimate not at all (a slower estimate would understate every threat).
    [Fact]
    public void With_the_friction_unknown_the_brake_model_does_not_slow_the_estimate()
    {
        var e = new EgoSpeedEstimator();
        e.Update(true, 15f, true, 0f, 0f, 9.81f, CycleS);
        float v = 0f;
        for (int i = 0; i < 100; i++) v = e.Update(false, float.NaN, false, float.NaN, 9f, float.NaN, CycleS);
        Assert.Equal(15f, v);
    }

    // A corrupt hold request (infinite) or a corrupt reading at rest (NaN) is no hold.
    [Theory]
    [InlineData(float.PositiveInfinity, 0f)]
    [InlineData(3f, float.NaN)]
    [InlineData(3f, float.PositiveInfinity)]
    public void A_corrupt_hold_or_reading_is_no_hold(float holdMps2, float accelAtRestMps2) =>
        Assert.False(EgoSpeedEstimator.HeldAtRest(holdMps2, accelAtRestMps2));
}
