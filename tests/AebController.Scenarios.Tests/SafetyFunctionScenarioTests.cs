using AebController.Firmware.Signals;
using AebController.Scenarios.Catalog;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests;

/// <summary>Reverse AEB, low-speed AEB, MAI and input monitoring closed loop: every catalog case of those suites.</summary>
public class SafetyFunctionScenarioTests
{
    // A runner reuses its cycle buffer, so each test thread gets its own.
    [ThreadStatic]
    private static ScenarioRunner? t_runner;

    private static ScenarioRunner Runner => t_runner ??= new ScenarioRunner();

    public static TheoryData<string> Cases(string tag)
    {
        var data = new TheoryData<string>();
        foreach (var s in ScenarioCatalog.Builtin.WithTag(tag)) data.Add(s.Name);
        return data;
    }

    private static ScenarioResult Run(string name)
    {
        ScenarioCatalog.Builtin.TryGet(name, out var scenario);
        var r = Runner.Run(scenario!);
        Assert.True(r.Passed, $"{name}: {string.Join("; ", r.Failures)}");
        return r;
    }

    [Theory]
    [MemberData(nameof(Cases), "low-speed-forward")]
    public void Every_obstacle_class_ahead_is_stopped_short_of(string name)
    {
        var r = Run(name);
        Assert.False(r.Collided);
        Assert.InRange(r.StopGapM!.Value, 0.2f, 2.5f);
        Assert.Contains(r.Trace, c => (c.BrakeReasons & (FunctionFlags.LowSpeedForward | FunctionFlags.ForwardAeb)) != 0);
        Assert.Contains(r.Trace, c => c.LowSpeedForwardState == ObstacleAebState.StandstillHold || c.ForwardState == ForwardAebState.StandstillHold);
    }

    [Theory]
    [MemberData(nameof(Cases), "low-speed-rear")]
    public void Every_obstacle_class_behind_is_stopped_short_of(string name)
    {
        var r = Run(name);
        Assert.False(r.Collided);
        Assert.InRange(r.StopGapM!.Value, 0.2f, 2.5f);
        Assert.Contains(r.Trace, c => (c.BrakeReasons & (FunctionFlags.LowSpeedRear | FunctionFlags.ReverseAeb)) != 0);
        Assert.DoesNotContain(r.Trace, c => (c.BrakeReasons & FunctionFlags.ForwardAeb) != 0);
    }

    [Theory]
    [MemberData(nameof(Cases), "reverse")]
    public void Reverse_aeb_avoids_what_is_behind(string name)
    {
        var r = Run(name);
        Assert.False(r.Collided);
        Assert.Contains(r.Trace, c => (c.BrakeReasons & (FunctionFlags.ReverseAeb | FunctionFlags.LowSpeedRear)) != 0);
    }

    [Theory]
    [MemberData(nameof(Cases), "mai-pedal-error")]
    public void Every_pedal_error_case_meets_its_criterion(string name)
    {
        var r = Run(name);
        Assert.False(r.Collided);
        Assert.True(r.TorqueLimitedS > 0f);
        Assert.Contains(r.Trace, c => (c.TorqueReasons & FunctionFlags.Mai) != 0);
    }

    [Theory]
    [MemberData(nameof(Cases), "mai-deliberate")]
    public void No_deliberate_acceleration_is_suppressed(string name)
    {
        var r = Run(name);
        Assert.Equal(0f, r.TorqueLimitedS);
        Assert.DoesNotContain(r.Trace, c => c.MaiState is MaiState.SuppressingObstacle or MaiState.SuppressingOpen);
    }

    [Theory]
    [MemberData(nameof(Cases), "faults")]
    public void Every_injected_fault_is_detected_reported_and_causes_no_braking(string name)
    {
        var r = Run(name);
        Assert.NotEqual(DiagnosticCode.None, r.Diagnostics);
        Assert.True(r.Trace[^1].Diagnostics != DiagnosticCode.None);
        if (name != "fault-brake-actuator-weak")
        {
            Assert.Null(r.FirstBrakeS);
            Assert.All(r.FaultDetectionCycles, c => Assert.NotNull(c));
        }
    }
}
