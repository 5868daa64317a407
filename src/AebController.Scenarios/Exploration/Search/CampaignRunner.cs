using System.Collections.Concurrent;
using System.Diagnostics;
using AebController.Emulation.Profiles;
using AebController.Firmware.Calibration;
using AebController.Scenarios.Exploration.Spaces;
using AebController.Scenarios.Model;
using AebController.Scenarios.Running;
using AebController.Scenarios.Storage;

namespace AebController.Scenarios.Exploration.Search;

/// <summary>
/// Runs a campaign's blocks on dedicated worker threads, each keeping one <see cref="ScenarioRunner"/>
/// (its cycle buffer), and streams finished blocks to the store from one writer. Memory stays flat: at
/// most a bounded queue of blocks is in flight, whatever the budget.
/// <para>
/// A watchdog bounds every run in wall-clock time. Simulated time is bounded by the scenario's duration
/// (at most 600 s, validated), but a hang inside one control cycle never reaches that bound: a worker
/// whose run exceeds <c>runBound</c> is abandoned (a thread cannot be stopped; it is a background thread),
/// the run is recorded with the verdict "timeout", and a fresh worker runs its block again, answering
/// the timed-out run with that verdict. A hang costs one core until the process ends, never the campaign.
/// </para>
/// </summary>
public static class CampaignRunner
{
    /// <summary>Default wall-clock bound per run: runs take milliseconds; a minute is a hang even on a loaded machine.</summary>
    public static readonly TimeSpan DefaultRunBound = TimeSpan.FromSeconds(60);

    private const int QueueBlocks = 256;
    private const int BatchBlocks = 64;
    private const int Running = 0, Delivering = 1, Abandoned = 2;

    /// <summary>Runs every block of the plan's shard not yet in the store.</summary>
    /// <param name="runOverride">Tests only: replaces the closed-loop run (e.g. with one that hangs).</param>
    public static CampaignRunResult Run(ScenarioSpace space, ulong seed, CampaignPlan plan, int jobs, AebCalibration calibration, WorldProfile world,
        CampaignStore store, Action<long, long>? progress = null, CancellationToken cancel = default, TimeSpan? runBound = null,
        Func<ScenarioRunner, Func<ScenarioDefinition, ScenarioResult>>? runOverride = null)
    {
        var complete = store.CompleteBlocks(plan.SlotsOf);
        var todo = plan.OwnBlocks().Where(b => !complete.Contains(b)).ToArray();
        long totalSlots = todo.Sum(b => (long)plan.SlotsOf(b));
        var queue = new BlockingCollection<RunRecord[]>(QueueBlocks);
        var pending = new ConcurrentQueue<long>(todo);
        var timedOut = new ConcurrentDictionary<long, byte>();
        var bound = runBound ?? DefaultRunBound;
        var workers = new List<Worker>();
        var clock = Stopwatch.StartNew();
        Exception? failure = null;
        int live = 0;
        bool finished = false;

        void Retire(Worker w)
        {
            if (Interlocked.Exchange(ref w.Counted, 0) == 1 && Interlocked.Decrement(ref live) == 0) queue.CompleteAdding();
        }

        void Start()
        {
            var w = new Worker { Watch = new RunWatch(timedOut, bound), Counted = 1 };
            Interlocked.Increment(ref live);
            lock (workers) workers.Add(w);
            w.Thread = new Thread(() =>
            {
                try
                {
                    var runner = new ScenarioRunner(calibration, null, world);
                    var blocks = new BlockRunner(space, seed, runner, w.Watch, runOverride?.Invoke(runner));
                    while (!cancel.IsCancellationRequested && pending.TryDequeue(out long block))
                    {
                        Volatile.Write(ref w.Block, block);
                        var records = blocks.Run(block, plan.SlotsOf(block));
                        if (Interlocked.CompareExchange(ref w.State, Delivering, Running) != Running) return; // abandoned: its block went to another worker
                        queue.Add(records);
                        Volatile.Write(ref w.State, Running);
                    }
                }
                catch (Exception ex)
                {
                    failure ??= ex;
                }
                finally
                {
                    Retire(w);
                }
            }) { IsBackground = true, Name = "campaign worker" };
            w.Thread.Start();
        }

        if (todo.Length == 0) queue.CompleteAdding(); // resumed a finished campaign (or a merged one): nothing left to run
        else for (int i = 0; i < Math.Min(jobs, todo.Length); i++) Start();

        var watchdog = new Thread(() =>
        {
            while (!Volatile.Read(ref finished))
            {
                Thread.Sleep(200);
                Worker[] snapshot;
                lock (workers) snapshot = workers.ToArray();
                foreach (var w in snapshot)
                {
                    if (Volatile.Read(ref w.State) != Running || w.Watch.DeclareOverdue() is null) continue;
                    if (Interlocked.CompareExchange(ref w.State, Abandoned, Running) != Running) continue;
                    pending.Enqueue(Volatile.Read(ref w.Block));
                    Start();
                    Retire(w);
                }
            }
        }) { IsBackground = true, Name = "campaign watchdog" };
        watchdog.Start();

        long runs = 0, slotsDone = 0;
        var batch = new List<RunRecord[]>(BatchBlocks);
        var lastFlush = Stopwatch.StartNew();
        void Flush()
        {
            if (batch.Count > 0) store.Append(batch);
            batch.Clear();
            lastFlush.Restart();
            progress?.Invoke(slotsDone, totalSlots);
        }

        try
        {
            while (!queue.IsCompleted)
            {
                // A timed take: the store is written at least every second even while blocks arrive slowly.
                if (queue.TryTake(out var block, 1000))
                {
                    batch.Add(block);
                    slotsDone += block.Length;
                    foreach (var r in block) if (r.Valid) runs++;
                }

                if (batch.Count >= BatchBlocks || (batch.Count > 0 && lastFlush.ElapsedMilliseconds > 1000)) Flush();
            }

            Flush();
        }
        finally
        {
            Volatile.Write(ref finished, true);
        }

        if (failure is not null) throw new InvalidOperationException($"a campaign worker failed: {failure.Message}", failure);
        return new CampaignRunResult(runs, clock.Elapsed, timedOut.Keys.Order().ToArray());
    }

    private sealed class Worker
    {
        public Thread? Thread;
        public required RunWatch Watch;
        public long Block;
        public int State;
        public int Counted;
    }
}
