using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Forward;

/// <summary>Targets coming towards the car get their true TTC and need (hand-worked kinematics).</summary>
public sealed class OncomingThreatTests
{
    [Theory]
    [InlineData(30f, 10f, -10f, 1.5f)]   // the case: 30 m, 10 m/s each way
    [InlineData(30f, 0f, -10f, 3.0f)]    // ego standing: the target alone closes
    [InlineData(100f, 20f, -30f, 2.0f)]
    [InlineData(12f, 5f, -1f, 2.0f)]     // a pedestrian walking towards the car
    public void Oncoming_ttc_is_range_over_the_sum_of_speeds(float rangeM, float egoMps, float targetMps, float expectedS) =>
        Assert.Equal(expectedS, ThreatMath.TimeToCollision(rangeM, egoMps, targetMps, 0f), 4);

    [Fact]
    public void Oncoming_ttc_sweep_matches_range_over_closing_speed()
    {
        for (int r = 1; r <= 200; r += 7)
        {
            for (int ve = 0; ve <= 40; ve += 4)
            {
                for (int vo = 1; vo <= 40; vo += 3)
                {
                    float expected = r / (float)(ve + vo);
                    Assert.Equal(expected, ThreatMath.TimeToCollision(r, ve, -vo, 0f), 3);
                }
            }
        }
    }

    [Fact]
    public void Ttc_is_continuous_through_a_standing_target()
    {
        float standing = ThreatMath.TimeToCollision(30f, 10f, 0f, 0f);
        float barelyOncoming = ThreatMath.TimeToCollision(30f, 10f, -0.001f, 0f);
        Assert.Equal(standing, barelyOncoming, 2);
    }

    [Theory]
    // 40 m, latency 0.3 s, margin 1 m, ve 10, vo 10: gap after latency 40 − 6 = 34, d = 33;
    // a = (50 + 100) / 33 = 4.545 m/s².
    [InlineData(40f, 10f, 10f, 4.5454f)]
    // vo 0 reduces to the standing case: 100 / 2 / (40 − 3 − 1) = 1.3889.
    [InlineData(40f, 10f, 0.0001f, 1.3889f)]
    public void Oncoming_need_stops_the_car_before_the_target_arrives(float rangeM, float egoMps, float oncomingMps, float expected) =>
        Assert.Equal(expected, ThreatMath.RequiredDeceleration(rangeM, egoMps, -oncomingMps, 0f, 0.3f, 1f), 3);

    [Fact]
    public void Too_close_an_oncoming_target_is_unavoidable()
    {
        Assert.Equal(ThreatMath.Unavoidable, ThreatMath.RequiredDeceleration(6f, 10f, -10f, 0f, 0.3f, 1f));
    }
}
