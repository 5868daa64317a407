using AebController.Emulation.Faults;
using AebController.Firmware.Signals;
using AebController.Scenarios.Catalog;
using AebController.Scenarios.Model;

namespace AebController.Scenarios.Tests.Faults;

/// <summary>
/// Forward AEB on the camera alone while the front radar is lost (CameraFallbackThreat) must never warn or brake where
/// nothing threatens: every case of the false-activation suite (drives past parked cars, kerbside pedestrians,
/// oncoming and turning traffic, overhead structures, plates; each one's own judge says no intervention is owed), with
/// the front radar stale from 0.5 s into the drive (its lists stop: FrontRadarStale), over three seeds of the realistic world. The oracle is the
/// suite's own: no forward warning or braking in a case built so that nothing stands in the path.
/// </summary>
public class CameraFallbackFalseActivationTests
{
    public static TheoryData<string> Cases() => CatalogRun.Tagged("false-activation");

    [Theory]
    [MemberData(nameof(Cases))]
    public void With_the_front_radar_lost_the_camera_alone_never_warns_or_brakes_for_nothing(string name)
    {
        var scenario = CatalogRun.Case(name);
        var lost = new FaultDefinition { Input = FaultInput.FrontRadar, Kind = FaultKind.Stale, StartS = 0.5f };
        var runner = CatalogRun.Runner();
        for (ulong k = 0; k < 3; k++)
        {
            var faulted = scenario with { Faults = [.. scenario.Faults, lost], Seed = scenario.Seed + k };
            var result = runner.Run(faulted);
            foreach (var c in result.Trace)
            {
                Assert.False(c.ForwardState is ForwardAebState.Warning or ForwardAebState.PartialBraking or ForwardAebState.FullBraking,
                    $"{name} seed {faulted.Seed}: forward AEB {c.ForwardState} at {c.TimeS:0.00} s with the front radar lost");
            }
        }
    }
}
