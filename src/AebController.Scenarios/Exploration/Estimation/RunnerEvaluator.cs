using AebController.Emulation.Profiles;
using AebController.Firmware.Calibration;
using AebController.Scenarios.Exploration.Search;
using AebController.Scenarios.Exploration.Spaces;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Exploration.Estimation;

/// <summary>Evaluates points of a space closed loop: one runner per worker, robustness as the explorer measures it.</summary>
public static class RunnerEvaluator
{
    public static Func<Func<double[], long, Evaluation>> Factory(ScenarioSpace space, ulong seed, AebCalibration calibration, WorldProfile world) => () =>
    {
        var runner = new ScenarioRunner(calibration, null, world);
        return (values, index) =>
        {
            if (!space.IsValid(values)) return new Evaluation(false, false, double.PositiveInfinity);
            var scenario = space.Instantiate(values, seed, index);
            var record = OutcomeMeasure.Measure(scenario, runner.Run(scenario), index, 0, values, values);
            // The estimate counts collisions and false activations; another unmet expectation is not a crash.
            bool counted = record.Kind is FailureKind.Collision or FailureKind.FalseActivation;
            return new Evaluation(true, counted, counted ? record.Robustness : Math.Max(record.Robustness, 0.5));
        };
    };
}
