using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Units;

/// <summary>
/// Whether an in-path echo stands, by hand-built echo streams (EchoStandingCheck): a sensor measuring every 0.1 s (the
/// realistic ring's 96 ms, on a 10 ms cycle grid), the car at 6 km/h (1.667 m/s, 0.167 m per measurement). A standing
/// object's distance shrinks by the car's travel; anything that moves along the path, or a ghost, does not. Thresholds as
/// the calibration's: 0.3 m of travel, 0.05 m tolerance, 3 measurements.
/// </summary>
public class EchoStandingCheckTests
{
    private const float CycleS = 0.01f;
    private const float TravelM = 0.3f;
    private const float ToleranceM = 0.05f;
    private const int Measurements = 3;
    private const float V = 6f / 3.6f;

    /// <summary>
    /// Runs <paramref name="cycles"/> cycles at <paramref name="speedMps"/>; the sensor measures every 10 cycles (its age
    /// drops to 0) and reports <paramref name="distanceAt"/>(time of that measurement). Returns the first cycle the echo
    /// stands, or −1.
    /// </summary>
    private static int FirstStanding(int cycles, Func<float, float> distanceAt, float speedMps = V)
    {
        var check = new EchoStandingCheck();
        check.Reset();
        for (int i = 0; i < cycles; i++)
        {
            int measuredCycle = i / 10 * 10;
            float measuredAtS = measuredCycle * CycleS;
            var echo = new UltrasonicObstacle
            {
                Present = true, Sensor = 2, DistanceM = distanceAt(measuredAtS), AgeUs = (i - measuredCycle) * 10_000L,
            };
            if (check.Update(echo, speedMps, CycleS, TravelM, ToleranceM, Measurements)) return i;
        }

        return -1;
    }

    [Fact]
    public void A_wall_stands_at_the_third_measurement_once_the_car_travelled_0_3_m()
    {
        // Measurements at 0, 0.1, 0.2 s: the travel since the first is 0.167 m at the second (too short) and 0.333 m at the
        // third, which is also the third measurement: stands at cycle 20.
        Assert.Equal(20, FirstStanding(100, t => 3.5f - V * t));
    }

    [Fact]
    public void A_wall_approached_at_2_km_h_stands_once_the_travel_is_there()
    {
        // 0.556 m/s: 0.0556 m per measurement; 0.3 m of travel is reached after 0.54 s, at the measurement of 0.6 s.
        const float v = 2f / 3.6f;
        Assert.Equal(60, FirstStanding(200, t => 2.5f - v * t, v));
    }

    [Theory]
    [InlineData(1f / 3f)]
    [InlineData(0.5f)]
    [InlineData(5f / 6f)]
    [InlineData(1f)]
    public void Something_moving_away_along_the_path_never_stands(float shareOfOurSpeed)
    {
        // A car creeping ahead at a share of our speed closes at (1 − share) of it: off the dead reckoning by
        // share × 0.167 m per measurement, beyond 0.05 m within the 0.3 m of travel for a third of our speed or more.
        float u = shareOfOurSpeed * V;
        Assert.Equal(-1, FirstStanding(300, t => 3.5f - (V - u) * t));
    }

    [Fact]
    public void Something_coming_toward_the_car_never_stands()
    {
        Assert.Equal(-1, FirstStanding(150, t => 3.5f - (V + 1f) * t));
    }

    [Fact]
    public void An_echo_drifting_nearer_at_0_5_m_per_s_never_stands()
    {
        // The campaign's ultrasonic drift: 0.05 m per measurement beyond the car's travel, off the dead reckoning by
        // 0.05 m at the first re-measurement and more at every one after it.
        Assert.Equal(-1, FirstStanding(150, t => 3.5f - V * t - 0.5f * t - 0.001f));
    }

    [Theory]
    [InlineData(6f)]
    [InlineData(12f)]
    public void A_two_sample_ghost_never_stands(float speedKph)
    {
        // A wall 3.5 m out and, for two measurements (0.3 and 0.4 s), a ghost 1 m nearer that closes at the car's speed:
        // at 12 km/h the two ghost samples span 0.33 m of travel, but never three measurements.
        float v = speedKph / 3.6f;
        var check = new EchoStandingCheck();
        check.Reset();
        for (int i = 0; i < 60; i++)
        {
            int measuredCycle = i / 10 * 10;
            float t = measuredCycle * CycleS;
            bool ghost = t is > 0.25f and < 0.45f;
            var echo = new UltrasonicObstacle
            {
                Present = true, Sensor = 2, DistanceM = (ghost ? 2.5f : 3.5f) - v * t, AgeUs = (i - measuredCycle) * 10_000L,
            };
            bool stands = check.Update(echo, v, CycleS, TravelM, ToleranceM, Measurements);
            if (ghost || (t >= 0.45f && t < 0.65f)) Assert.False(stands, $"cycle {i}");
        }
    }

    [Fact]
    public void At_rest_nothing_stands()
    {
        Assert.Equal(-1, FirstStanding(200, _ => 1.5f, 0f));
    }

    [Fact]
    public void The_echo_lost_for_one_cycle_starts_the_evidence_again()
    {
        var check = new EchoStandingCheck();
        check.Reset();
        int first = -1;
        for (int i = 0; i < 80; i++)
        {
            int measuredCycle = i / 10 * 10;
            var echo = new UltrasonicObstacle
            {
                Present = i != 25, Sensor = 2, DistanceM = 3.5f - V * measuredCycle * CycleS, AgeUs = (i - measuredCycle) * 10_000L,
            };
            if (check.Update(echo, V, CycleS, TravelM, ToleranceM, Measurements) && first < 0) first = i;
        }

        // Standing at 20, lost at 25; the next reference is the measurement of 0.2 s seen again at 26 (travel counted from
        // its age, 0.1 m), so 0.3 m and three measurements are reached at 0.4 s.
        Assert.Equal(20, first);
        Assert.True(check.Stands);
    }

    [Fact]
    public void Swept_objects_speeds_stand_only_when_they_stand()
    {
        // Over-ground speeds from 1 m/s away to 1 m/s toward in 0.05 m/s steps: one that moves 0.05 m against the car's
        // 0.3 m of travel (a sixth of our speed, 0.28 m/s) or more never stands; one that stands always does.
        for (int k = -20; k <= 20; k++)
        {
            float u = 0.05f * k;
            int cycle = FirstStanding(200, t => 3.5f - (V - u) * t);
            if (k == 0) Assert.Equal(20, cycle);
            if (MathF.Abs(u) >= 0.3f) Assert.Equal(-1, cycle);
        }
    }
}
