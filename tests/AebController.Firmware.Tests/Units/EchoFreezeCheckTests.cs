using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Units;

/// <summary>
/// A frozen bumper found by hand-built echo streams (EchoFreezeCheck): a sensor measuring every 67 ms, the car reversing at
/// 5 km/h (1.389 m/s, 0.093 m per measurement), cycles of 10 ms. A standing obstacle's distance shrinks by the travel; a
/// frozen sensor re-measures its old distance. Thresholds as the calibration's: 0.1 m of travel, 2 measurements in a row.
/// </summary>
public class EchoFreezeCheckTests
{
    private const float CycleS = 0.01f;
    private const float TravelM = 0.1f;
    private const int Measurements = 2;
    private const float V = 1.3889f;

    /// <summary>
    /// Runs <paramref name="cycles"/> cycles; the sensor measures every 67 ms (its age drops to 0); the distance it reports
    /// is <paramref name="distanceAt"/>(time of that measurement). Returns the first cycle found frozen, or −1.
    /// </summary>
    private static int FirstFrozen(ref EchoFreezeCheck check, int cycles, Func<float, float> distanceAt, bool radarStanding = true, float speedMps = V)
    {
        long ageUs = 0;
        float measuredAtS = 0f;
        for (int i = 0; i < cycles; i++)
        {
            float t = i * CycleS;
            if (t - measuredAtS >= 0.067f - 1e-4f || i == 0)
            {
                measuredAtS = t;
                ageUs = 0;
            }
            else
            {
                ageUs = (long)MathF.Round((t - measuredAtS) * 1e6f);
            }

            var echo = new UltrasonicObstacle { Present = true, Sensor = 8, DistanceM = distanceAt(measuredAtS), AgeUs = ageUs };
            if (check.Update(echo, speedMps, CycleS, radarStanding, TravelM, Measurements)) return i;
        }

        return -1;
    }

    private static EchoFreezeCheck Fresh()
    {
        var c = new EchoFreezeCheck();
        c.Reset();
        return c;
    }

    [Fact]
    public void A_standing_obstacle_closing_at_the_car_speed_is_never_frozen()
    {
        var c = Fresh();
        Assert.Equal(-1, FirstFrozen(ref c, 150, t => 2.4f - V * t));
    }

    [Fact]
    public void A_distance_stuck_from_0_2_s_is_found_at_the_second_re_measurement()
    {
        // Measurements at 0, 0.07, 0.14, 0.21, 0.28, 0.35 s (every 7 cycles); the value of 0.14 s stays from 0.21 s on:
        // re-measured unchanged at 0.21 s (1) and 0.28 s (2): found at 0.28 s, 0.14 s and 0.19 m of travel after it was true.
        var c = Fresh();
        int cycle = FirstFrozen(ref c, 150, t => 2.4f - V * MathF.Min(t, 0.14f));
        Assert.Equal(28, cycle);
        // Dead reckoning by hand: 2.4 − 1.389 × 0.14 measured at 0.14 s, less the travel since (0.14 s).
        Assert.Equal(2.4f - V * 0.14f - V * 0.14f, c.DeadReckonedM, 2);
    }

    [Fact]
    public void A_stream_late_by_0_1_s_is_not_frozen()
    {
        // The value shown at a measurement is the one measured 0.1 s earlier: one old value per measurement, never two.
        var c = Fresh();
        long ageUs = 0;
        float measuredAtS = 0f;
        int found = -1;
        for (int i = 0; i < 150 && found < 0; i++)
        {
            float t = i * CycleS;
            if (t - measuredAtS >= 0.067f - 1e-4f || i == 0) measuredAtS = t;
            ageUs = (long)MathF.Round((t - measuredAtS) * 1e6f);
            float shownT = t - 0.1f; // the stream ran before the check started
            float shownMeasuredAtS = MathF.Floor(shownT / 0.07f + 1e-4f) * 0.07f;
            var echo = new UltrasonicObstacle { Present = true, Sensor = 8, DistanceM = 2.4f - V * shownMeasuredAtS, AgeUs = ageUs };
            if (c.Update(echo, V, CycleS, true, TravelM, Measurements)) found = i;
        }

        Assert.Equal(-1, found);
    }

    [Fact]
    public void A_road_user_pacing_the_car_is_not_frozen_without_the_radar_seeing_it_stand()
    {
        var c = Fresh();
        Assert.Equal(-1, FirstFrozen(ref c, 150, _ => 1.5f, radarStanding: false));
        var d = Fresh();
        Assert.True(FirstFrozen(ref d, 150, _ => 1.5f, radarStanding: true) > 0);
    }

    [Fact]
    public void At_rest_or_rolling_away_nothing_is_frozen()
    {
        var c = Fresh();
        Assert.Equal(-1, FirstFrozen(ref c, 300, _ => 1.5f, speedMps: 0f));
        var d = Fresh();
        Assert.Equal(-1, FirstFrozen(ref d, 300, _ => 1.5f, speedMps: -1f));
    }

    [Theory]
    [InlineData(0.09f, false)]
    [InlineData(0.11f, true)]
    public void The_travel_threshold_from_both_sides(float travelBeforeSecondRepeatM, bool frozen)
    {
        // Crawling: a distance that stays put over two re-measurements is frozen only once the car has travelled 0.1 m.
        // Two re-measurements take 0.14 s (14 cycles); the speed is chosen so that the travel then is the given figure.
        float v = travelBeforeSecondRepeatM / 0.14f;
        var c = Fresh();
        int cycle = FirstFrozen(ref c, 15, _ => 1.5f, speedMps: v);
        Assert.Equal(frozen, cycle >= 0);
    }

    [Fact]
    public void A_slow_approach_read_in_2_5_cm_steps_is_never_frozen()
    {
        // 1 km/h (0.278 m/s, 1.9 cm per measurement) read to 1 in: the same step can come back once or twice, but the car
        // never travels 0.1 m without the reading moving.
        var c = Fresh();
        Assert.Equal(-1, FirstFrozen(ref c, 600, t => MathF.Round((2.0f - 0.278f * t) / 0.0254f) * 0.0254f, speedMps: 0.278f));
    }

    [Fact]
    public void Latched_until_reset_and_dead_reckoning_goes_on_with_the_travel()
    {
        var c = Fresh();
        Assert.True(FirstFrozen(ref c, 150, _ => 1.5f) > 0);
        float before = c.DeadReckonedM;
        Assert.True(c.Update(default, V, CycleS, false, TravelM, Measurements));
        Assert.Equal(before - V * CycleS, c.DeadReckonedM, 4);
        c.Reset();
        Assert.False(c.Frozen);
    }
}
