using AebController.Emulation.Vehicle;
using AebController.Firmware.Signals;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests.Faults;

/// <summary>Wheel slip and ABS activity, the cues a real brake system gives, judged against the tyre curve and hand physics.</summary>
public class SlipCueTests
{
    private const float PeakSlip = 0.12f;

    // The normalised force curve the slip is the inverse of: peaks at 1 at the peak slip.
    private static float Force(float slip) => 2f * (slip / PeakSlip) / (1f + (slip / PeakSlip) * (slip / PeakSlip));

    [Fact]
    public void Slip_is_the_inverse_of_the_force_curve_below_the_grip_limit()
    {
        for (float use = 0.01f; use < 0.995f; use += 0.01f)
        {
            var (slip, abs) = TyreSlip.UnderBraking(use * 9.81f, 9.81f, PeakSlip, 10f);
            Assert.False(abs);
            Assert.InRange(slip, 0f, PeakSlip);
            Assert.Equal(use, Force(slip), 3);
        }
    }

    [Theory]
    [InlineData(1.0f)]
    [InlineData(1.5f)]
    [InlineData(4f)]
    public void At_or_beyond_the_grip_limit_the_abs_holds_the_peak_slip(float use)
    {
        var (slip, abs) = TyreSlip.UnderBraking(use * 2.94f, 2.94f, PeakSlip, 10f);
        Assert.True(abs);
        Assert.Equal(PeakSlip, slip);
    }

    [Theory]
    [InlineData(0f, 9.81f, 10f)]
    [InlineData(5f, 9.81f, 0f)]
    public void No_brake_or_no_motion_means_no_slip(float demand, float limit, float speed)
    {
        Assert.Equal((0f, false), TyreSlip.UnderBraking(demand, limit, PeakSlip, speed));
    }

    [Theory]
    [InlineData(0.3f, 1.0f, true, false)]   // full pedal (10 m/s²) on snow (2.9 m/s² of grip): ABS
    [InlineData(1.0f, 0.3f, false, false)]  // 3 m/s² on dry asphalt: well inside the grip
    [InlineData(0.3f, 1.0f, true, true)]
    [InlineData(1.0f, 0.3f, false, true)]   // realistic: the pedal acts through 0.08 s dead time and a 0.12 s lag
    public void The_emulated_hal_reports_the_cues_while_the_driver_brakes(float friction, float brakePedal, bool absExpected, bool realistic)
    {
        string json = $$"""
        {
          "name": "slip-cue", "durationS": 1.0,
          "road": { "friction": {{friction.ToString(System.Globalization.CultureInfo.InvariantCulture)}} },
          "ego": { "speedKph": 50 },
          "driver": { "brake": [ { "t": 0, "value": {{brakePedal.ToString(System.Globalization.CultureInfo.InvariantCulture)}} } ] }
        }
        """;
        var scenario = ScenarioLoader.Parse(json, "slip-cue.json");
        var hal = ScenarioBuild.CreateHal(scenario, new VehicleParameters(),
            realistic ? AebController.Emulation.Profiles.WorldProfile.Realistic : AebController.Emulation.Profiles.WorldProfile.Ideal);
        var frame = new SensorFrame();
        frame.Clear();
        Assert.False(frame.Motion.SlipCuesAvailable);
        hal.Read(frame, 500_000);
        Assert.True(frame.Motion.SlipCuesAvailable);
        Assert.Equal(absExpected, frame.Motion.AbsActive);
        float grip = friction * 9.81f;
        // Read at 0.5 s: in the realistic world the pedal's demand has built up as 1 − e^(−(0.5 − 0.08)/0.12) of itself
        // (docs/vehicle-model.md: the same dead time and lag as the AEB request); in the ideal world it acts at once.
        float demand = brakePedal * 10f * (realistic ? 1f - MathF.Exp(-(0.5f - 0.08f) / 0.12f) : 1f);
        float expected = demand >= grip ? PeakSlip : PeakSlip * (1f - MathF.Sqrt(1f - (demand / grip) * (demand / grip))) / (demand / grip);
        Assert.Equal(expected, frame.Motion.BrakeSlip, 4);
    }
}
