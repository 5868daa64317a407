using AebController.Firmware.Signals;

namespace AebController.Firmware.Perception;

/// <summary>
/// The front radar's list with a lost range rate stood in for from the track's own ranges. Why: a rate field that reads
/// NaN or ±∞ while the range, lateral, acceleration and every other field of the track are sound made the whole radar
/// unusable, and forward AEB stood aside for a moving lead it still measured (aeb faults, ccrb-12m-6 and ccrm-50, rate
/// nan/posInf/negInf while cruising: contact at 43 and 30 km/h, the scenario's full closing). The rate is the range's
/// derivative: the least-squares slope of the track's ranges over the last <c>rateStandInWindowS</c> is the rate at the
/// window's middle, brought to now by the track's own relative acceleration (a field of its own) over the half window.
/// Every track's range is kept every list, so the history is there when the rate is lost. A track whose rate is lost
/// and whose ranges do not yet fill the window is left out of the list (no rate, no judgement). A stood-in rate that
/// cannot be told from a standing object's (over ground within the standing window plus <c>rateStandInStandingSigmas</c>
/// standard errors of the slope) is taken as standing: a slope is noisier than a Doppler rate (0.3 m/s at 12 m, 0.9 m/s at
/// 70 m over 0.5 s), and a standing object read moving by its noise escapes the camera confirmation a standing one needs
/// (fa-drivable-clutter, seed 122, rate NaN from 0.5 s: a warning at 2.44 s for a drink can 35 m ahead). Healthy rates pass as
/// they came. The diagnostic code and the lamp are the monitor's (<see cref="Monitoring.InputHealth.FrontRadarRateLost"/>).
/// Allocation-free after construction: the copy is a field, the history fixed arrays.
/// </summary>
public sealed class RadarRateStandIn : RadarTrackSeries
{
    /// <summary>Lists kept per track: 16, 0.8 s at 20 Hz (longer than any window accepted).</summary>
    public const int History = 16;

    private RadarObjectList _list;

    public RadarRateStandIn() : base(History) { }

    /// <summary>
    /// Keeps every track's range of the list in hand (every cycle; a list is kept once) and returns the list to judge:
    /// the measured one where no rate is lost (<paramref name="rateLost"/> false), else a copy with the lost rates stood in for.
    /// </summary>
    public ref RadarObjectList Judge(ref RadarObjectList measured, bool rateLost, long nowUs, long windowUs, int minLists,
        float egoSpeedMps, float standingWindowMps, float standingSigmas)
    {
        BeginList(measured.AgeUs, nowUs);
        int count = Math.Clamp(measured.Count, 0, RadarTrackBuffer.Capacity);
        for (int i = 0; i < count; i++)
        {
            ref readonly RadarTrack t = ref measured.Tracks[i];
            if (TrackPlausibility.RadarTrackValidButRate(t)) Record(t.Id, t.LongitudinalM);
        }

        if (!rateLost) return ref measured;
        _list = measured;
        int kept = 0;
        for (int i = 0; i < count; i++)
        {
            RadarTrack t = measured.Tracks[i];
            if (!TrackPlausibility.RangeRateValid(t))
            {
                if (!TryStandIn(t, windowUs, minLists, out float rateMps, out float sigmaMps)) continue;
                bool standing = MathF.Abs(egoSpeedMps + rateMps) <= standingWindowMps + MathF.Max(standingSigmas, 0f) * sigmaMps;
                t.RelVelLongMps = standing ? -egoSpeedMps : rateMps;
            }

            _list.Tracks[kept++] = t;
        }

        _list.Count = kept;
        return ref _list;
    }

    /// <summary>
    /// Track <paramref name="t"/>'s rate by its ranges: the slope over the window (the rate at the mean age of its lists)
    /// plus the track's relative acceleration over that age, and the slope's standard error. False without
    /// <paramref name="minLists"/> ranges in the window of the list in hand.
    /// </summary>
    public bool TryStandIn(in RadarTrack t, long windowUs, int minLists, out float rateMps, out float sigmaMps)
    {
        rateMps = float.NaN;
        if (!TrySlope(t.Id, windowUs, minLists, out float slopeMps, out sigmaMps, out float meanAgeS)) return false;
        float accel = TrackPlausibility.Within(t.RelAccelLongMps2, -TrackPlausibility.MaxRelAccelMps2, TrackPlausibility.MaxRelAccelMps2)
            ? t.RelAccelLongMps2 : 0f;
        rateMps = slopeMps + accel * meanAgeS;
        return TrackPlausibility.Within(rateMps, -TrackPlausibility.MaxRelSpeedMps, TrackPlausibility.MaxRelSpeedMps);
    }
}
