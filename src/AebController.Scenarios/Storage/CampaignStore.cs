using System.Globalization;
using AebController.Scenarios.Exploration.Search;
using DuckDB.NET.Data;

namespace AebController.Scenarios.Storage;

/// <summary>
/// The campaign store: one embedded DuckDB file (DIR/campaign.duckdb) holding every run's parameters,
/// outcome, margins and score, and the campaign's identity. Blocks are written whole and in order of
/// arrival; a block found incomplete after an interruption is deleted and run again (runs are pure
/// functions of their index), so a resumed campaign neither loses nor repeats a run.
/// </summary>
public sealed class CampaignStore : IDisposable
{
    public const string FileName = "campaign.duckdb";
    private readonly DuckDBConnection _connection;

    private CampaignStore(DuckDBConnection connection, int dimensions, string path)
    {
        _connection = connection;
        Dimensions = dimensions;
        Path = path;
        // The store serves one writer beside the simulation workers: two threads and a bounded buffer pool keep
        // its CPU and memory flat whatever the campaign's size (DuckDB's defaults take every core and 80 % of RAM).
        Execute("SET threads = 2");
        Execute("SET memory_limit = '256MB'");
    }

    public int Dimensions { get; }
    public string Path { get; }

    public static string PathIn(string directory) => System.IO.Path.Combine(directory, FileName);

    /// <summary>Opens (resuming) or creates the store in <paramref name="directory"/>; refuses one made for another campaign.</summary>
    public static CampaignStore OpenOrCreate(string directory, CampaignMeta meta, int dimensions)
    {
        Directory.CreateDirectory(directory);
        string path = PathIn(directory);
        var connection = Connect(path);
        var store = new CampaignStore(connection, dimensions, path);
        store.Execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)");
        store.Execute(RunsTableSql("runs", dimensions));
        var existing = store.ReadMeta();
        if (existing is null)
        {
            store.WriteMeta(meta);
        }
        else
        {
            string? why = existing.Mismatch(meta) ?? (existing.ShardIndex != meta.ShardIndex || existing.ShardCount != meta.ShardCount
                ? $"shard {existing.ShardIndex}/{existing.ShardCount}, not {meta.ShardIndex}/{meta.ShardCount}" : null);
            if (why is not null)
            {
                store.Dispose();
                throw new StoreMismatchException($"{path}: this store holds a campaign with {why}; use another --out folder");
            }
        }

        return store;
    }

    /// <summary>Opens an existing store (merge, analysis).</summary>
    public static CampaignStore OpenExisting(string directory)
    {
        string path = PathIn(directory);
        if (!File.Exists(path)) throw new StoreMismatchException($"{directory}: no campaign store ({FileName}) in this folder");
        var connection = Connect(path);
        var probe = new CampaignStore(connection, 0, path);
        int dims = probe.Scalar<int>("SELECT count(*) FROM information_schema.columns WHERE table_name = 'runs' AND column_name LIKE 'v%' AND column_name <> 'valid'");
        return new CampaignStore(connection, dims, path);
    }

    /// <summary>Opens the DuckDB file; a store in use, unreadable or not a DuckDB file is one line naming it and why.</summary>
    private static DuckDBConnection Connect(string path)
    {
        var connection = new DuckDBConnection($"Data Source={path}");
        try
        {
            connection.Open();
            return connection;
        }
        catch (DuckDBException ex)
        {
            connection.Dispose();
            throw new StoreMismatchException(WhyNotOpened(path, ex.Message));
        }
    }

    /// <summary>DuckDB's reason, in the user's terms (its own text is multi-part and names its web pages).</summary>
    public static string WhyNotOpened(string path, string duckDbMessage)
    {
        if (duckDbMessage.Contains("Conflicting lock", StringComparison.OrdinalIgnoreCase))
        {
            var pid = System.Text.RegularExpressions.Regex.Match(duckDbMessage, @"PID (\d+)");
            string holder = pid.Success ? $" (process {pid.Groups[1].Value})" : "";
            return $"{path}: the campaign store is in use by another process{holder}; wait for it to finish or use another --out folder";
        }

        if (duckDbMessage.Contains("not a valid DuckDB database", StringComparison.OrdinalIgnoreCase))
        {
            return $"{path}: exists but is not a campaign store (not a DuckDB database file); use another folder";
        }

        if (duckDbMessage.Contains("Permission denied", StringComparison.OrdinalIgnoreCase) || duckDbMessage.Contains("Read-only", StringComparison.OrdinalIgnoreCase))
        {
            return $"{path}: the campaign store cannot be written here (permission denied or read-only file system); use another --out folder";
        }

        string first = duckDbMessage.Split('\n')[0].Replace("DuckDBOpen failed: ", "", StringComparison.Ordinal);
        int see = first.IndexOf(" See also", StringComparison.Ordinal);
        return $"{path}: the campaign store cannot be opened: {(see > 0 ? first[..see] : first)}";
    }

    public static string RunsTableSql(string table, int dimensions)
    {
        var columns = new List<string>
        {
            "idx BIGINT", "block INTEGER", "valid BOOLEAN", "failed BOOLEAN", "kind VARCHAR", "collided BOOLEAN", "collided_with VARCHAR",
            "impact_kph REAL", "min_gap_m REAL", "min_ttc_s REAL", "first_warning_s REAL", "first_brake_s REAL", "max_brake_mps2 REAL",
            "robustness DOUBLE", "score REAL", "max_score REAL", "failure VARCHAR",
        };
        for (int i = 0; i < dimensions; i++) columns.Add($"v{i} DOUBLE");
        for (int i = 0; i < dimensions; i++) columns.Add($"x{i} DOUBLE");
        return $"CREATE TABLE IF NOT EXISTS {table} ({string.Join(", ", columns)})";
    }

    public CampaignMeta? ReadMeta()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = "SELECT key, value FROM meta";
            using var reader = cmd.ExecuteReader();
            while (reader.Read()) values[reader.GetString(0)] = reader.GetString(1);
        }

        if (values.Count == 0) return null;
        return new CampaignMeta(values["space"], values["spaceFingerprint"], ulong.Parse(values["seed"], CultureInfo.InvariantCulture),
            long.Parse(values["budget"], CultureInfo.InvariantCulture), int.Parse(values["shardIndex"], CultureInfo.InvariantCulture),
            int.Parse(values["shardCount"], CultureInfo.InvariantCulture), values["calibration"], values["world"], values["worldJson"]);
    }

    public void WriteMeta(CampaignMeta meta)
    {
        Execute("DELETE FROM meta");
        using var appender = _connection.CreateAppender("meta");
        void Put(string k, string v) => appender.CreateRow().AppendValue(k).AppendValue(v).EndRow();
        Put("space", meta.Space);
        Put("spaceFingerprint", meta.SpaceFingerprint);
        Put("seed", meta.Seed.ToString(CultureInfo.InvariantCulture));
        Put("budget", meta.Budget.ToString(CultureInfo.InvariantCulture));
        Put("shardIndex", meta.ShardIndex.ToString(CultureInfo.InvariantCulture));
        Put("shardCount", meta.ShardCount.ToString(CultureInfo.InvariantCulture));
        Put("calibration", meta.CalibrationJson);
        Put("world", meta.World);
        Put("worldJson", meta.WorldJson);
    }

    /// <summary>Deletes blocks an interruption left half written; returns the blocks that are complete.</summary>
    public HashSet<long> CompleteBlocks(Func<long, int> slotsOf)
    {
        var complete = new HashSet<long>();
        var partial = new List<long>();
        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = "SELECT block, count(*) FROM runs GROUP BY block";
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                long block = reader.GetInt32(0);
                long count = reader.GetInt64(1);
                if (count == slotsOf(block)) complete.Add(block);
                else partial.Add(block);
            }
        }

        foreach (long b in partial) Execute($"DELETE FROM runs WHERE block = {b}");
        return complete;
    }

    /// <summary>Appends whole blocks in one transaction.</summary>
    public void Append(IReadOnlyList<RunRecord[]> blocks)
    {
        using var tx = _connection.BeginTransaction();
        using (var appender = _connection.CreateAppender("runs"))
        {
            foreach (var block in blocks)
            {
                foreach (var r in block)
                {
                    var row = appender.CreateRow()
                        .AppendValue(r.Index).AppendValue(r.Block).AppendValue(r.Valid).AppendValue(r.Failed).AppendValue(r.Kind)
                        .AppendValue(r.Collided).AppendValue(r.CollidedWith).AppendValue(r.ImpactKph).AppendValue(r.MinGapM).AppendValue(r.MinTtcS)
                        .AppendValue(r.FirstWarningS).AppendValue(r.FirstBrakeS).AppendValue(r.MaxBrakeMps2).AppendValue(r.Robustness)
                        .AppendValue(r.Score).AppendValue(r.MaxScore).AppendValue(r.Failure);
                    for (int i = 0; i < Dimensions; i++) row = row.AppendValue(r.Search[i]);
                    for (int i = 0; i < Dimensions; i++) row = row.AppendValue(r.Values[i]);
                    row.EndRow();
                }
            }
        }

        tx.Commit();
    }

    /// <summary>Runs matching a SQL condition, in index order (the order every analysis uses).</summary>
    public IEnumerable<RunRecord> Read(string where = "true")
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = $"SELECT * FROM runs WHERE {where} ORDER BY idx";
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var v = new double[Dimensions];
            var x = new double[Dimensions];
            for (int i = 0; i < Dimensions; i++)
            {
                v[i] = reader.GetDouble(17 + i);
                x[i] = reader.GetDouble(17 + Dimensions + i);
            }

            yield return new RunRecord
            {
                Index = reader.GetInt64(0), Block = reader.GetInt32(1), Valid = reader.GetBoolean(2), Failed = reader.GetBoolean(3),
                Kind = reader.GetString(4), Collided = reader.GetBoolean(5), CollidedWith = reader.GetString(6), ImpactKph = reader.GetFloat(7),
                MinGapM = reader.GetFloat(8), MinTtcS = reader.GetFloat(9), FirstWarningS = reader.GetFloat(10), FirstBrakeS = reader.GetFloat(11),
                MaxBrakeMps2 = reader.GetFloat(12), Robustness = reader.GetDouble(13), Score = reader.GetFloat(14), MaxScore = reader.GetFloat(15),
                Failure = reader.GetString(16), Search = v, Values = x,
            };
        }
    }

    public T Scalar<T>(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        return (T)Convert.ChangeType(cmd.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }

    public void Execute(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();
}
