namespace AebController.Scenarios.Tests;

/// <summary>
/// Bytes a deterministic piece of work allocates on the calling thread, measured with
/// <see cref="GC.GetAllocatedBytesForCurrentThread"/>. That counter over-reports now and then by a
/// few KB with nothing allocated (our CI: 6,808 B once in a 890-cycle window that allocated 0 B in
/// every other run of the same case; the runtime's own test of the counter fails the same way about
/// once a week, dotnet/runtime#63487 and #74388). The loop is deterministic, so an allocation of
/// ours happens again when the same work is repeated from the same start; a miscount does not.
/// The work is therefore repeated from a fresh start while it reports bytes, up to
/// <c>attempts</c> times, and the smallest count is returned: 0 only if some attempt allocated nothing.
/// </summary>
internal static class DeterministicAllocation
{
    /// <param name="prepare">Builds a fresh start (untimed) and returns the work to measure.</param>
    /// <param name="attempts">How many fresh starts at most.</param>
    /// <param name="first">The count of the first attempt, to report miscounts.</param>
    public static long MinBytes(Func<Action> prepare, int attempts, out long first)
    {
        first = -1;
        long min = long.MaxValue;
        for (int attempt = 0; attempt < attempts && min != 0; attempt++)
        {
            var work = prepare();
            long before = GC.GetAllocatedBytesForCurrentThread();
            work();
            long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            if (attempt == 0) first = bytes;
            min = Math.Min(min, bytes);
        }

        return min;
    }
}
