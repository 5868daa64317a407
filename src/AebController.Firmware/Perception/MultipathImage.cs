using AebController.Firmware.Signals;

namespace AebController.Firmware.Perception;

/// <summary>
/// Multipath: an echo that reached a target by way of a side reflector (a guard rail, a wall) returns as a
/// weaker second target at the target's mirror image across the reflector's line. The image shares the
/// target's Doppler, lies beyond the line (the reflector is between the radar's side and the image), moves
/// sideways the opposite way (mirrored motion), and its range is the length of the bounced path: from the
/// target's own distance to the image's distance (sqrt(x² + y_image²) − sqrt(x² + y_target²) more). A crossing
/// car's image, mirrored across the guard rail, moves toward the ego's path from the other side: without this
/// check it braked the car fully for a car that had already crossed ahead (docs/calibration.md).
/// Bounded: one pass over the list.
/// </summary>
public static class MultipathImage
{
    /// <summary>A bounce loses power at the reflector: the image is at least this much weaker than its source.</summary>
    public const float MinLossDb = 3f;

    /// <summary>Same Doppler within the range-rate noise of two filtered tracks.</summary>
    public const float RangeRateToleranceMps = 1.0f;

    /// <summary>Longitudinal tolerance: range noise and the lag of a track that coasts between its rare hits.</summary>
    public const float LongitudinalToleranceM = 1.5f;

    /// <summary>Whether track <paramref name="candidateIndex"/> of the list is the mirror image of a stronger track in it.</summary>
    /// <param name="minSourceLateralSpeedMps">The source must itself cross (its lateral speed beyond the estimate's deadband at its range): a standing car images no motion.</param>
    public static bool IsImage(ref RadarObjectList radar, int count, int candidateIndex, float corridorHalfWidthM, float minSourceLateralSpeedMps, float minSourceLateralSpeedPerM)
    {
        ref readonly RadarTrack image = ref radar.Tracks[candidateIndex];
        for (int j = 0; j < count; j++)
        {
            if (j == candidateIndex) continue;
            ref readonly RadarTrack direct = ref radar.Tracks[j];
            if (!TrackPlausibility.RadarTrackValid(direct)) continue;
            if (!(MathF.Abs(direct.RelVelLatMps) >= minSourceLateralSpeedMps + minSourceLateralSpeedPerM * direct.LongitudinalM)) continue;
            if (IsImageOf(image, direct, corridorHalfWidthM)) return true;
        }

        return false;
    }

    /// <summary>Whether <paramref name="image"/> is <paramref name="direct"/>'s mirror image across a reflector line outside the corridor.</summary>
    public static bool IsImageOf(in RadarTrack image, in RadarTrack direct, float corridorHalfWidthM)
    {
        if (!(direct.RcsDbsm >= image.RcsDbsm + MinLossDb)) return false;
        if (!(MathF.Abs(direct.RelVelLongMps - image.RelVelLongMps) <= RangeRateToleranceMps)) return false;
        // Mirrored motion: sideways in opposite directions.
        if (!(direct.RelVelLatMps * image.RelVelLatMps < 0f)) return false;
        float lineM = 0.5f * (direct.LateralM + image.LateralM);
        // A reflector is never inside the ego's path, and the image lies beyond it, the source on the radar's side.
        if (!(MathF.Abs(lineM) > corridorHalfWidthM)) return false;
        if (!(MathF.Sign(image.LateralM) == MathF.Sign(lineM) && MathF.Abs(image.LateralM) > MathF.Abs(lineM))) return false;
        float x = direct.LongitudinalM;
        float extraM = MathF.Sqrt(x * x + image.LateralM * image.LateralM) - MathF.Sqrt(x * x + direct.LateralM * direct.LateralM);
        return image.LongitudinalM >= x - LongitudinalToleranceM && image.LongitudinalM <= x + MathF.Max(extraM, 0f) + LongitudinalToleranceM;
    }
}
