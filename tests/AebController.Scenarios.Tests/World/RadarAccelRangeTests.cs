using AebController.Emulation.Profiles;
using AebController.Emulation.Vehicle;
using AebController.Firmware.Calibration;
using AebController.Firmware.Runtime;
using AebController.Firmware.Signals;
using AebController.Scenarios.Catalog;
using AebController.Scenarios.Running;
using Xunit;

namespace AebController.Scenarios.Tests.World;

/// <summary>
/// The realistic radar's relative acceleration stays inside what a real object list can carry. Oracle: the
/// Continental ARS 408 object list encodes ArelLong in 11 bits of 0.01 m/s² from −10.0 (−10.0 … 10.47 m/s²;
/// docs/sensors.md R2). Before the limit, the α-β estimate on clutter at 136 m read 30.6 m/s² while the car braked
/// (ccrb-12m-6), a value no radar sends, and the monitor latched RadarValueOutOfRange with no fault present.
/// </summary>
public sealed class RadarAccelRangeTests
{
    [Fact]
    public void Hard_braking_among_clutter_never_reports_an_acceleration_the_object_list_cannot_carry()
    {
        ScenarioCatalog.Builtin.TryGet("ccrb-12m-6", out var scenario);
        var hal = ScenarioBuild.CreateHal(scenario!, new VehicleParameters(), WorldProfile.Realistic);
        var firmware = new AebFirmware(AebCalibration.Default);
        var frame = new SensorFrame();
        float largest = 0f;
        int tracks = 0;
        var diagnostics = DiagnosticCode.None;
        for (int i = 0; i < 800; i++)
        {
            long t = i * 10_000L;
            hal.Read(frame, t);
            frame.NowUs = t;
            for (int k = 0; k < frame.FrontRadar.Count; k++)
            {
                largest = MathF.Max(largest, MathF.Abs(frame.FrontRadar.Tracks[k].RelAccelLongMps2));
                tracks++;
            }

            var command = firmware.Step(frame);
            diagnostics |= command.Diagnostics;
            hal.Write(command, t);
        }

        Assert.True(tracks > 1000, $"only {tracks} tracks seen");
        Assert.InRange(largest, 1f, 10f);
        Assert.True((diagnostics & DiagnosticCode.RadarValueOutOfRange) == 0, $"diagnostics {diagnostics}");
    }
}
