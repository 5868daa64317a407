using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// A standing radar return the camera confirmed in three consecutive lists stays confirmed while the radar keeps
/// the track (<see cref="CameraConfirmation"/>). Oracles: the rule as stated, replayed by hand over every
/// sequence of seen / not seen of six lists (2^6); and the fault the campaign found, built by hand: a camera list
/// frozen 30 m ahead while the car closes at 15 m/s on a standing car keeps braking for it, while a camera that
/// never confirmed in three lists still removes a cover's return.
/// </summary>
public sealed class CameraConfirmationTests
{
    private const int Latch = 3;
    private const int Gap = 4;

    /// <summary>The rule written out by hand for one track judged once per list.</summary>
    private static bool[] Hand(bool[] seen)
    {
        var result = new bool[seen.Length];
        int run = 0;
        bool latched = false;
        for (int i = 0; i < seen.Length; i++)
        {
            run = seen[i] ? run + 1 : 0;
            if (run >= Latch) latched = true;
            result[i] = seen[i] || latched;
        }

        return result;
    }

    [Theory]
    [InlineData(7)]
    [InlineData(0)]            // id 0 in list 0: a radar's first values, which an empty slot must not already claim
    public void Every_sequence_of_six_lists_latches_exactly_after_three_consecutive_confirmations(int trackId)
    {
        for (int mask = 0; mask < 1 << 6; mask++)
        {
            var seen = new bool[6];
            for (int i = 0; i < 6; i++) seen[i] = (mask >> i & 1) == 1;
            var c = new CameraConfirmation();
            var expected = Hand(seen);
            for (int i = 0; i < 6; i++)
            {
                Assert.Equal(expected[i], c.Confirmed(trackId, seen[i], list: i, Latch, Gap));
                // Judged again in the same list (the 100 Hz loop reads each 20 Hz list five times): nothing counts twice.
                Assert.Equal(expected[i], c.Confirmed(trackId, seen[i], list: i, Latch, Gap));
            }
        }
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(4, true)]      // back within the gap: the same track, latch kept
    [InlineData(5, false)]     // gone longer than the gap: a new object, needs the camera again
    public void A_latched_track_keeps_its_latch_only_across_a_gap_up_to_the_limit(int listsLater, bool keeps)
    {
        var c = new CameraConfirmation();
        for (int i = 0; i < Latch; i++) Assert.True(c.Confirmed(3, true, i, Latch, Gap));
        Assert.Equal(keeps, c.Confirmed(3, false, Latch - 1 + listsLater, Latch, Gap));
    }

    [Fact]
    public void Another_track_in_the_same_slot_starts_unconfirmed_and_the_latch_off_passes_the_camera_through()
    {
        var c = new CameraConfirmation();
        for (int i = 0; i < Latch; i++) c.Confirmed(1, true, i, Latch, Gap);
        Assert.False(c.Confirmed(1 + 64, false, Latch, Latch, Gap));
        Assert.True(c.Confirmed(1 + 64, true, Latch + 1, Latch, Gap));
        var off = new CameraConfirmation();
        for (int i = 0; i < 10; i++) Assert.True(off.Confirmed(2, true, i, 0, Gap));
        Assert.False(off.Confirmed(2, false, 10, 0, Gap));
    }

    private static TargetGate Gate()
    {
        var cal = new ForwardAebCalibration();
        return new TargetGate(cal.MinTrackUpdates, cal.MaxRangeM, cal.MaxTargetElevationM, cal.MinStationaryElevationM,
            cal.MinOverlapM, 1.85f, cal.BrakeLatencyS, cal.StopMarginM, StationaryNeedsCamera: cal.StationaryNeedsCamera,
            CameraStationarySpeedMps: cal.CameraStationarySpeedMps, CameraStationarySpeedShare: cal.CameraStationarySpeedShare,
            CameraLatchLists: cal.CameraLatchLists, CameraLatchGapLists: cal.CameraLatchGapLists);
    }

    /// <summary>
    /// Ego at 15 m/s toward a standing car first 40 m ahead, one radar list every 50 ms (0.75 m closer each). The camera
    /// reports the car where it is for <paramref name="goodLists"/> lists, then its list freezes (stuck at the last range)
    /// or goes silent. Returns whether the return is still a target 20 lists later (15 m on: 25 m ahead).
    /// </summary>
    private static bool StillATargetAfterTheCameraStops(int goodLists, bool silent = false, bool withPersistence = true,
        bool withConfirmation = true)
    {
        var gate = Gate();
        var persistence = withPersistence ? new ThreatPersistence() : null;
        var confirmation = withConfirmation ? new CameraConfirmation() : null;
        var camera = new CameraObjectList { Count = 1, SensorOk = true };
        bool hasTarget = false;
        for (int list = 0; list < goodLists + 20; list++)
        {
            float rangeM = 40f - 0.75f * list;
            var radar = new RadarObjectList { Count = 1, SensorOk = true };
            radar.Tracks[0] = new RadarTrack
            {
                Id = 5, LongitudinalM = rangeM, RelVelLongMps = -15f, WidthM = 1.8f, ElevationM = 0.6f, RcsDbsm = 10f, UpdateCount = 10 + list,
            };
            if (list < goodLists)
            {
                camera.Objects[0] = new CameraObject { Id = 1, LongitudinalM = rangeM, WidthM = 1.8f, RelVelLongMps = -15f, Confidence = 0.9f };
            }
            else if (silent)
            {
                camera.Count = 0;
            }

            persistence?.Observe(0);
            hasTarget = RadarThreatAssessor.Assess(ref radar, ref camera, new EgoPath(15f, 0f, 3.7f), 15f, 0f, gate, cameraOk: true,
                persistence, confirmation).HasTarget;
        }

        return hasTarget;
    }

    [Fact]
    public void A_camera_list_that_freezes_after_confirming_a_standing_car_does_not_remove_it() =>
        Assert.True(StillATargetAfterTheCameraStops(Latch));

    [Fact]
    public void A_camera_that_goes_silent_after_confirming_a_standing_car_in_three_lists_does_not_remove_it() =>
        Assert.True(StillATargetAfterTheCameraStops(Latch, silent: true));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void A_confirmation_in_fewer_than_three_lists_does_not_outlive_the_camera(int goodLists) =>
        Assert.False(StillATargetAfterTheCameraStops(goodLists, silent: true));

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Without_both_the_confirmation_and_the_list_count_the_camera_judges_each_list_alone(bool withPersistence, bool withConfirmation) =>
        // The latch counts lists (ThreatPersistence's list index): with either part missing there is nothing to latch
        // on, and a camera gone silent removes the standing return as it did before the latch existed.
        Assert.False(StillATargetAfterTheCameraStops(Latch, silent: true, withPersistence, withConfirmation));
}
