using AebController.Emulation.Faults;
using AebController.Emulation.Vehicle;
using AebController.Firmware.Signals;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Model;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests.Faults;

/// <summary>The new fault kinds on the emulated HAL, judged against the true signal of the same run without the fault.</summary>
public class SignalCorruptionTests
{
    private const long Period = 10_000;

    // Cruising at 50 km/h and steering slowly left, behind a car: every signal moves or is there to corrupt.
    private static ScenarioDefinition Base() => ScenarioLoader.Parse("""
        {
          "name": "corrupt", "durationS": 3, "seed": 3,
          "ego": { "speedKph": 50, "holdSpeed": true },
          "driver": { "accelerator": [ { "t": 0, "value": 0.2 }, { "t": 3, "value": 0.5 } ], "steeringDeg": [ { "t": 0, "value": 0 }, { "t": 3, "value": 30 } ] },
          "actors": [ { "id": "lead", "class": "passengerCar", "gapM": 30, "speedKph": 40 } ]
        }
        """, "corrupt.json");

    private static SensorFrame[] Frames(ScenarioDefinition s)
    {
        var hal = ScenarioBuild.CreateHal(s, new VehicleParameters());
        var frames = new SensorFrame[250];
        for (int i = 0; i < frames.Length; i++)
        {
            frames[i] = new SensorFrame();
            hal.Read(frames[i], i * Period);
        }

        return frames;
    }

    private static SensorFrame[] With(FaultInput input, FaultKind kind, float startS, float? endS, float value) =>
        Frames(Base() with { Faults = [new FaultDefinition { Input = input, Kind = kind, StartS = startS, EndS = endS, Value = value }] });

    [Fact]
    public void A_spike_on_one_track_changes_exactly_one_sample_of_that_track()
    {
        var clean = Frames(Base());
        var spiked = With(FaultInput.AcceleratorTrack1, FaultKind.Offset, 0.9995f, 1.0095f, 0.95f);
        for (int i = 0; i < clean.Length; i++)
        {
            Assert.Equal(clean[i].Pedals.AccelTrack2, spiked[i].Pedals.AccelTrack2);
            Assert.Equal(clean[i].Pedals.AccelTrack1 + (i == 100 ? 0.95f : 0f), spiked[i].Pedals.AccelTrack1, 5);
        }
    }

    [Fact]
    public void A_drift_grows_at_its_rate_from_the_start()
    {
        var clean = Frames(Base());
        var drifted = With(FaultInput.YawRate, FaultKind.Drift, 1.0f, null, 0.05f);
        for (int i = 100; i < clean.Length; i++)
        {
            Assert.Equal(clean[i].Motion.YawRateRps + 0.05f * (i - 100) * 0.01f, drifted[i].Motion.YawRateRps, 5);
            Assert.Equal(clean[i].Motion.LongAccelMps2, drifted[i].Motion.LongAccelMps2);
        }
    }

    [Fact]
    public void A_delayed_signal_replays_the_value_of_100_ms_before_stamped_fresh()
    {
        var clean = Frames(Base());
        var delayed = With(FaultInput.Steering, FaultKind.Delay, 1.0f, null, 0.1f);
        for (int i = 120; i < clean.Length; i++)
        {
            Assert.Equal(clean[i - 10].Steering.AngleRad, delayed[i].Steering.AngleRad);
            Assert.Equal(clean[i].Steering.AgeUs, delayed[i].Steering.AgeUs);
        }
    }

    [Fact]
    public void A_stuck_object_list_repeats_its_content_but_keeps_arriving()
    {
        var clean = Frames(Base());
        var stuck = With(FaultInput.FrontRadar, FaultKind.Stuck, 0.9995f, null, 0f);
        Assert.True(clean[99].FrontRadar.Count > 0);
        for (int i = 100; i < clean.Length; i++)
        {
            Assert.Equal(clean[99].FrontRadar.Tracks[0].LongitudinalM, stuck[i].FrontRadar.Tracks[0].LongitudinalM);
            Assert.Equal(clean[i].FrontRadar.AgeUs, stuck[i].FrontRadar.AgeUs);
        }
    }

    [Theory]
    [InlineData(FaultKind.NaN, float.NaN)]
    [InlineData(FaultKind.PositiveInfinity, float.PositiveInfinity)]
    [InlineData(FaultKind.NegativeInfinity, float.NegativeInfinity)]
    public void Non_finite_faults_reach_one_field_of_every_track(FaultKind kind, float expected)
    {
        var clean = Frames(Base());
        var bad = With(FaultInput.FrontRadarWidth, kind, 0.9995f, null, 0f);
        Assert.Equal(expected, bad[150].FrontRadar.Tracks[0].WidthM);
        Assert.Equal(clean[150].FrontRadar.Tracks[0].LongitudinalM, bad[150].FrontRadar.Tracks[0].LongitudinalM);
    }

    [Fact]
    public void A_steering_angle_glitch_shows_in_the_rate_the_sensor_derives_from_it()
    {
        var clean = Frames(Base());
        float glitch = 3f * MathF.PI / 180f;
        var glitched = With(FaultInput.Steering, FaultKind.Offset, 0.9995f, 1.0195f, glitch);
        Assert.Equal(clean[100].Steering.RateRps + glitch / 0.01f, glitched[100].Steering.RateRps, 2);
        Assert.Equal(clean[101].Steering.RateRps, glitched[101].Steering.RateRps, 2);
        Assert.Equal(clean[102].Steering.RateRps - glitch / 0.01f, glitched[102].Steering.RateRps, 2);
        Assert.Equal(clean[103].Steering.RateRps, glitched[103].Steering.RateRps, 2);
    }

    [Fact]
    public void A_brake_switch_that_disagrees_reads_the_opposite_of_the_travel()
    {
        var bad = With(FaultInput.BrakePedal, FaultKind.TrackDisagree, 0.9995f, null, 0f);
        Assert.Equal(0f, bad[150].Pedals.BrakeTravel);
        Assert.True(bad[150].Pedals.BrakeSwitch);
    }
}
