using AebController.Firmware.Monitoring;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Monitoring;

/// <summary>
/// <see cref="RadarLateralAgreement"/>'s anchor (the mean residual of a track's first 4 judged lists) must be one
/// position. The realistic radar swaps identities now and then (association mistakes): in ncap26-cbnao-30-il90 seed 5807 a
/// standing cyclist (y −4.5 m) and a kerb post (y −6.0 m) 48 m ahead swapped ids in 2 of their 4 anchor lists; each
/// anchor, the mean of both positions, stood 0.75 m from either, beyond the 0.3 + 0.005 × 48 = 0.54 m tolerance, and
/// RadarLateralImplausible latched fault-free (forward AEB Degraded for the drive, contact at 30 km/h). An anchor whose
/// lists spread beyond the tolerance is formed afresh; a lateral fault walks the residual far less per list, so it still
/// anchors and is found. Lists at 20 Hz (t = 0.05 n s), default calibration (RadarLateralAgreementTests' hand figures).
/// </summary>
public sealed class RadarLateralAnchorSwapTests
{
    private static readonly RadarLateralAgreement.Settings S = RadarLateralAgreementHandSettings.Default;

    private static RadarTrack Standing(int id, float rangeM, float lateralM, float latVelMps = 0f) => new()
    {
        Id = id, LongitudinalM = rangeM, LateralM = lateralM, RelVelLatMps = latVelMps, RelVelLongMps = -8.3f, WidthM = 1.8f,
        ElevationM = 0.8f, RcsDbsm = -3f, UpdateCount = 20,
    };

    [Fact]
    public void Two_tracks_swapping_ids_in_two_of_their_anchor_lists_are_not_a_fault()
    {
        var check = new RadarLateralAgreement();
        for (int n = 0; n < 200; n++)
        {
            // Lists 1 and 3 (of the anchor lists 0-3) carry the two positions under each other's ids.
            bool swapped = n is 1 or 3;
            var list = new RadarObjectList { Count = 2, SensorOk = true };
            list.Tracks[0] = Standing(1, 48f, swapped ? -6.0f : -4.5f);
            list.Tracks[1] = Standing(5, 48f, swapped ? -4.5f : -6.0f);
            Assert.True(check.Update(ref list, n * 50_000L, S), $"faulted at list {n}");
        }
    }

    [Fact]
    public void A_position_that_sticks_while_the_anchor_forms_is_still_found()
    {
        // A pedestrian 20 m ahead walking across at 1.4 m/s from −3 m whose position sticks from list 2: the residual
        // (position less the velocity's integral) reads −3, −3, −3, −3.07 in the anchor lists 0-3 (spread 0.07 m, within
        // 0.4 m): anchor −3.0175. From then it walks 0.07 m per list; list n judges list n−1's (median of a ramp):
        // 0.07 (n − 1) − 0.1575 against 0.3 + 0.1 + 0.1 × 0.05 n: first beyond at list 10, 4 in a row: list 13.
        var check = new RadarLateralAgreement();
        int found = -1;
        for (int n = 0; n < 100 && found < 0; n++)
        {
            var list = new RadarObjectList { Count = 1, SensorOk = true };
            list.Tracks[0] = Standing(7, 20f, -3f + 1.4f * 0.05f * Math.Min(n, 2), 1.4f);
            if (!check.Update(ref list, n * 50_000L, S)) found = n;
        }

        Assert.Equal(13, found);
    }
}
