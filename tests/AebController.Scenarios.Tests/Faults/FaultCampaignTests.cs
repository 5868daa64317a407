using AebController.Scenarios.Catalog;
using AebController.Scenarios.Faults;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests.Faults;

/// <summary>A small campaign (seconds): ccrs-50 and a reverse case, two signals, every fault and moment they reach.</summary>
public class FaultCampaignTests
{
    private static FaultCampaign Small()
    {
        var catalog = ScenarioCatalog.Builtin;
        catalog.TryGet("ccrs-50", out var ccrs);
        catalog.TryGet("rev-passengerCar-10", out var rev);
        var signals = SignalTable.All.Where(s => s.Name is "acceleratorTrack1" or "steering").ToList();
        return new FaultCampaign([ccrs!, rev!], signals);
    }

    [Fact]
    public void Every_signal_fault_and_reached_moment_runs_once_and_is_judged()
    {
        var campaign = Small();
        var cells = campaign.Plan(workers: 2);
        var report = campaign.Run(cells, workers: 2);
        int perMoment = campaign.Signals.Sum(s => s.Classes.Length);
        // ccrs-50 cruises, warns, brakes and holds; the reverse case reverses and holds.
        foreach (var moment in new[] { CampaignMoment.Cruising, CampaignMoment.Warning, CampaignMoment.BrakingStage1, CampaignMoment.StandstillHold, CampaignMoment.Reversing })
        {
            Assert.Equal(perMoment, report.Results.Count(r => r.Cell.Moment == moment && r.Cell.ScenarioIndex == (moment == CampaignMoment.Reversing ? 1 : 0)));
        }

        Assert.Equal(2, report.Results.Count(r => r.Cell.Moment == CampaignMoment.FixedTime));
        Assert.All(report.Results, r => Assert.True(r.Cell.FaultCycle > 0));
    }

    [Fact]
    public void A_cells_scenario_file_reproduces_the_campaign_run_bit_for_bit()
    {
        var campaign = Small();
        var cells = campaign.Plan(workers: 1);
        string dir = Path.Combine(Path.GetTempPath(), "aeb-faults-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            // The example (accelerator track 1 +0.95 for one sample at 3.5 s) and a persistent fault.
            foreach (var cell in new[] { cells.First(c => c.Moment == CampaignMoment.FixedTime), cells.First(c => c.Fault == FaultClass.Drift) })
            {
                var worker = new CampaignWorker(campaign.Calibration, campaign.World);
                var verdict = campaign.RunCell(worker, cell).Verdict;
                var inCampaign = worker.Runner.LastTrace.ToArray();

                string file = campaign.WriteScenario(cell, dir);
                var fromFile = new ScenarioRunner(campaign.Calibration, world: campaign.World).Run(ScenarioLoader.Load(file));
                Assert.Equal(inCampaign.Length, fromFile.Trace.Length);
                for (int i = 0; i < inCampaign.Length; i++) Assert.Equal(inCampaign[i], fromFile.Trace[i]);
                Assert.Equal(verdict.ImpactSpeedKph, fromFile.ImpactSpeedKph);
            }
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }
}
