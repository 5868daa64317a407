using AebController.Emulation.Faults;
using AebController.Scenarios.Faults;

namespace AebController.Scenarios.Tests.Faults;

/// <summary>
/// `degradedCollisionRuns` lists exactly the runs the judge counted under `degradedCollisions` (docs/faults.md "Collision"),
/// named as the failing runs are, with the verdict's speeds: judged on a hand-built report whose verdicts are set by hand.
/// </summary>
public class DegradedCollisionRunsTests
{
    private static readonly SignalFaultModel Range = new() { Name = "frontRadarRange", Input = FaultInput.FrontRadarRange, SampleS = 0.05f, Classes = [FaultClass.Drift] };
    private static readonly SignalFaultModel Wheel = new() { Name = "wheelSpeed", Input = FaultInput.WheelSpeed, SampleS = 0.01f, Classes = [FaultClass.Dropout] };

    private static CellResult Cell(int scenario, int signal, FaultClass fault, CampaignMoment moment, FaultOutcome outcome, float? impactKph, float? baselineKph, float? detectedS) =>
        new(new CampaignCell(scenario, signal, fault, moment, 100, default, 10f),
            new Verdict(outcome, detectedS, null, 0f, null, null, impactKph, baselineKph));

    [Fact]
    public void Only_the_runs_counted_as_degraded_collisions_are_listed_with_their_names_and_speeds()
    {
        var report = new CampaignReport
        {
            Scenarios = ["cpna-40", "ccrs-50"],
            Signals = [Range, Wheel],
            Elapsed = TimeSpan.Zero,
            Results =
            [
                Cell(0, 0, FaultClass.Drift, CampaignMoment.Cruising, FaultOutcome.DegradedCollision, 40f, null, 1.35f),
                Cell(1, 1, FaultClass.Dropout, CampaignMoment.Warning, FaultOutcome.Collision, 30f, null, 0.02f),
                Cell(1, 0, FaultClass.Drift, CampaignMoment.Cruising, FaultOutcome.None, null, null, 1.2f),
                Cell(1, 1, FaultClass.Dropout, CampaignMoment.Cruising, FaultOutcome.DegradedCollision | FaultOutcome.LateDetection, 50f, 12f, 0.02f),
            ],
        };

        var runs = report.DegradedCollisionRuns();

        Assert.Equal(report.Count(FaultOutcome.DegradedCollision), runs.Count);
        Assert.Equal(new DegradedCollisionRun("cpna-40", "frontRadarRange", "drift", "cruising", 40f, null, 1.35f), runs[0]);
        Assert.Equal(new DegradedCollisionRun("ccrs-50", "wheelSpeed", "dropout", "cruising", 50f, 12f, 0.02f), runs[1]);
    }

    [Fact]
    public void A_campaign_without_degraded_collisions_lists_none()
    {
        var report = new CampaignReport
        {
            Scenarios = ["cpna-40"],
            Signals = [Range],
            Elapsed = TimeSpan.Zero,
            Results = [Cell(0, 0, FaultClass.Drift, CampaignMoment.Warning, FaultOutcome.UnintendedRelease, null, null, 0.5f)],
        };

        Assert.Empty(report.DegradedCollisionRuns());
    }
}
