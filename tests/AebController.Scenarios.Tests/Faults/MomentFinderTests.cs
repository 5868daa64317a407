using AebController.Firmware.Signals;
using AebController.Scenarios.Faults;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests.Faults;

/// <summary>Moments are read from the trace: the first cycle in the state plus the moment's offset.</summary>
public class MomentFinderTests
{
    private static CycleRecord[] Trace()
    {
        var t = new CycleRecord[400];
        for (int i = 0; i < t.Length; i++)
        {
            t[i].TorqueLimit = 1f;
            t[i].ForwardState = i switch { < 50 => ForwardAebState.Off, < 200 => ForwardAebState.Standby, < 230 => ForwardAebState.Warning,
                < 260 => ForwardAebState.PartialBraking, < 300 => ForwardAebState.FullBraking, _ => ForwardAebState.StandstillHold };
            t[i].ForwardStage = (byte)(i is >= 230 and < 245 ? 1 : i is >= 245 and < 260 ? 2 : 0);
            if (i >= 200) t[i].Warnings = WarningOutputs.Acoustic;
            if (i >= 230) t[i].BrakeRequestMps2 = 4f;
        }

        return t;
    }

    [Theory]
    [InlineData(CampaignMoment.Cruising, 100)]
    [InlineData(CampaignMoment.Warning, 210)]
    [InlineData(CampaignMoment.BrakingStage1, 235)]
    [InlineData(CampaignMoment.BrakingStage2, 250)]
    [InlineData(CampaignMoment.FullBraking, 265)]
    [InlineData(CampaignMoment.StandstillHold, 320)]
    [InlineData(CampaignMoment.Reversing, -1)]
    [InlineData(CampaignMoment.MaiActive, -1)]
    public void Each_moment_is_the_state_entry_plus_its_offset(CampaignMoment moment, int expected)
    {
        Assert.Equal(expected, MomentFinder.Find(Trace(), moment, 0.01f));
    }

    [Fact]
    public void Cruising_must_come_well_before_anything_intervenes()
    {
        var t = Trace();
        for (int i = 120; i < t.Length; i++) t[i].Warnings = WarningOutputs.Visual;
        Assert.Equal(-1, MomentFinder.Find(t, CampaignMoment.Cruising, 0.01f));
    }
}
