using AebController.Emulation.Faults;
using AebController.Firmware.Calibration;
using AebController.Scenarios.Running;
using AebController.Firmware.Signals;
using AebController.Scenarios.Catalog;
using AebController.Scenarios.Model;

namespace AebController.Scenarios.Tests.Faults;

/// <summary>
/// The two stand-ins for a bad range rate must never warn or brake where nothing threatens: every case of the
/// false-activation suite (drives past parked cars, kerbside pedestrians, oncoming and turning traffic, overhead
/// structures, plates; each one's own judge says no intervention is owed), over three seeds of the realistic world, with
/// the front radar's range rate NaN from 0.5 s (every lost rate stood in for from its track's ranges: RadarRateStandIn,
/// forced on): the oracle is the suite's own, no forward warning or braking in a case built so that nothing stands in the
/// path. With the rate reading +1 m/s from 0.5 s (every target seen driving off at 1 m/s: the threat judged at its ranges'
/// closing, RangeSlopeExcess, forced on) the fit must add no warning or braking to the same run without it: the bias
/// itself already makes fa-drivable-clutter seed 122 warn at 2.39 s with the fit off (the standing can read driving off
/// escapes the camera confirmation a standing object needs; docs/faults.md session 16, left).
/// </summary>
public class RateFallbackFalseActivationTests
{
    public static TheoryData<string, FaultKind> Cases()
    {
        var data = new TheoryData<string, FaultKind>();
        foreach (string name in CatalogRun.Names("false-activation"))
        {
            data.Add(name, FaultKind.NaN);
            data.Add(name, FaultKind.Offset);
        }

        return data;
    }

    private static bool Acts(ForwardAebState s) => s is ForwardAebState.Warning or ForwardAebState.PartialBraking or ForwardAebState.FullBraking;

    [Theory]
    [MemberData(nameof(Cases))]
    public void With_the_range_rate_lost_or_biased_away_forward_AEB_never_warns_or_brakes_for_nothing(string name, FaultKind kind)
    {
        var scenario = CatalogRun.Case(name);
        var fault = new FaultDefinition { Input = FaultInput.FrontRadarRangeRate, Kind = kind, StartS = 0.5f, Value = 1f };
        var runner = CatalogRun.Runner();
        var fitOff = AebCalibration.Default with { ForwardAeb = AebCalibration.Default.ForwardAeb with { RateExcessWindowS = 0f } };
        var withoutFit = new ScenarioRunner(fitOff, null, runner.World);
        for (ulong k = 0; k < 3; k++)
        {
            var faulted = scenario with { Faults = [.. scenario.Faults, fault], Seed = scenario.Seed + k };
            var result = runner.Run(faulted);
            var baseline = kind == FaultKind.Offset ? withoutFit.Run(faulted).Trace : null;
            for (int i = 0; i < result.Trace.Length; i++)
            {
                var c = result.Trace[i];
                bool owed = baseline != null && i < baseline.Length && Acts(baseline[i].ForwardState);
                Assert.False(Acts(c.ForwardState) && !owed,
                    $"{name} seed {faulted.Seed}: forward AEB {c.ForwardState} at {c.TimeS:0.00} s with the range rate {kind}");
            }
        }
    }
}
