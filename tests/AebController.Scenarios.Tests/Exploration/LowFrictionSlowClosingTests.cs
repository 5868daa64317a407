using AebController.Emulation.Profiles;
using AebController.Firmware.Calibration;
using AebController.Scenarios.Exploration.Judging;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests.Exploration;

/// <summary>
/// Failing runs of `aeb explore forward-aeb --budget 2000 --seed 3` (realistic, main c9f5f0d; session 17): a slow closing
/// (4.6-6.3 m/s) on a road of μ 0.32-0.36 toward a lead that barely slows. By hand (braking at μ·g after the brake's
/// 0.08 s dead time and 0.12 s lag, the lead as scripted) the last command that avoids contact is 1.55 s (run 1808),
/// 1.38 s (1812) and 1.53 s (1090); main warned by TTC on the 2.0 s floor (0.94 / 0.74 / 0.89 s), reached its braking entry
/// (3 m/s²) some 0.3 s later and then waited out the rest of R152's 0.8 s lead: braking at 1.74 / 1.54 / 1.69 s, contact at
/// 6.2 / 3.8 / 4.1 km/h; over the run's scenario seed and the 19 after it main hits in 2, 5 and 2 of 20 (at the explorer's
/// exact values: rounded ones pass on main more often). Warned as soon as braking is foreseen within the lead
/// (ForwardAebRules.BrakingForeseen), the lead is over when the entry is reached (in the seeds where the lead's noisy
/// deceleration makes the need jump, R152's waiver brakes sooner, as on main). The controller knows no friction before it
/// brakes.
/// </summary>
public class LowFrictionSlowClosingTests
{
    [Theory]
    [InlineData(1808, 4237113563622372UL, 23.460537, 0.804777, 0.18269, 17.786999, 0.43441, 0.324485)]
    [InlineData(1812, 2683050076609635UL, 25.85483, 5.457999, 0.413562, 15.595278, 0.385722, 0.338342)]
    [InlineData(1090, 4364909744009377UL, 42.15585, 25.451553, 0.746077, 14.064991, 0.686714, 0.357588)]
    public void A_slow_closing_on_a_slippery_road_is_avoided_in_every_seed(
        int run, ulong seed, double egoKph, double leadKph, double leadDecelMps2, double gapM, double offsetM, double friction)
    {
        string json = FormattableString.Invariant($$"""
            {
              "name": "forward-aeb-3-{{run}}", "seed": {{seed}}, "durationS": 6,
              "road": { "friction": {{friction:R}} },
              "ego": { "speedKph": {{egoKph:R}}, "gear": "drive", "holdSpeed": true },
              "actors": [ { "id": "lead", "class": "passengerCar", "gapM": {{gapM:R}}, "yM": {{offsetM:R}}, "speedKph": {{leadKph:R}},
                            "events": [ { "atS": 0.5, "accelMps2": {{-leadDecelMps2:R}} } ] } ],
              "end": { "whenStoppedForS": 0.3 },
              "expect": { "collision": false }
            }
            """);
        var scenario = ScenarioLoader.Parse(json, $"forward-aeb-3-{run}.json");
        var runner = new ScenarioRunner(AebCalibration.Default, null, WorldProfile.Realistic);
        var verdict = CollisionAvoidability.Judge(scenario, runner.Vehicle, runner.World);
        Assert.NotNull(verdict);
        Assert.True(verdict.Value.Avoidable, $"the oracle needs {verdict.Value.RequiredDecelMps2:F2} of {verdict.Value.AvailableDecelMps2:F2} m/s²");

        for (ulong k = 0; k < 20; k++)
        {
            var result = runner.Run(scenario with { Seed = scenario.Seed + k });
            Assert.True(result.Passed, $"seed {scenario.Seed + k}: {string.Join("; ", result.Failures)} (warned {result.FirstWarningS:F2} s, braked {result.FirstBrakeS:F2} s)");
        }
    }
}
