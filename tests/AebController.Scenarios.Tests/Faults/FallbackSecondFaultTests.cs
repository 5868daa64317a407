using AebController.Emulation.Faults;
using AebController.Scenarios.Model;

namespace AebController.Scenarios.Tests.Faults;

/// <summary>
/// A second fault while the camera fallback brakes (docs/faults.md, session 16 camlead "Left", fixed in session 17): the
/// front radar stale from cruising (the campaign's fault start), forward AEB braking on the camera alone for a braking lead
/// (ccrb-12m-6), a crossing pedestrian (cpna-40) or a standing car (ccrs-50); then, 0.05 s or 0.3 s after that braking
/// began, the camera goes stale, or the wheel speed or the IMU is lost (each ends the fallback). On main c9f5f0d the radar's
/// own carry held only its last threat from before the radar was lost (the lead 12 m ahead at the ego's speed), so full
/// braking was released and the car met the braking lead at 10-20 km/h. The oracle is the campaign judge's: no collision,
/// and against the run with the radar lost alone (which stops short: CameraLeadRunsTests, CameraFallbackRunsTests) the
/// release rule (ReleaseRule): facing the same imminent collision, the second fault may not ease the braking.
/// </summary>
public sealed class FallbackSecondFaultTests
{
    public static TheoryData<string, ulong, FaultInput, float> Runs()
    {
        var rows = new TheoryData<string, ulong, FaultInput, float>();
        foreach (var (name, seed) in new[] { ("ccrb-12m-6", 126ul), ("cpna-40", 540ul), ("ccrs-50", 50ul) })
        {
            foreach (var second in new[] { FaultInput.Camera, FaultInput.WheelSpeed, FaultInput.Imu })
            {
                foreach (float afterBrakeS in new[] { 0.05f, 0.3f }) rows.Add(name, seed, second, afterBrakeS);
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void A_second_fault_while_the_camera_fallback_brakes_does_not_ease_the_braking(string name, ulong seed, FaultInput second, float afterBrakeS)
    {
        var scenario = CatalogRun.Case(name) with { Seed = seed };
        var radarLost = new FaultDefinition { Input = FaultInput.FrontRadar, Kind = FaultKind.Stale, StartS = 0.5695f };
        var runner = CatalogRun.Runner();
        var radarOnly = runner.Run(scenario with { Faults = [.. scenario.Faults, radarLost] });
        Assert.False(radarOnly.Collided, $"{name}: the radar lost alone must stop short");
        Assert.NotNull(radarOnly.FirstBrakeS);

        float secondS = radarOnly.FirstBrakeS!.Value + afterBrakeS;
        var secondFault = new FaultDefinition { Input = second, Kind = FaultKind.Stale, StartS = secondS };
        var both = runner.Run(scenario with { Faults = [.. scenario.Faults, radarLost, secondFault] });

        Assert.False(both.Collided, $"{name}: contact at {both.ImpactSpeedKph} km/h with {second} stale from {secondS:0.00} s");
        ReleaseRule.AssertNoRelease(radarOnly.Trace, both.Trace, secondS);
    }
}
