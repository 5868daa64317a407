namespace AebController.Scenarios.Exploration.Search;

/// <summary>What one campaign process ran: runs made now, wall time, and the runs the watchdog declared hung.</summary>
public sealed record CampaignRunResult(long Runs, TimeSpan Elapsed, IReadOnlyList<long> TimedOut);
