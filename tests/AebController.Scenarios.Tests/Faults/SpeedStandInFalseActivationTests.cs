using AebController.Emulation.Faults;
using AebController.Firmware.Calibration;
using AebController.Firmware.Signals;
using AebController.Scenarios.Catalog;
using AebController.Scenarios.Model;

namespace AebController.Scenarios.Tests.Faults;

/// <summary>
/// Forward AEB on a lost wheel speed's stand-in (SpeedStandIn: the IMU-carried speed, put right by the radar's standing
/// world) or a lost gyro's (MotionLimpHome: the steered yaw) must never warn or brake where nothing threatens: every case of the false-activation suite (drives past parked
/// cars, kerbside pedestrians, oncoming and turning traffic, overhead structures, plates; each one's own judge says no
/// intervention is owed), with the wheel speed not a number, the whole motion message (wheel speed and IMU) stale, or
/// the yaw rate not a number,
/// from 0.5 s into the drive, over two seeds of the realistic world. The stand-in is held on as long as the validator
/// allows (monitoring.speedStandInImuCarryS 3 s, speedStandInWorldFixMaxAgeS 1 s: docs/calibration.md's accepted
/// ranges). The oracle is the suite's own: no forward warning or braking in a case built so that nothing stands in the path.
/// </summary>
public class SpeedStandInFalseActivationTests
{
    private static readonly AebCalibration Widest = AebCalibration.Default with
    {
        Monitoring = AebCalibration.Default.Monitoring with { SpeedStandInImuCarryS = 3f, SpeedStandInWorldFixMaxAgeS = 1f },
    };

    public static TheoryData<string, FaultInput, FaultKind> Cases()
    {
        var data = new TheoryData<string, FaultInput, FaultKind>();
        foreach (string name in CatalogRun.Names("false-activation"))
        {
            data.Add(name, FaultInput.WheelSpeed, FaultKind.NaN);
            data.Add(name, FaultInput.Imu, FaultKind.Stale);
            data.Add(name, FaultInput.YawRate, FaultKind.NaN);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void With_the_wheel_speed_lost_the_stand_in_never_warns_or_brakes_for_nothing(string name, FaultInput input, FaultKind kind)
    {
        Assert.Empty(Widest.Validate());
        var scenario = CatalogRun.Case(name);
        var lost = new FaultDefinition { Input = input, Kind = kind, StartS = 0.5f };
        var runner = CatalogRun.Runner(Widest);
        for (ulong k = 0; k < 2; k++)
        {
            var faulted = scenario with { Faults = [.. scenario.Faults, lost], Seed = scenario.Seed + k };
            var result = runner.Run(faulted);
            foreach (var c in result.Trace)
            {
                Assert.False(c.ForwardState is ForwardAebState.Warning or ForwardAebState.PartialBraking or ForwardAebState.FullBraking,
                    $"{name} seed {faulted.Seed}: forward AEB {c.ForwardState} at {c.TimeS:0.00} s with {input} {kind}");
            }
        }
    }
}
