using AebController.Firmware.Signals;
using AebController.Scenarios.Catalog;
using AebController.Scenarios.Faults;

namespace AebController.Scenarios.Tests.Faults;

/// <summary>
/// The campaign's wheel speed drifting at −1 m/s² from the reverse moment (50 ms into the reverse warning) of
/// rev-pedestrian-5 and rev-passengerCar-10, judged by the campaign's own judge (docs/faults.md, the oracle) against the
/// fault-free run, and by ground truth: the rear functions enter their standstill hold only once the car truly moves no
/// faster than the wheel sensor's dropout speed, below which even a healthy sensor reads 0 (48-tooth rotor, 2.0 m rolling
/// circumference, 100 ms edge timeout: 2.0 / (48 × 0.1) = 0.417 m/s, docs/sensors.md). Before the rear radar's closing was
/// a second speed (Perception/ClosingWitness): rev-pedestrian-5 braked 0.1 s late (4.7 m/s² below the fault-free request
/// 0.29 s after the fault); with only the need fixed, rev-passengerCar-10's reading fell to 0.013 m/s while the car reversed
/// at 1.23 m/s and the rear functions held (and ramped their brake down) while moving.
/// </summary>
public class ReverseWheelSpeedDriftTests
{
    private const float DropoutMps = 2.0f / (48f * 0.1f);

    [Theory]
    [InlineData("rev-pedestrian-5")]
    [InlineData("rev-passengerCar-10")]
    public void A_drifting_wheel_speed_while_reversing_neither_weakens_braking_nor_holds_a_moving_car(string name)
    {
        Assert.True(ScenarioCatalog.Builtin.TryGet(name, out var scenario));
        var campaign = new FaultCampaign([scenario!], SignalTable.All.Where(s => s.Name == "wheelSpeed").ToList());
        var cell = campaign.Plan(workers: 1).Single(c => c.Fault == FaultClass.Drift && c.Moment == CampaignMoment.Reversing);
        var worker = new CampaignWorker(campaign.Calibration, campaign.World);

        var verdict = campaign.RunCell(worker, cell).Verdict;

        Assert.False(verdict.Failed, verdict.Describe(campaign.DetectWithinS(cell)));
        var trace = worker.Runner.LastTrace;
        bool held = false, everHeld = false;
        for (int i = cell.FaultCycle; i < trace.Length; i++)
        {
            bool holds = trace[i].ReverseAebState == ObstacleAebState.StandstillHold || trace[i].LowSpeedRearState == ObstacleAebState.StandstillHold;
            if (holds && !held)
            {
                Assert.True(MathF.Abs(trace[i].EgoSpeedKph) / 3.6f <= DropoutMps, $"{trace[i].TimeS:F2} s: held at {trace[i].EgoSpeedKph:F2} km/h");
            }

            held = holds;
            everHeld |= holds;
        }

        Assert.True(everHeld, "the car is held at rest at last");
    }
}
