using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// The multipath image judged by the mirror geometry worked by hand, not by the detector's tolerances. A source at
/// (x, y) beside a reflector line y = L (a guard rail, a wall) has its mirror point at (x, 2L − y): the same
/// distance ahead, beyond the line, with the mirrored sideways motion and the source's Doppler. A return that went
/// by way of the reflector once or twice has a range between the source's own sqrt(x² + y²) and the mirror point's
/// sqrt(x² + (2L − y)²), so its longitudinal reading lies between x (the double bounce, seen at the mirror point)
/// and x plus that difference. Each bounce loses power: 6 dB here, as a guard rail at a grazing angle (docs/sensors.md).
/// Real road users that only look alike (a parked car behind the rail, two pedestrians passing each other, a car
/// with another speed, one beyond any bounced path) are not images.
/// </summary>
public class MultipathGeometryTests
{
    private const float CorridorHalfWidthM = 0.925f;   // half of a 1.85 m ego
    private const float SourceRcsDbsm = 10f;
    private const float BounceLossDb = 6f;
    private const float EgoMps = 13.9f;                 // 50 km/h

    private static readonly ForwardAebCalibration Cal = new();

    private static RadarTrack Track(int id, float xM, float yM, float vyMps, float rcsDbsm) => new()
    {
        Id = id, LongitudinalM = xM, LateralM = yM, RelVelLongMps = -EgoMps, RelVelLatMps = vyMps, WidthM = 1.8f,
        ElevationM = 0.5f, RcsDbsm = rcsDbsm, UpdateCount = 20,
    };

    /// <summary>The mirror point of a source across the line y = L, read at the given longitudinal position.</summary>
    private static RadarTrack MirrorOf(in RadarTrack source, float lineM, float longitudinalM) =>
        Track(2, longitudinalM, 2f * lineM - source.LateralM, -source.RelVelLatMps, source.RcsDbsm - BounceLossDb);

    /// <summary>How much longer the longest bounced path is than the direct one: sqrt(x² + y_m²) − sqrt(x² + y²).</summary>
    private static float BouncedExtraM(float xM, float sourceYM, float mirrorYM) =>
        MathF.Sqrt(xM * xM + mirrorYM * mirrorYM) - MathF.Sqrt(xM * xM + sourceYM * sourceYM);

    public static TheoryData<float, float, float, float> Geometries()
    {
        var data = new TheoryData<float, float, float, float>();
        // x ahead, source lateral, reflector line, source lateral speed: rails and walls on both sides, near and far.
        foreach (float x in new[] { 6f, 14.6f, 30f, 60f })
        {
            data.Add(x, -2.2f, -6f, -13.9f);   // a car that has crossed, leaving right, rail 6 m right
            data.Add(x, 1.5f, 4f, 2.0f);       // a cyclist drifting left, wall 4 m left
            data.Add(x, 6f, 8f, 8.3f);         // a car far left leaving left, rail 8 m left: a long bounced path
            data.Add(x, -0.5f, -3.5f, -4f);    // a car in the path leaving right, kerb wall 3.5 m right
        }
        return data;
    }

    // Both ends of the physical range of a bounced return, and its middle: every one is the source's image.
    [Theory]
    [MemberData(nameof(Geometries))]
    public void A_return_at_the_mirror_point_or_along_any_bounced_path_is_an_image(float xM, float yM, float lineM, float vyMps)
    {
        var source = Track(1, xM, yM, vyMps, SourceRcsDbsm);
        float extraM = BouncedExtraM(xM, yM, 2f * lineM - yM);
        foreach (float fraction in new[] { 0f, 0.5f, 1f })
        {
            var image = MirrorOf(source, lineM, xM + fraction * extraM);
            Assert.True(MultipathImage.IsImageOf(image, source, CorridorHalfWidthM), $"x {xM} m, y {yM} m, line {lineM} m, {fraction:P0} of the bounced extra");
        }
    }

    // A return farther than the longest bounced path by 3 m (twice the range noise plus coasting lag the detector
    // allows) cannot have come by way of the reflector: it is another road user. The geometries with a source far to
    // the side make the bounced extra large, so a detector that measured the direct path wrongly would take it.
    [Theory]
    [MemberData(nameof(Geometries))]
    public void A_return_beyond_every_bounced_path_is_not_an_image(float xM, float yM, float lineM, float vyMps)
    {
        var source = Track(1, xM, yM, vyMps, SourceRcsDbsm);
        float extraM = BouncedExtraM(xM, yM, 2f * lineM - yM);
        var other = MirrorOf(source, lineM, xM + extraM + 2f * MultipathImage.LongitudinalToleranceM);
        Assert.False(MultipathImage.IsImageOf(other, source, CorridorHalfWidthM));
    }

    // 6 m ahead, a car 6 m left leaving left beside a rail 8 m left: direct 8.49 m, mirror point (6, 10) at 11.66 m,
    // so a bounced return reads at most 3.18 m beyond x. One 3 m beyond that again is no image.
    [Fact]
    public void The_bounced_extra_of_a_source_far_to_the_side_is_worked_from_its_own_distance()
    {
        Assert.Equal(3.18f, BouncedExtraM(6f, 6f, 10f), 2);
        var source = Track(1, 6f, 6f, 8.3f, SourceRcsDbsm);
        Assert.False(MultipathImage.IsImageOf(MirrorOf(source, 8f, 6f + 3.18f + 3f), source, CorridorHalfWidthM));
        Assert.True(MultipathImage.IsImageOf(MirrorOf(source, 8f, 6f + 3.18f), source, CorridorHalfWidthM));
    }

    // A parked car behind the rail, standing where the crossing car's image would be: same Doppler (both have no
    // longitudinal speed over ground), beyond the line, but it does not move sideways, so nothing mirrors.
    [Fact]
    public void A_parked_car_at_the_mirror_point_is_not_an_image()
    {
        var source = Track(1, 14.6f, -2.2f, -13.9f, SourceRcsDbsm);
        var parked = MirrorOf(source, -6f, 14.6f);
        parked.RelVelLatMps = 0f;
        Assert.False(MultipathImage.IsImageOf(parked, source, CorridorHalfWidthM));
    }

    // Two pedestrians passing each other on the pavement 3 m right, walking opposite ways at 1.4 m/s, the second one
    // smaller: no reflector lies between them (the image lies beyond the line, the source on the radar's side).
    [Fact]
    public void Two_road_users_passing_each_other_at_the_same_place_are_not_source_and_image()
    {
        var first = Track(1, 20f, -3f, 1.4f, SourceRcsDbsm);
        var second = Track(2, 20f, -3f, -1.4f, SourceRcsDbsm - BounceLossDb);
        Assert.False(MultipathImage.IsImageOf(second, first, CorridorHalfWidthM));
    }

    // The same place and the mirrored motion, but closing 3 m/s faster: a car with its own speed, not a bounce of the
    // source (an echo keeps the source's Doppler).
    [Fact]
    public void A_return_with_another_doppler_is_not_an_image()
    {
        var source = Track(1, 14.6f, -2.2f, -13.9f, SourceRcsDbsm);
        var other = MirrorOf(source, -6f, 14.6f);
        other.RelVelLongMps = source.RelVelLongMps - 3f;
        Assert.False(MultipathImage.IsImageOf(other, source, CorridorHalfWidthM));
    }

    private static RadarObjectList List(params RadarTrack[] tracks)
    {
        var radar = new RadarObjectList { SensorOk = true, Count = tracks.Length };
        for (int i = 0; i < tracks.Length; i++) radar.Tracks[i] = tracks[i];
        return radar;
    }

    /// <summary>The lateral-speed deadband of the estimate at range x, from the calibration (the caller's argument).</summary>
    private static float DeadbandMps(float xM) => Cal.LateralVelocityDeadbandMps + Cal.LateralVelocityDeadbandPerM * xM;

    // Sweep over range: a source crossing at twice the estimate's deadband at its range images its motion; one at half
    // of it is a standing object whose lateral reading is noise, and images nothing.
    [Theory]
    [InlineData(10f)]
    [InlineData(30f)]
    [InlineData(60f)]
    [InlineData(90f)]
    public void Only_a_source_that_really_crosses_makes_an_image(float xM)
    {
        foreach ((float factor, bool image) in new[] { (2f, true), (0.5f, false) })
        {
            var source = Track(1, xM, -2.2f, -factor * DeadbandMps(xM), SourceRcsDbsm);
            var radar = List(source, MirrorOf(source, -6f, xM));
            Assert.True(image == MultipathImage.IsImage(ref radar, 2, 1, CorridorHalfWidthM, Cal.LateralVelocityDeadbandMps, Cal.LateralVelocityDeadbandPerM),
                $"x {xM} m, source at {factor} x the deadband");
        }
    }

    // A source that fails the track plausibility (a corrupt track: negative update count, NaN position) is no source.
    [Fact]
    public void An_implausible_track_is_no_source()
    {
        var source = Track(1, 14.6f, -2.2f, -13.9f, SourceRcsDbsm);
        var image = MirrorOf(source, -6f, 14.6f);
        var healthy = List(source, image);
        Assert.True(MultipathImage.IsImage(ref healthy, 2, 1, CorridorHalfWidthM, Cal.LateralVelocityDeadbandMps, Cal.LateralVelocityDeadbandPerM));
        source.UpdateCount = -1;
        var corrupt = List(source, image);
        Assert.False(MultipathImage.IsImage(ref corrupt, 2, 1, CorridorHalfWidthM, Cal.LateralVelocityDeadbandMps, Cal.LateralVelocityDeadbandPerM));
    }

    // The list holds Count tracks; a stale entry beyond it (last cycle's source) is not read.
    [Fact]
    public void A_stale_entry_beyond_the_count_is_no_source()
    {
        var source = Track(1, 14.6f, -2.2f, -13.9f, SourceRcsDbsm);
        var radar = List(MirrorOf(source, -6f, 14.6f), source);
        Assert.False(MultipathImage.IsImage(ref radar, 1, 0, CorridorHalfWidthM, Cal.LateralVelocityDeadbandMps, Cal.LateralVelocityDeadbandPerM));
        Assert.True(MultipathImage.IsImage(ref radar, 2, 0, CorridorHalfWidthM, Cal.LateralVelocityDeadbandMps, Cal.LateralVelocityDeadbandPerM));
    }
}
