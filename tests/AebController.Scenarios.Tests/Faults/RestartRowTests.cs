using AebController.Scenarios.Catalog;
using AebController.Scenarios.Faults;

namespace AebController.Scenarios.Tests.Faults;

/// <summary>
/// The campaign's controller-restart row (issue 9: "whatever state the car starts in (including a controller restart)"):
/// a restart during a MAI suppression, while reversing and while cruising, written as the scenario's own restart so that
/// `aeb run` reproduces it.
/// </summary>
public class RestartRowTests
{
    [Fact]
    public void A_restart_during_a_mai_suppression_is_a_cell_whose_scenario_restarts_the_controller_there()
    {
        ScenarioCatalog.Builtin.TryGet("mai-drive-wall-1m", out var mai);
        var campaign = new FaultCampaign([mai!], SignalTable.All.Where(s => s.Name == "controller").ToList());
        var cells = campaign.Plan(workers: 1);

        Assert.Contains(cells, c => c.Moment == CampaignMoment.MaiActive);
        Assert.All(cells, c =>
        {
            Assert.Equal(FaultClass.Restart, c.Fault);
            Assert.Contains(c.Moment, new[] { CampaignMoment.Cruising, CampaignMoment.Reversing, CampaignMoment.MaiActive });
            var s = campaign.ScenarioFor(c);
            Assert.Equal(mai!.Faults.Length, s.Faults.Length);
            var restart = Assert.Single(s.Restarts);
            Assert.Equal(c.Injected.StartUs * 1e-6, restart.AtS, 1e-4);
        });

        var report = campaign.Run(cells, workers: 1);
        // The restarted car lets go of the forgotten suppression and still stops short of the wall: no failing run.
        Assert.All(report.Results, r => Assert.False(r.Verdict.Failed, r.Verdict.ToString()));
    }
}
