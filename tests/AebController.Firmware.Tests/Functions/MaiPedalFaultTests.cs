using AebController.Firmware.Calibration;
using AebController.Firmware.Functions;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Functions;

/// <summary>
/// An accelerator that faults while MAI suppresses a pedal error: the suppression neither ends nor
/// loosens (the stricter of the two torque limits holds) until one of its own ends comes.
/// </summary>
public sealed class MaiPedalFaultTests
{
    private const long CycleUs = 10_000;
    private readonly MaiCalibration _cal = new();

    private static DriverActivity Pedal(float p) => new() { AccelPedal = p, AccelPressed = p > 0.05f };

    /// <summary>The limit every pair of torque limits must give: the lower one, NaN counting as none allowed.</summary>
    private static float HandStricter(float a, float b)
    {
        if (float.IsNaN(a) || float.IsNaN(b)) return 0f;
        return a <= b ? a : b;
    }

    public static TheoryData<float> Limits()
    {
        var data = new TheoryData<float>();
        for (int i = 0; i <= 20; i++) data.Add(i / 20f);
        data.Add(float.NaN);
        data.Add(float.NegativeInfinity);
        data.Add(float.PositiveInfinity);
        data.Add(-0.1f);
        data.Add(1.1f);
        return data;
    }

    [Theory]
    [MemberData(nameof(Limits))]
    public void The_stricter_limit_is_never_above_either_limit_over_the_whole_range(float a)
    {
        for (int j = -2; j <= 22; j++)
        {
            float b = j / 20f;
            float got = Mai.StricterLimit(a, b);
            Assert.Equal(HandStricter(a, b), got);
            Assert.Equal(got, Mai.StricterLimit(b, a));
            if (!float.IsNaN(a)) Assert.True(got <= a && got <= b);
        }

        Assert.Equal(0f, Mai.StricterLimit(a, float.NaN));
    }

    [Theory]
    [InlineData(MaiState.SuppressingObstacle)]
    [InlineData(MaiState.SuppressingOpen)]
    [InlineData(MaiState.Monitoring)]
    [InlineData(MaiState.Off)]
    [InlineData(MaiState.Degraded)]
    [InlineData(MaiState.DriverConfirmed)]
    public void A_suppression_runs_on_exactly_until_one_of_its_own_ends_over_every_time(MaiState state)
    {
        var mai = new Mai(_cal, CycleUs);
        long obstacleGoneUs = (long)(_cal.ObstacleGoneS * 1e6);
        long obstacleEndUs = (long)(_cal.ObstacleSuppressionS * 1e6);
        long openEndUs = (long)(_cal.OpenSuppressionS * 1e6);
        for (long inState = 0; inState <= 12_000_000; inState += 50_000)
        {
            for (long sinceObstacle = 0; sinceObstacle <= 3_000_000; sinceObstacle += 50_000)
            {
                bool expected = state switch
                {
                    MaiState.SuppressingObstacle => inState < obstacleEndUs && sinceObstacle < obstacleGoneUs,
                    MaiState.SuppressingOpen => inState < openEndUs,
                    _ => false,
                };
                Assert.Equal(expected, mai.SuppressionRunsOn(state, inState, sinceObstacle));
            }
        }
    }

    [Theory]
    [InlineData(0f)]    // a track fault that reads the pedal as released
    [InlineData(1f)]    // or as floored
    public void A_pedal_fault_during_a_suppression_keeps_no_torque_and_the_link_until_the_time_out(float faultedReading)
    {
        var mai = new Mai(_cal, CycleUs);
        long now = 0;
        long enteredUs = -1;
        mai.Step(now, 0f, Gear.Drive, Pedal(0f), 1f, false, false);
        for (int i = 1; i <= 30; i++)
        {
            mai.Step(now += CycleUs, 0f, Gear.Drive, Pedal(i / 30f), 1f, false, false);
            if (enteredUs < 0 && mai.State == MaiState.SuppressingObstacle) enteredUs = now;
        }

        Assert.Equal(MaiState.SuppressingObstacle, mai.State);

        long endUs = enteredUs + (long)(_cal.ObstacleSuppressionS * 1e6);
        while (now + CycleUs < endUs)
        {
            var o = mai.Step(now += CycleUs, 0.3f, Gear.Drive, Pedal(faultedReading), 1f, pedalFaulted: true, degraded: false);
            Assert.Equal(MaiState.SuppressingObstacle, mai.State);
            Assert.True(mai.LinkActive);
            Assert.Equal(MathF.Min(_cal.ObstacleTorqueLimit, _cal.PedalFaultTorqueLimit), o.TorqueLimit);
        }

        var after = mai.Step(now += CycleUs, 0.3f, Gear.Drive, Pedal(faultedReading), 1f, pedalFaulted: true, degraded: false);
        Assert.Equal(MaiState.Degraded, mai.State);
        Assert.Equal(_cal.PedalFaultTorqueLimit, after.TorqueLimit);
    }

    [Fact]
    public void A_pedal_fault_during_a_suppression_ends_it_when_the_obstacle_is_gone()
    {
        var mai = new Mai(_cal, CycleUs);
        long now = 0;
        mai.Step(now, 0f, Gear.Drive, Pedal(0f), 1f, false, false);
        for (int i = 1; i <= 30; i++) mai.Step(now += CycleUs, 0f, Gear.Drive, Pedal(i / 30f), 1f, false, false);
        long lastSeenUs = now;
        long goneUs = (long)(_cal.ObstacleGoneS * 1e6);
        while (now + CycleUs - lastSeenUs < goneUs)
        {
            mai.Step(now += CycleUs, 0.3f, Gear.Drive, Pedal(0f), float.PositiveInfinity, pedalFaulted: true, degraded: false);
            Assert.Equal(MaiState.SuppressingObstacle, mai.State);
        }

        mai.Step(now += CycleUs, 0.3f, Gear.Drive, Pedal(0f), float.PositiveInfinity, pedalFaulted: true, degraded: false);
        Assert.Equal(MaiState.Degraded, mai.State);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_faulted_obstacle_sensor_never_ends_an_obstacle_suppression_its_time_out_still_does(bool sensingFaulted)
    {
        // A floored pedal against a wall 1 m ahead starts the suppression; then the wall reads +∞ (a NaN or
        // dropped-out ultrasonic says nothing). Healthy, +∞ means gone: the suppression ends after obstacleGoneS.
        // Faulted, the silence is the sensor's: the suppression runs on to its own time-out.
        var mai = new Mai(_cal, CycleUs);
        long now = 0;
        long enteredUs = -1;
        mai.Step(now, 0f, Gear.Drive, Pedal(0f), 1f, false, false);
        for (int i = 1; i <= 30; i++)
        {
            mai.Step(now += CycleUs, 0f, Gear.Drive, Pedal(i / 30f), 1f, false, false);
            if (enteredUs < 0 && mai.State == MaiState.SuppressingObstacle) enteredUs = now;
        }

        Assert.Equal(MaiState.SuppressingObstacle, mai.State);
        long lastSeenUs = now;
        long goneEndUs = lastSeenUs + (long)(_cal.ObstacleGoneS * 1e6);
        long timeOutUs = enteredUs + (long)(_cal.ObstacleSuppressionS * 1e6);
        long endUs = sensingFaulted ? timeOutUs : goneEndUs;
        while (now + CycleUs < endUs)
        {
            var o = mai.Step(now += CycleUs, 0.3f, Gear.Drive, Pedal(1f), float.PositiveInfinity, false, false, obstacleSensingFaulted: sensingFaulted);
            Assert.Equal(MaiState.SuppressingObstacle, mai.State);
            Assert.Equal(_cal.ObstacleTorqueLimit, o.TorqueLimit);
        }

        mai.Step(now += CycleUs, 0.3f, Gear.Drive, Pedal(1f), float.PositiveInfinity, false, false, obstacleSensingFaulted: sensingFaulted);
        Assert.NotEqual(MaiState.SuppressingObstacle, mai.State);
    }

    [Fact]
    public void A_faulted_obstacle_sensor_starts_no_suppression()
    {
        // No obstacle was ever seen: a faulted sensor does not invent one.
        var mai = new Mai(_cal, CycleUs);
        long now = 0;
        mai.Step(now, 0f, Gear.Drive, Pedal(0f), float.PositiveInfinity, false, false, obstacleSensingFaulted: true);
        for (int i = 1; i <= 30; i++) mai.Step(now += CycleUs, 0f, Gear.Drive, Pedal(i / 30f), float.PositiveInfinity, false, false, obstacleSensingFaulted: true);
        Assert.NotEqual(MaiState.SuppressingObstacle, mai.State);
    }
}
