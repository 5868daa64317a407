using AebController.Firmware.Calibration;
using AebController.Scenarios.Exploration.Estimation;
using AebController.Scenarios.Exploration.Sampling;
using AebController.Scenarios.Exploration.Spaces;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests.Exploration;

/// <summary>The importance-sampling estimate against probabilities known by construction.</summary>
public class EstimatorTests
{
    [Fact]
    public void Validation_space_probability_follows_from_its_kinematics()
    {
        // A car 20 m behind at V brakes at 6 m/s² from t = 0: contact iff V²/(2·6) > 20, V* = √240 m/s.
        double vStarKph = Math.Sqrt(2 * 6 * 20) * 3.6;
        double p = NormalMath.UpperTail((vStarKph - 27.25) / 6);
        var space = SpaceCatalog.Resolve("validation-1e-6");
        Assert.InRange(space.KnownProbability!.Value, p * 0.99, p * 1.01);
        Assert.InRange(p, 0.99e-6, 1.01e-6);

        // The emulator agrees with the kinematics on either side of V* (±0.5 km/h). The hand kinematics take the
        // braking as a step, as the ideal world does (the realistic one ramps it in at 10 m/s³).
        var runner = new ScenarioRunner(world: AebController.Emulation.Profiles.WorldProfile.Ideal);
        var below = runner.Run(space.Instantiate([vStarKph - 0.5, 0.2], 1, 0));
        var above = runner.Run(space.Instantiate([vStarKph + 0.5, -0.2], 1, 1));
        Assert.False(below.Collided);
        Assert.True(above.Collided);
        Assert.Equal("follower", above.CollidedWith);
    }

    [Fact]
    public void Cross_entropy_finds_an_analytic_tail_of_1e_minus_6()
    {
        // A pure-math space: failure when the first parameter passes its 1 − 1e-6 quantile (robustness = distance to it).
        var space = SpaceCatalog.Resolve("validation-1e-6");
        double threshold = 27.25 + 6 * 4.753424;
        var result = CrossEntropyEstimator.Estimate(space, 5, new EstimateOptions(400, 2000), 2,
            () => (x, _) => new Evaluation(true, x[0] > threshold, threshold - x[0]));
        Assert.InRange(1e-6, result.CiLow, result.CiHigh);
        Assert.True(result.RelativeError < 0.1, $"relative error {result.RelativeError}");
    }

    [Fact]
    public void Estimate_on_the_validation_space_agrees_with_the_known_probability_using_1000x_fewer_runs_than_naive()
    {
        var space = SpaceCatalog.Resolve("validation-1e-6");
        var result = CrossEntropyEstimator.Estimate(space, 1, new EstimateOptions(300, 1500), 2,
            // The space's known probability comes from step-braking kinematics: the ideal world's actors.
            RunnerEvaluator.Factory(space, 1, AebCalibration.Default, AebController.Emulation.Profiles.WorldProfile.Ideal));
        Assert.InRange(space.KnownProbability!.Value, result.CiLow, result.CiHigh);
        // Naive Monte Carlo needs p(1−p)/se² runs for the same standard error; at p = 1e-6 and our relative error that is ≥ 1000× ours.
        Assert.True(result.NaiveRuns >= 1000 * result.Runs, $"naive {result.NaiveRuns:G3} vs {result.Runs} runs");
        Assert.True(result.Runs < 6000, $"{result.Runs} runs");
    }
}
