using System.Collections.Concurrent;
using System.Diagnostics;
using AebController.Emulation.Profiles;
using AebController.Firmware.Calibration;
using AebController.Scenarios.Exploration.Spaces;
using AebController.Scenarios.Running;
using AebController.Scenarios.Storage;

namespace AebController.Scenarios.Exploration.Search;

/// <summary>
/// Runs a campaign's blocks on a pool of workers, each keeping one <see cref="ScenarioRunner"/> (its
/// cycle buffer) for every block it takes, and streams finished blocks to the store from one writer.
/// Memory stays flat: at most a bounded queue of blocks is in flight, whatever the budget.
/// </summary>
public static class CampaignRunner
{
    private const int QueueBlocks = 256;
    private const int BatchBlocks = 64;

    /// <summary>Runs every block of the plan's shard not yet in the store. Returns the runs made now and their wall time.</summary>
    public static (long Runs, TimeSpan Elapsed) Run(ScenarioSpace space, ulong seed, CampaignPlan plan, int jobs, AebCalibration calibration, WorldProfile world,
        CampaignStore store, Action<long, long>? progress = null, CancellationToken cancel = default)
    {
        var complete = store.CompleteBlocks(plan.SlotsOf);
        var todo = plan.OwnBlocks().Where(b => !complete.Contains(b)).ToArray();
        long totalSlots = todo.Sum(b => (long)plan.SlotsOf(b));
        var queue = new BlockingCollection<RunRecord[]>(QueueBlocks);
        var clock = Stopwatch.StartNew();
        Exception? failure = null;
        var producer = Task.Run(() =>
        {
            try
            {
                if (todo.Length == 0) return; // resumed a finished campaign (or a merged one): nothing left to run
                Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, todo.Length, 1),
                    new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancel },
                    () => new BlockRunner(space, seed, new ScenarioRunner(calibration, null, world)),
                    (range, _, worker) =>
                    {
                        for (int i = range.Item1; i < range.Item2; i++)
                        {
                            if (cancel.IsCancellationRequested) break;
                            long block = todo[i];
                            queue.Add(worker.Run(block, plan.SlotsOf(block)));
                        }

                        return worker;
                    },
                    _ => { });
            }
            catch (OperationCanceledException)
            {
            }
            catch (Exception ex)
            {
                failure = ex;
            }
            finally
            {
                queue.CompleteAdding();
            }
        });

        long runs = 0, slotsDone = 0;
        var batch = new List<RunRecord[]>(BatchBlocks);
        var lastFlush = Stopwatch.StartNew();
        foreach (var block in queue.GetConsumingEnumerable())
        {
            batch.Add(block);
            slotsDone += block.Length;
            foreach (var r in block) if (r.Valid) runs++;
            if (batch.Count >= BatchBlocks || lastFlush.ElapsedMilliseconds > 1000)
            {
                store.Append(batch);
                batch.Clear();
                lastFlush.Restart();
                progress?.Invoke(slotsDone, totalSlots);
            }
        }

        if (batch.Count > 0) store.Append(batch);
        progress?.Invoke(slotsDone, totalSlots);
        producer.Wait();
        if (failure is not null) throw new InvalidOperationException($"a campaign worker failed: {failure.Message}", failure);
        return (runs, clock.Elapsed);
    }
}
