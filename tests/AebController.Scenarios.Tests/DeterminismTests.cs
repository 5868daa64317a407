using AebController.Firmware.Calibration;
using AebController.Firmware.Runtime;
using AebController.Firmware.Signals;
using AebController.Scenarios.Catalog;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests;

/// <summary>Same inputs, same outputs, bit for bit: rerunning a scenario, and replaying its recorded frames.</summary>
public class DeterminismTests
{
    private static (List<ActuatorCommand> Commands, List<SensorFrame> Frames) Record(string name)
    {
        ScenarioCatalog.Builtin.TryGet(name, out var scenario);
        var commands = new List<ActuatorCommand>();
        var frames = new List<SensorFrame>();
        new ScenarioRunner().Run(scenario!, (frame, command) =>
        {
            var copy = new SensorFrame();
            copy.CopyFrom(frame);
            frames.Add(copy);
            commands.Add(command);
        });
        return (commands, frames);
    }

    [Theory]
    [InlineData("ccrb-12m-6")]
    [InlineData("ccrs-65")]
    [InlineData("brake-assist")]
    public void The_same_scenario_run_twice_gives_bit_identical_commands(string name)
    {
        var first = Record(name);
        var second = Record(name);
        Assert.Equal(first.Commands.Count, second.Commands.Count);
        for (int i = 0; i < first.Commands.Count; i++)
        {
            Assert.Equal(CommandBits.Describe(first.Commands[i]), CommandBits.Describe(second.Commands[i]));
        }
    }

    [Theory]
    [InlineData("ccrb-12m-6")]
    [InlineData("override-kickdown")]
    public void Recorded_frames_replayed_through_a_fresh_firmware_give_bit_identical_commands(string name)
    {
        var (commands, frames) = Record(name);
        var firmware = new AebFirmware(AebCalibration.Default);
        int braking = 0;
        for (int i = 0; i < frames.Count; i++)
        {
            var replayed = firmware.Step(frames[i]);
            Assert.Equal(CommandBits.Describe(commands[i]), CommandBits.Describe(replayed));
            if (replayed.BrakeDecelRequestMps2 > 0f) braking++;
        }

        // The replay must cover real interventions, not an idle run.
        Assert.True(name == "override-kickdown" || braking > 50);
    }
}
