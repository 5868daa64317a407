using AebController.Firmware.Runtime;

namespace AebController.Cli.Output;

/// <summary>A latency or execution-time distribution as numbers a report prints and JSON carries.</summary>
public sealed record TimingSummary(long Count, double Min, double Median, double P99, double P999, double P9999, double Max, double Mean)
{
    /// <param name="scale">Divides recorded values, e.g. 1000 to turn ns into µs.</param>
    public static TimingSummary From(LogLinearHistogram h, double scale = 1.0) => h.Count == 0
        ? new TimingSummary(0, 0, 0, 0, 0, 0, 0, 0)
        : new TimingSummary(h.Count, h.Min / scale, h.Percentile(0.5) / scale, h.Percentile(0.99) / scale,
            h.Percentile(0.999) / scale, h.Percentile(0.9999) / scale, h.Max / scale, h.Mean / scale);

    /// <summary>Counts per band in µs, the PX4-style bands: below 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000 and above.</summary>
    public static readonly long[] BandEdgesUs = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

    public static long[] Bands(LogLinearHistogram h, double scaleToUs)
    {
        var bands = new long[BandEdgesUs.Length + 1];
        for (int i = 0; i < h.Buckets; i++)
        {
            long n = h.CountAt(i);
            if (n == 0) continue;
            double us = LogLinearHistogram.LowerBound(i) / scaleToUs;
            int band = 0;
            while (band < BandEdgesUs.Length && us >= BandEdgesUs[band]) band++;
            bands[band] += n;
        }

        return bands;
    }

    public static string BandLabel(int band) => band == 0 ? $"< {BandEdgesUs[0]} µs"
        : band == BandEdgesUs.Length ? $">= {BandEdgesUs[^1]} µs"
        : $"{BandEdgesUs[band - 1]}–{BandEdgesUs[band]} µs";
}
