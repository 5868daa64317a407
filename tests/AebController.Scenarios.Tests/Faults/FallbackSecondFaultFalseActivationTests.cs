using AebController.Emulation.Faults;
using AebController.Firmware.Signals;
using AebController.Scenarios.Model;

namespace AebController.Scenarios.Tests.Faults;

/// <summary>
/// The fallback's threat carried through a second fault (CameraFallbackCarry) must add no false activation: every case of
/// the false-activation suite (each one's own judge: nothing stands in the path, no intervention is owed) with the front
/// radar stale from 0.5 s and then the camera stale from 2 s or from 3.5 s (the fallback ends), over the three seeds
/// CameraFallbackFalseActivationTests runs with the radar lost alone. No forward warning or braking at any cycle.
/// </summary>
public sealed class FallbackSecondFaultFalseActivationTests
{
    public static TheoryData<string> Cases() => CatalogRun.Tagged("false-activation");

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_camera_lost_after_the_radar_never_makes_the_carry_warn_or_brake_for_nothing(string name)
    {
        var scenario = CatalogRun.Case(name);
        var radarLost = new FaultDefinition { Input = FaultInput.FrontRadar, Kind = FaultKind.Stale, StartS = 0.5f };
        var runner = CatalogRun.Runner();
        foreach (float cameraS in new[] { 2f, 3.5f })
        {
            var cameraLost = new FaultDefinition { Input = FaultInput.Camera, Kind = FaultKind.Stale, StartS = cameraS };
            for (ulong k = 0; k < 3; k++)
            {
                var faulted = scenario with { Faults = [.. scenario.Faults, radarLost, cameraLost], Seed = scenario.Seed + k };
                foreach (var c in runner.Run(faulted).Trace)
                {
                    Assert.False(c.ForwardState is ForwardAebState.Warning or ForwardAebState.PartialBraking or ForwardAebState.FullBraking,
                        $"{name} seed {faulted.Seed}: forward AEB {c.ForwardState} at {c.TimeS:0.00} s, radar lost at 0.5 s, camera at {cameraS} s");
                }
            }
        }
    }
}
