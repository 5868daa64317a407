using AebController.Firmware.Perception;
using Xunit;

namespace AebController.Firmware.Tests.Perception;

/// <summary>
/// A stand-in's corrected threat is judged again and never comes out milder than the live one. Oracles by hand:
/// a standing target at range R closed at v has TTC R/v; stopping short by margin m after a latency τ at constant
/// speed needs v² / (2 (R − v τ − m)).
/// </summary>
public class ThreatRejudgeTests
{
    private const float EgoMps = 20f, LatencyS = 0.2f, MarginM = 1f;

    private static ThreatAssessment Standing(float rangeM) => new()
    {
        HasTarget = true,
        RangeM = rangeM,
        ClosingSpeedMps = EgoMps,
        TargetSpeedMps = 0f,
        TtcS = rangeM / EgoMps,
        RequiredDecelMps2 = EgoMps * EgoMps / (2f * (rangeM - EgoMps * LatencyS - MarginM)),
    };

    [Theory]
    [InlineData(30f, 20f)]
    [InlineData(50f, 12f)]
    [InlineData(25f, 24.9f)]
    public void NearerCorrectionIsJudgedAtItsOwnRange(float liveRangeM, float correctedRangeM)
    {
        var live = Standing(liveRangeM);
        var corrected = live;
        corrected.RangeM = correctedRangeM;

        var judged = ThreatRejudge.NoMilder(corrected, live, EgoMps, LatencyS, MarginM);

        Assert.Equal(correctedRangeM / EgoMps, judged.TtcS, 4);
        Assert.Equal(EgoMps * EgoMps / (2f * (correctedRangeM - EgoMps * LatencyS - MarginM)), judged.RequiredDecelMps2, 3);
        Assert.Equal(correctedRangeM, judged.RangeM);
    }

    [Theory]
    [InlineData(30f, 40f)]
    [InlineData(12f, 60f)]
    public void FartherCorrectionKeepsTheLiveUrgency(float liveRangeM, float correctedRangeM)
    {
        var live = Standing(liveRangeM);
        var corrected = live;
        corrected.RangeM = correctedRangeM;

        var judged = ThreatRejudge.NoMilder(corrected, live, EgoMps, LatencyS, MarginM);

        Assert.Equal(liveRangeM / EgoMps, judged.TtcS, 4);
        Assert.Equal(live.RequiredDecelMps2, judged.RequiredDecelMps2, 4);
    }

    [Fact]
    public void SweepNeverMilderThanLive()
    {
        for (float liveM = 6f; liveM <= 80f; liveM += 2f)
        {
            var live = Standing(liveM);
            for (float correctedM = 0.5f; correctedM <= 100f; correctedM += 1.5f)
            {
                var corrected = live;
                corrected.RangeM = correctedM;
                var judged = ThreatRejudge.NoMilder(corrected, live, EgoMps, LatencyS, MarginM);
                Assert.True(judged.TtcS <= live.TtcS && judged.RequiredDecelMps2 >= live.RequiredDecelMps2, $"live {liveM} m, corrected {correctedM} m");
            }
        }
    }
}
