namespace AebController.Scenarios.Storage;

/// <summary>A store that cannot be used as asked (another campaign's, missing, overlapping shards): one line saying why.</summary>
public sealed class StoreMismatchException(string message) : Exception(message);
