using AebController.Firmware.Calibration;
using AebController.Firmware.Monitoring;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// The whole front-radar list's ranges against their rates (RadarRangeSlopeAgreement), on lists built by hand: standing
/// objects ahead of a car driving at v, each list 50 ms after the last, the radar's frame turning at ω (x's change is
/// rate + ω·y, TurningFrameRangeTests). The firmware's own settings.
/// </summary>
public sealed class RadarRangeSlopeAgreementTests
{
    private const long ListUs = 50_000;
    private static readonly ForwardAebCalibration Fwd = AebCalibration.Default.ForwardAeb;
    private static readonly MonitoringCalibration Mon = AebCalibration.Default.Monitoring;
    private static readonly long WindowUs = (long)MathF.Round(Fwd.RangeSlopeWindowS * 1e6f);

    /// <summary>A track's range in list k (the caller's fault or noise included), its rate and lateral position.</summary>
    private delegate (float RangeM, float RateMps, float LateralM) TrackAt(int track, int list);

    /// <summary>Feeds <paramref name="lists"/> lists of <paramref name="tracks"/> tracks, five 10 ms cycles each; the first list after which the monitor faulted, or −1.</summary>
    private static int FaultedAtList(int tracks, int lists, TrackAt at, float egoSpeedMps, float yawRps = 0f, bool threatStands = false)
    {
        var history = new RadarRangeHistory();
        var monitor = new RadarRangeSlopeAgreement();
        monitor.Reset();
        var list = new RadarObjectList();
        for (int k = 0; k < lists; k++)
        {
            list.Count = tracks;
            for (int i = 0; i < tracks; i++)
            {
                var (rangeM, rateMps, lateralM) = at(i, k);
                list.Tracks[i] = new RadarTrack
                {
                    Id = i + 1, LongitudinalM = rangeM, LateralM = lateralM, RelVelLongMps = rateMps, WidthM = 0.5f,
                    ElevationM = 0.5f, RcsDbsm = 5f, UpdateCount = 10 + k, ClassHint = ObjectClass.Unknown,
                };
            }

            for (int cycle = 0; cycle < 5; cycle++)
            {
                long nowUs = k * ListUs + cycle * 10_000L + 30_000L;
                list.AgeUs = nowUs - k * ListUs;
                history.BeginList(list.AgeUs, nowUs);
                for (int i = 0; i < tracks; i++) history.Record(list.Tracks[i].Id, list.Tracks[i].LongitudinalM);
                bool ok = monitor.Update(ref list, history, nowUs, yawRps, egoSpeedMps, threatStands, WindowUs, Fwd.RangeSlopeMinSamples,
                    Fwd.RangeSlopeToleranceMps, Fwd.RangeSlopeSigmas, Fwd.RangeFallToleranceM, Mon.RadarSlopeMinTracks, Mon.RadarSlopeConfirmLists);
                if (!ok) return k;
            }
        }

        return -1;
    }

    [Theory]
    [InlineData(5f, 0f)]
    [InlineData(11.11f, 0f)]
    [InlineData(27.78f, 0f)]
    [InlineData(22.22f, 0.148f)]    // 80 km/h round a 150 m bend
    [InlineData(8.33f, -0.333f)]    // 30 km/h round a 25 m bend to the right
    public void Healthy_lists_with_realistic_noise_never_fault_the_radar(float speedMps, float yawRps)
    {
        // Six standing objects 15-90 m ahead, 6 m either side; 60 s of lists with the realistic radar's range noise
        // (σ 0.1 m + 0.5 % of range, doubled for a weak return) and rate noise (0.12 m/s); fixed seed. Each object is
        // put back ahead once it is passed, as new guard-rail posts come into view.
        var rng = new Random(1234);
        float Gauss() => MathF.Sqrt(-2f * MathF.Log(1f - rng.NextSingle())) * MathF.Cos(2f * MathF.PI * rng.NextSingle());
        // Seconds since object i was last put back 90 m ahead.
        float SinceBackS(int i, int k) => (k * 0.05f * speedMps + i * 12.5f) % 75f / speedMps;
        TrackAt noisy = (i, k) =>
        {
            float lateralM = i % 2 == 0 ? 6f : -6f;
            float t = SinceBackS(i, k);
            // x in the turning frame changes at −v + ω·y.
            float trueM = 90f + (-speedMps + yawRps * lateralM) * t;
            return (trueM + 2f * (0.1f + 0.005f * trueM) * Gauss(), -speedMps + 0.12f * Gauss(), lateralM);
        };
        Assert.Equal(-1, FaultedAtList(6, 1200, noisy, speedMps, yawRps));
    }

    [Theory]
    [InlineData(11.11f)]
    [InlineData(27.78f)]
    public void A_range_field_frozen_while_the_car_drives_faults_the_radar_within_half_a_second(float speedMps)
    {
        // Three standing objects; the range field freezes at list 20 (1.0 s) while the rates go on saying −v.
        const int frozenAt = 20;
        TrackAt frozen = (i, k) => (60f + 10f * i - speedMps * 0.05f * Math.Min(k, frozenAt), -speedMps, i - 1f);
        int faulted = FaultedAtList(3, 60, frozen, speedMps);
        Assert.InRange(faulted, frozenAt + 1, frozenAt + 10);
    }

    [Fact]
    public void One_frozen_track_among_healthy_ones_never_faults_the_radar()
    {
        // A single track's contradiction is a tracker's matter (the threat checks judge it), not a faulted radar.
        TrackAt one = (i, k) => (60f + 10f * i - 11.11f * 0.05f * (i == 0 ? Math.Min(k, 20) : k), -11.11f, i - 1f);
        Assert.Equal(-1, FaultedAtList(3, 80, one, 11.11f));
    }

    [Fact]
    public void Two_tracks_that_swap_identities_inside_the_association_gate_never_fault_the_radar()
    {
        // Two objects 2.5 m apart along the range (the emulated tracker's gate) swap ids at list 30: one range falls by
        // 2.5 m, the other rises by as much, a third object is healthy.
        TrackAt swap = (i, k) =>
        {
            float near = 40f - 11.11f * 0.05f * k, far = near + 2.5f;
            float rangeM = i switch { 0 => k < 30 ? far : near, 1 => k < 30 ? near : far, _ => near + 20f };
            return (rangeM, -11.11f, 0.5f * i);
        };
        Assert.Equal(-1, FaultedAtList(3, 80, swap, 11.11f));
    }

    [Fact]
    public void Ranges_of_other_objects_read_by_slot_fault_the_radar_in_the_list_they_arrive()
    {
        // At list 20 two tracks take the range of another object 25 m and 50 m nearer (a range field read late by slot).
        TrackAt scrambled = (i, k) =>
        {
            float rangeM = 70f + 10f * i - 11.11f * 0.05f * k;
            if (k >= 20 && i < 2) rangeM -= 25f * (i + 1);
            return (rangeM, -11.11f, i - 1f);
        };
        Assert.Equal(20, FaultedAtList(3, 40, scrambled, 11.11f));
        // Once a threat stands its own track's checks judge it: the falls alone do not hand it to the blind carry.
        Assert.Equal(-1, FaultedAtList(3, 40, scrambled, 11.11f, threatStands: true));
    }

    [Fact]
    public void One_track_falling_alone_never_faults_the_radar()
    {
        TrackAt one = (i, k) => (70f + 10f * i - 11.11f * 0.05f * k - (k >= 20 && i == 0 ? 25f : 0f), -11.11f, i - 1f);
        Assert.Equal(-1, FaultedAtList(3, 40, one, 11.11f));
    }

    [Theory]
    [InlineData(0, 0, false)]
    [InlineData(1, 0, false)]   // one track: below the two the calibration asks
    [InlineData(2, 0, true)]
    [InlineData(2, 1, true)]
    [InlineData(2, 2, false)]   // as many agree: not the whole list
    [InlineData(5, 4, true)]
    [InlineData(4, 5, false)]
    public void A_list_disagrees_when_at_least_two_tracks_contradict_and_outnumber_those_that_agree(int contradicting, int agreeing, bool disagrees) =>
        Assert.Equal(disagrees, RadarRangeSlopeAgreement.ListDisagrees(contradicting, agreeing, Mon.RadarSlopeMinTracks));

    [Fact]
    public void A_track_contradicts_exactly_beyond_the_tolerance_and_its_sigmas_with_the_frame_turn_included()
    {
        // Rate −10 m/s, 5 m left, ω 0.2 rad/s: the range should change at −10 + 1 = −9 m/s. Tolerance 2.5 + 3 × 0.5 = 4 m/s.
        Assert.False(RadarRangeSlopeAgreement.Contradicts(-9f + 3.99f, 0.5f, -10f, 0.2f, 5f, 2.5f, 3f));
        Assert.True(RadarRangeSlopeAgreement.Contradicts(-9f + 4.01f, 0.5f, -10f, 0.2f, 5f, 2.5f, 3f));
        Assert.False(RadarRangeSlopeAgreement.Contradicts(-9f - 3.99f, 0.5f, -10f, 0.2f, 5f, 2.5f, 3f));
        Assert.True(RadarRangeSlopeAgreement.Contradicts(-9f - 4.01f, 0.5f, -10f, 0.2f, 5f, 2.5f, 3f));
    }
}
