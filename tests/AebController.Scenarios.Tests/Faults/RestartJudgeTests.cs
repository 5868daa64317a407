using AebController.Firmware.Signals;
using AebController.Scenarios.Faults;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests.Faults;

/// <summary>
/// The judge's restart rule (<see cref="OutcomeClassifier.RestartForgetsSuppression"/>): after a controller restart the
/// fault-free run's MAI suppression is not owed (a press held across a restart is the driver's, issue 9), as long as the
/// restarted car truly comes to rest short of the obstacle by the stop gap without contact. Traces by hand: a car at
/// 0.5 m/s toward a wall, the fault-free run braking at 3 m/s² under a suppression (the low-speed AEB linked to it); the restarted one (restart at cycle
/// 10) lets go, speeds up at 2 m/s² for 0.2 s and then brakes at 9.8 m/s² (the low-speed AEB's own braking).
/// </summary>
public class RestartJudgeTests
{
    private const float Cycle = 0.01f;
    private const int RestartAt = 10;

    private static (CycleRecord[] Trace, RunFacts End) Drive(float gapM, bool restarted, MaiState mai)
    {
        var trace = new CycleRecord[150];
        float speedMps = 0.5f;
        bool contact = false;
        for (int i = 0; i < trace.Length; i++)
        {
            float request = 3f, accel = -3f;
            if (restarted && i >= RestartAt)
            {
                bool free = i < RestartAt + 20;
                request = free ? 0f : 9.8f;
                accel = free ? 2f : -9.8f;
            }

            trace[i] = new CycleRecord
            {
                TimeS = i * Cycle, EgoSpeedKph = speedMps * 3.6f, PathGapM = gapM, BrakeRequestMps2 = request,
                MaiState = restarted && i >= RestartAt ? MaiState.Monitoring : mai, TorqueLimit = 1f,
            };
            gapM -= speedMps * Cycle;
            speedMps = MathF.Max(0f, speedMps + accel * Cycle);
            if (gapM <= 0f)
            {
                contact = true;
                gapM = 0f;
                speedMps = 0f;
            }
        }

        return (trace, new RunFacts(contact, 0f));
    }

    private static bool Released(float gapM, bool restart, MaiState baselineMai)
    {
        var (b, bEnd) = Drive(gapM, restarted: false, baselineMai);
        var (f, fEnd) = Drive(gapM, restarted: true, baselineMai);
        var v = OutcomeClassifier.Classify(b, bEnd, f, fEnd, RestartAt, float.PositiveInfinity, null, Cycle, restart: restart);
        return (v.Outcome & FaultOutcome.UnintendedRelease) != 0;
    }

    [Fact]
    public void A_restart_owes_no_suppression_when_the_car_still_stops_short()
    {
        // By hand: 0.037 m slowing from 0.5 to 0.2 m/s before the restart, 0.08 m speeding up to 0.6 m/s, 0.018 m braking
        // from it: about 0.14 m of the 0.98 m.
        Assert.False(Released(0.98f, restart: true, MaiState.SuppressingObstacle));
        Assert.False(Released(0.98f, restart: true, MaiState.SuppressingOpen));
    }

    [Fact]
    public void The_same_drop_from_any_other_fault_is_a_release()
    {
        Assert.True(Released(0.98f, restart: false, MaiState.SuppressingObstacle));
    }

    [Fact]
    public void Braking_owed_outside_a_suppression_is_still_owed_after_a_restart()
    {
        Assert.True(Released(0.98f, restart: true, MaiState.Monitoring));
        Assert.True(Released(0.98f, restart: true, MaiState.DriverConfirmed));
    }

    [Theory]
    // The restarted car covers about 0.14 m: from 0.3 m it rests about 0.16 m short (inside the 0.2 m gap), from 0.1 m it hits.
    [InlineData(0.3f)]
    [InlineData(0.1f)]
    public void A_restarted_car_that_stops_inside_the_gap_or_hits_has_released(float gapM)
    {
        Assert.True(Released(gapM, restart: true, MaiState.SuppressingObstacle));
    }

    [Fact]
    public void Only_the_two_suppressing_states_are_forgotten()
    {
        foreach (var state in Enum.GetValues<MaiState>())
        {
            bool expected = state is MaiState.SuppressingObstacle or MaiState.SuppressingOpen;
            Assert.Equal(expected, OutcomeClassifier.RestartForgetsSuppression(new CycleRecord { MaiState = state }));
        }
    }
}
