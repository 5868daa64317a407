using AebController.Firmware.Calibration;
using AebController.Firmware.Functions;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Functions;

/// <summary>
/// MAI's table (<see cref="MaiTable"/>) is the whole of its behaviour: driven through every state under every event
/// (accelerator at rest, light, deep slow and deep fast presses, a slam; obstacles none, near, far, near and driving
/// away; every gear; standstill, crawl and above MAI's speed; pedal and input faults; AEB braking; time jumps past every
/// timer), every change of state it makes in a cycle is a chain of rows of the table that only the last row may end,
/// every state is visited, and every row's move is seen.
/// </summary>
public class MaiTableCoverageTests
{
    private static readonly float[] Pedals = [0f, 0.02f, 0.3f, 0.6f, 0.95f];
    private static readonly float[] ObstaclesM = [float.PositiveInfinity, 0.8f, 3f, 8f];
    private static readonly Gear[] Gears = [Gear.Park, Gear.Drive, Gear.Reverse, Gear.Neutral];
    private static readonly float[] SpeedsMps = [0f, 1f, 6f];
    private static readonly long[] StepsUs = [10_000, 10_000, 10_000, 10_000, 500_000, 3_000_000];

    /// <summary>Whether <paramref name="to"/> follows from <paramref name="from"/> by at most MaxChain rows, only the last ending the chain.</summary>
    private static bool Explained(MaiState from, MaiState to, int depth = MaiTable.MaxChain)
    {
        if (depth == 0) return false;
        foreach (var row in MaiTable.Transitions)
        {
            if (row.From != from) continue;
            if (row.To == to) return true;
            if (!MaiTable.EndsChain(row.From, row.To) && Explained(row.To, to, depth - 1)) return true;
        }

        return false;
    }

    [Fact]
    public void Every_change_of_state_is_a_chain_of_table_rows_and_every_state_and_row_is_seen()
    {
        var mai = new Mai(new MaiCalibration(), AebCalibration.Default.CyclePeriodUs);
        var random = new Random(20261126);
        var seenStates = new HashSet<MaiState>();
        var seenMoves = new HashSet<(MaiState, MaiState)>();
        long nowUs = 0;
        float pedal = 0f;
        for (int i = 0; i < 200_000; i++)
        {
            // Mostly hold the last pedal so presses last long enough to be deep, slow or fast.
            if (random.Next(4) == 0) pedal = Pedals[random.Next(Pedals.Length)];
            var gear = random.Next(20) == 0 ? Gears[random.Next(Gears.Length)] : (i / 5000 % 2 == 0 ? Gear.Drive : Gear.Reverse);
            float speed = random.Next(10) == 0 ? SpeedsMps[random.Next(SpeedsMps.Length)] : 0f;
            var driver = new DriverActivity { AccelPedal = pedal, AccelPressed = pedal > 0.05f };
            MaiState before = mai.State;
            mai.Step(nowUs, speed, gear, driver, ObstaclesM[random.Next(ObstaclesM.Length)], pedalFaulted: random.Next(50) == 0,
                degraded: random.Next(50) == 0, gapOpeningMps: random.Next(5) == 0 ? 2f : 0f,
                obstacleSensingFaulted: random.Next(30) == 0, interventionBraking: random.Next(5) == 0);
            MaiState after = mai.State;
            seenStates.Add(after);
            if (after != before)
            {
                Assert.True(Explained(before, after), $"{before} -> {after} in one cycle is not in MaiTable");
                seenMoves.Add((before, after));
            }

            nowUs += StepsUs[random.Next(StepsUs.Length)];
        }

        foreach (var state in Enum.GetValues<MaiState>()) Assert.Contains(state, seenStates);
        foreach (var row in MaiTable.Transitions)
        {
            Assert.True(seenMoves.Contains((row.From, row.To)) || ChainStartsWith(row, seenMoves), $"row {row.From} -> {row.To} ({row.Guard}) never taken");
        }
    }

    /// <summary>A row that never ends a cycle's chain shows as the first link of an observed longer move.</summary>
    private static bool ChainStartsWith(Transition<MaiState, MaiGuard> row, HashSet<(MaiState, MaiState)> seen) =>
        !MaiTable.EndsChain(row.From, row.To) && seen.Any(m => m.Item1 == row.From && Explained(row.To, m.Item2, MaiTable.MaxChain - 1));

    [Fact]
    public void Every_state_is_reachable_has_a_way_out_and_no_state_has_two_rows_with_the_same_guard()
    {
        var rows = MaiTable.Transitions.ToArray();
        foreach (var state in Enum.GetValues<MaiState>())
        {
            Assert.Contains(rows, r => r.From == state);
            if (state != MaiState.Off) Assert.Contains(rows, r => r.To == state);
        }

        Assert.Equal(rows.Length, rows.Select(r => (r.From, r.Guard)).Distinct().Count());
    }

    [Fact]
    public void A_suppression_that_ends_is_judged_afresh_next_cycle_and_a_start_up_chains_on()
    {
        Assert.True(MaiTable.EndsChain(MaiState.SuppressingObstacle, MaiState.Monitoring));
        Assert.True(MaiTable.EndsChain(MaiState.DriverConfirmed, MaiState.Monitoring));
        Assert.False(MaiTable.EndsChain(MaiState.Off, MaiState.Monitoring));
        Assert.False(MaiTable.EndsChain(MaiState.Degraded, MaiState.Monitoring));
        Assert.False(MaiTable.EndsChain(MaiState.Monitoring, MaiState.SuppressingObstacle));
        Assert.True(MaiTable.EndsChain(MaiState.Monitoring, MaiState.DriverConfirmed));
    }
}
