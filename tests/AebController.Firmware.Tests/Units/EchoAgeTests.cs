using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Units;

/// <summary>
/// An echo brought to now by its age (UltrasonicObstacle.DistanceNowM, used by ObstacleFusion.Fuse): every echo is a
/// standing obstacle, so while it was ageing the car closed on it by its own travel, speed × age. Hand physics:
/// rev-pedestrian-5 reverses at 5 km/h (1.389 m/s); an echo 1.626 m measured 100 ms ago is 1.626 − 0.1389 = 1.487 m now.
/// </summary>
public class EchoAgeTests
{
    private const float LatencyS = 0.25f;
    private const float MarginM = 0.5f;

    private static UltrasonicObstacle Echo(float distanceM, long ageUs) => new() { Present = true, DistanceM = distanceM, Sensor = 8, AgeUs = ageUs };

    [Theory]
    [InlineData(1.626f, 100_000L, 1.3889f, 1.4871f)]
    [InlineData(1.626f, 0L, 1.3889f, 1.626f)]
    [InlineData(2.0f, 67_000L, 1.6667f, 1.8883f)]
    [InlineData(0.1f, 250_000L, 1.3889f, 0f)] // never behind the bumper
    public void The_distance_now_is_the_echo_less_the_travel_over_its_age(float distanceM, long ageUs, float speedMps, float expectedM)
    {
        Assert.Equal(expectedM, Echo(distanceM, ageUs).DistanceNowM(speedMps), 3);
    }

    [Fact]
    public void Standing_or_rolling_away_moves_nothing_and_a_negative_age_counts_as_none()
    {
        Assert.Equal(1.5f, Echo(1.5f, 200_000L).DistanceNowM(0f));
        Assert.Equal(1.5f, Echo(1.5f, 200_000L).DistanceNowM(-1f));
        Assert.Equal(1.5f, Echo(1.5f, -5_000L).DistanceNowM(1.4f));
    }

    [Fact]
    public void Fusion_judges_the_echo_at_its_distance_now_by_hand()
    {
        const float v = 1.3889f;
        var t = ObstacleFusion.Fuse(Echo(1.626f, 100_000L), ThreatAssessment.None, 20f, v, LatencyS, MarginM);
        float nowM = 1.626f - v * 0.1f;
        Assert.Equal(nowM, t.RangeM, 3);
        Assert.Equal(nowM / v, t.TtcS, 3);
        Assert.Equal(v * v / (2f * (nowM - v * LatencyS - MarginM)), t.RequiredDecelMps2, 3);
    }

    [Fact]
    public void Sweep_an_older_echo_is_never_judged_farther_or_less_critical()
    {
        for (float v = 0f; v <= 3.4f; v += 0.2f)
        {
            float lastRange = float.PositiveInfinity, lastNeed = -1f;
            for (long age = 0; age <= 250_000; age += 10_000)
            {
                var t = ObstacleFusion.Fuse(Echo(2.4f, age), ThreatAssessment.None, 20f, v, LatencyS, MarginM);
                Assert.True(t.RangeM <= lastRange && t.RangeM >= 0f && t.RangeM <= 2.4f);
                Assert.True(t.RequiredDecelMps2 >= lastNeed || float.IsNaN(lastNeed));
                lastRange = t.RangeM;
                lastNeed = t.RequiredDecelMps2;
            }
        }
    }
}
