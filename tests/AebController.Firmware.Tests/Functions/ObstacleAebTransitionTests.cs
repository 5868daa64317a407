using AebController.Firmware.Calibration;
using AebController.Firmware.Functions;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Functions;

/// <summary>Every transition of the obstacle braking state machine (reverse AEB, L-AEB, R-AEB).</summary>
public class ObstacleAebTransitionTests
{
    private const long CycleUs = 10_000;
    private readonly ObstacleAebCalibration _cal = ObstacleAebCalibration.LowSpeed;
    private readonly ObstacleAeb _aeb;
    private long _now;
    private DriverActivity _driver;

    public ObstacleAebTransitionTests()
    {
        _aeb = new ObstacleAeb(_cal, Gear.Reverse, 0.01f, 10f);
    }

    private static ThreatAssessment Wall(float rangeM, float speedMps) => new()
    {
        HasTarget = true, RangeM = rangeM, ClosingSpeedMps = speedMps, TargetSpeedMps = 0f,
        TtcS = rangeM / MathF.Max(speedMps, 0.01f),
    };

    private FunctionOutput Step(float speedMps, in ThreatAssessment threat, Gear gear = Gear.Reverse, bool degraded = false, bool mai = false)
    {
        var output = _aeb.Step(_now, speedMps, gear, threat, _driver, degraded, mai);
        _now += CycleUs;
        _driver.KickDownRisingEdge = false;
        _driver.EvasiveSteeringRisingEdge = false;
        _driver.AccelRisingEdge = false;
        return output;
    }

    [Fact]
    public void Off_in_the_wrong_gear_or_too_fast_and_standby_when_armed()
    {
        Step(1f, Wall(0.6f, 1f), Gear.Drive);
        Assert.Equal(ObstacleAebState.Off, _aeb.State);
        Step(5f, Wall(0.6f, 5f));
        Assert.Equal(ObstacleAebState.Off, _aeb.State);
        Step(1f, ThreatAssessment.None);
        Assert.Equal(ObstacleAebState.Standby, _aeb.State);
    }

    [Fact]
    public void Standby_to_warning_to_braking_as_the_need_grows()
    {
        Step(1.5f, ThreatAssessment.None);
        // 1.5 m/s, obstacle 2.0 m: needs about 0.9 m/s² with the margin → nothing yet.
        Step(1.5f, Wall(2.0f, 1.5f));
        Assert.Equal(ObstacleAebState.Standby, _aeb.State);
        // 1.5 m away: about 1.6 m/s² → warning after the persistence count.
        Step(1.5f, Wall(1.5f, 1.5f));
        Step(1.5f, Wall(1.5f, 1.5f));
        Assert.Equal(ObstacleAebState.Warning, _aeb.State);
        // 1.1 m away: about 3 m/s² → braking.
        Step(1.5f, Wall(1.1f, 1.5f));
        var output = Step(1.5f, Wall(1.1f, 1.5f));
        Assert.Equal(ObstacleAebState.Braking, _aeb.State);
        Assert.InRange(output.BrakeDecelMps2, _cal.MinBrakeDecelMps2, _cal.MaxBrakeDecelMps2);
        Assert.Equal(0f, output.TorqueLimit);
    }

    [Fact]
    public void Braking_to_standstill_hold_then_release_after_the_hold_time()
    {
        Step(1.5f, Wall(0.9f, 1.5f));
        Step(1.5f, Wall(0.9f, 1.5f));
        Assert.Equal(ObstacleAebState.Braking, _aeb.State);
        Step(0f, Wall(0.7f, 0f));
        Assert.Equal(ObstacleAebState.StandstillHold, _aeb.State);
        for (int i = 0; i < 199; i++) Step(0f, Wall(0.7f, 0f));
        Assert.Equal(ObstacleAebState.StandstillHold, _aeb.State);
        Assert.True(Step(0f, Wall(0.7f, 0f)).BrakeDecelMps2 > 0f);
        for (int i = 0; i < 100 && _aeb.State != ObstacleAebState.Standby; i++) Step(0f, Wall(0.7f, 0f));
        Assert.Equal(ObstacleAebState.Standby, _aeb.State);
    }

    [Fact]
    public void Hold_is_released_by_an_accelerator_press_unless_mai_suspects_the_wrong_pedal()
    {
        Step(1.5f, Wall(0.9f, 1.5f));
        Step(1.5f, Wall(0.9f, 1.5f));
        Step(0f, Wall(0.7f, 0f));
        _driver.AccelRisingEdge = true;
        Step(0f, Wall(0.7f, 0f), mai: true);
        Assert.Equal(ObstacleAebState.StandstillHold, _aeb.State);
        _driver.AccelRisingEdge = true;
        Step(0f, Wall(0.7f, 0f));
        Assert.Equal(ObstacleAebState.Release, _aeb.State);
    }

    [Fact]
    public void Braking_releases_when_the_obstacle_stops_closing()
    {
        Step(1.5f, Wall(0.9f, 1.5f));
        Step(1.5f, Wall(0.9f, 1.5f));
        for (int i = 0; i < 19; i++) Step(1.0f, ThreatAssessment.None);
        Assert.Equal(ObstacleAebState.Braking, _aeb.State);
        Step(1.0f, ThreatAssessment.None);
        Assert.Equal(ObstacleAebState.Release, _aeb.State);
    }

    [Fact]
    public void Evasive_steering_overrides_braking_but_a_suspected_pedal_error_cannot()
    {
        Step(1.5f, Wall(0.9f, 1.5f));
        Step(1.5f, Wall(0.9f, 1.5f));
        _driver.KickDown = true;
        _driver.KickDownRisingEdge = true;
        Step(1.5f, Wall(0.8f, 1.5f), mai: true);
        Assert.Equal(ObstacleAebState.Braking, _aeb.State);
        _driver.EvasiveSteeringRisingEdge = true;
        var before = Step(1.5f, Wall(0.8f, 1.5f), mai: true).BrakeDecelMps2;
        _driver.EvasiveSteeringRisingEdge = true;
        var output = Step(1.5f, Wall(0.8f, 1.5f), mai: true);
        Assert.Equal(ObstacleAebState.Overridden, _aeb.State);
        // Never dropped in one cycle: ramped out at 20 m/s³ (0.2 m/s² per 10 ms cycle).
        Assert.Equal(MathF.Max(0f, before - 0.2f), output.BrakeDecelMps2, 3);
        for (int i = 0; i < 100; i++) output = Step(1.5f, Wall(0.8f, 1.5f));
        Assert.Equal(0f, output.BrakeDecelMps2);
    }

    [Fact]
    public void The_warning_holds_through_a_short_quiet_spell_and_ends_after_its_hold_time()
    {
        // A need of 1.2–2.5 m/s² warns without braking. 1.2 m/s at 1.1 m: gap after latency 0.8 m, d = 0.3 m, need = 1.44 / 0.6 = 2.4 m/s²: a warning, no braking.
        for (int i = 0; i < 5; i++) Step(1.2f, Wall(1.1f, 1.2f));
        Assert.Equal(ObstacleAebState.Warning, _aeb.State);
        // 0.4 s without the threat (hold 0.5 s = 50 cycles): still warning.
        for (int i = 0; i < 40; i++) Step(0.3f, ThreatAssessment.None);
        Assert.Equal(ObstacleAebState.Warning, _aeb.State);
        for (int i = 0; i < 10; i++) Step(0.3f, ThreatAssessment.None);
        Assert.Equal(ObstacleAebState.Standby, _aeb.State);
    }

    [Fact]
    public void The_mai_linkage_brakes_earlier_with_a_larger_margin()
    {
        var plain = new ObstacleAeb(_cal, Gear.Reverse, 0.01f, 10f);
        var linked = new ObstacleAeb(_cal, Gear.Reverse, 0.01f, 10f);
        var threat = Wall(1.6f, 1.5f);
        for (int i = 0; i < 3; i++)
        {
            plain.Step(i * CycleUs, 1.5f, Gear.Reverse, threat, default, false, false);
            linked.Step(i * CycleUs, 1.5f, Gear.Reverse, threat, default, false, true);
        }

        Assert.NotEqual(ObstacleAebState.Braking, plain.State);
        Assert.Equal(ObstacleAebState.Braking, linked.State);
        Assert.True(linked.RequiredDecelMps2 > plain.RequiredDecelMps2);
    }

    [Fact]
    public void Degraded_never_brakes_and_ramps_out_an_ongoing_brake()
    {
        Step(1.5f, Wall(0.9f, 1.5f));
        var braking = Step(1.5f, Wall(0.9f, 1.5f));
        // A fault shorter than the grace (0.2 s = 20 cycles) holds the brake; then the safe state.
        for (int i = 0; i < 20; i++) Assert.Equal(braking.BrakeDecelMps2, Step(1.5f, Wall(0.9f, 1.5f), degraded: true).BrakeDecelMps2);
        Assert.Equal(ObstacleAebState.Braking, _aeb.State);
        var first = Step(1.5f, Wall(0.9f, 1.5f), degraded: true);
        Assert.Equal(ObstacleAebState.Degraded, _aeb.State);
        Assert.True(first.BrakeDecelMps2 < braking.BrakeDecelMps2);
        FunctionOutput last = first;
        for (int i = 0; i < 100; i++) last = Step(1.5f, Wall(0.5f, 1.5f), degraded: true);
        Assert.Equal(0f, last.BrakeDecelMps2);
        Assert.Equal(WarningOutputs.None, last.Warnings);
    }
}
