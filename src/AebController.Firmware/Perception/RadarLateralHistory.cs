namespace AebController.Firmware.Perception;

/// <summary>
/// The path-relative lateral velocities the threat assessor worked out for each radar track in its last lists, and the
/// track's lateral acceleration as their slope over a window, with that slope's standard error from the fit's own
/// residuals. Why: the radar reports no lateral acceleration, and a crossing car that brakes to stop short of our lane was
/// carried into the path at its (trailing) lateral speed and braked for (tests/adversarial/crossing-stops-short).
/// </summary>
public sealed class RadarLateralHistory : RadarTrackSeries
{
    /// <summary>Lists kept per track: 24, 1.2 s at 20 Hz (longer than any window accepted).</summary>
    public const int History = 24;

    public RadarLateralHistory() : base(History) { }

    /// <summary>
    /// Track <paramref name="id"/>'s mean lateral velocity (m/s) over the window; of a <paramref name="coasted"/> track (no
    /// detection in the list in hand) over the window ending at its last measured list.
    /// </summary>
    public bool TryMeanLateralVelocity(int id, long windowUs, int minSamples, out float meanMps, bool coasted = false) =>
        TryMean(id, windowUs, minSamples, out meanMps, coasted);

    /// <summary>Track <paramref name="id"/>'s lateral acceleration (m/s²) and its standard error; of a <paramref name="coasted"/> track as the mean.</summary>
    public bool TryLateralAccel(int id, long windowUs, int minSamples, out float accelMps2, out float sigmaMps2, bool coasted = false) =>
        TrySlope(id, windowUs, minSamples, out accelMps2, out sigmaMps2, coasted);
}
