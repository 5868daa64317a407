using AebController.Firmware.Monitoring;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Monitoring;

/// <summary>
/// The contract of <see cref="StationaryWorldSpeed"/> at the edges its documentation names, with settings chosen so that
/// every figure is exact in binary: judged from 5 m/s, a brake up to 1 m/s², tracks of ≥ 5 updates within 0..80 m,
/// witnesses within 2 m/s of the cluster (wide, so that a step is followed from the first list), at least 2 of them, a
/// fixed tolerance of 0.5 m/s, 4 lists in a row. A wheel speed that reads 1 m/s slow from the first list (residual
/// r = −relative velocity − wheel speed = 1, beyond 0.5) is found at list 3, the fourth in a row (lists 0, 1, 2, 3).
/// </summary>
public class StationaryWorldSpeedContractTests
{
    private static readonly StationaryWorldSpeed.Settings S = new(5f, 1f, 5, 80f, 2f, 2, 0.5f, 0f, 4);

    private static RadarTrack Standing(int id, float rangeM, float closingMps, int updates = 20) => new()
    {
        Id = id, LongitudinalM = rangeM, LateralM = 3f * id, RelVelLongMps = -closingMps, WidthM = 0.2f, ElevationM = 0.5f,
        RcsDbsm = -5f, UpdateCount = updates,
    };

    /// <summary>
    /// 40 lists 50 ms apart of the given standing tracks; the list at which the check first says false (−1: never).
    /// </summary>
    private static int FirstFault(Func<int, RadarTrack[]> tracks, float wheelMps, long ageUs = 0, bool forward = true)
    {
        var check = new StationaryWorldSpeed();
        for (int n = 0; n < 40; n++)
        {
            RadarTrack[] seen = tracks(n);
            var list = new RadarObjectList { Count = seen.Length, SensorOk = true, AgeUs = ageUs };
            for (int i = 0; i < seen.Length; i++) list.Tracks[i] = seen[i];
            if (!check.Update(ref list, 1_000_000L + n * 50_000L, wheelMps, 0f, forward, S)) return n;
        }

        return -1;
    }

    private static RadarTrack[] Three(float rangeM, float closingMps, int updates = 20) =>
        [Standing(1, rangeM, closingMps, updates), Standing(2, rangeM, closingMps, updates), Standing(3, rangeM, closingMps, updates)];

    [Fact]
    public void An_offset_exactly_at_the_tolerance_is_not_beyond()
    {
        // 0.5 + 0.25 × 4 = 1.5 m/s, exact in binary: "beyond" is strictly more.
        Assert.False(StationaryWorldSpeed.Beyond(1.5f, 4f, 0.5f, 0.25f));
        Assert.False(StationaryWorldSpeed.Beyond(-1.5f, -4f, 0.5f, 0.25f));
        Assert.True(StationaryWorldSpeed.Beyond(MathF.BitIncrement(1.5f), 4f, 0.5f, 0.25f));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(20_000L)]
    [InlineData(80_000L)]
    public void A_list_of_any_real_age_is_judged(long ageUs)
    {
        Assert.Equal(3, FirstFault(_ => Three(30f, 11f), wheelMps: 10f, ageUs));
    }

    [Theory]
    [InlineData(-1L)]
    [InlineData(SignalAge.Never)]
    [InlineData(long.MaxValue)]
    public void A_list_with_no_real_age_is_not_judged(long ageUs)
    {
        Assert.Equal(-1, FirstFault(_ => Three(30f, 11f), wheelMps: 10f, ageUs));
    }

    [Fact]
    public void Once_faulted_a_list_with_no_age_still_reports_the_fault()
    {
        var check = new StationaryWorldSpeed();
        RadarTrack[] seen = Three(30f, 11f);
        for (int n = 0; n <= 4; n++)
        {
            var list = new RadarObjectList { Count = 3, SensorOk = true, AgeUs = n < 4 ? 0 : SignalAge.Never };
            for (int i = 0; i < 3; i++) list.Tracks[i] = seen[i];
            bool ok = check.Update(ref list, n * 50_000L, 10f, 0f, forward: true, S);
            Assert.Equal(n < 3, ok);
        }
    }

    [Fact]
    public void A_wheel_speed_exactly_at_the_minimum_is_judged()
    {
        // True 6 m/s, the wheels read 5 (the minimum): the 1 m/s residual is beyond 0.5.
        Assert.Equal(3, FirstFault(_ => Three(30f, 6f), wheelMps: 5f));
        Assert.Equal(-1, FirstFault(_ => Three(30f, 5.9f), wheelMps: 4.9f));
    }

    [Fact]
    public void In_reverse_nothing_is_judged_whatever_the_wheels_say()
    {
        Assert.Equal(-1, FirstFault(_ => Three(30f, 11f), wheelMps: 10f, forward: false));
    }

    [Fact]
    public void A_track_of_exactly_the_minimum_updates_is_a_witness()
    {
        Assert.Equal(3, FirstFault(_ => Three(30f, 11f, updates: 5), wheelMps: 10f));
        Assert.Equal(-1, FirstFault(_ => Three(30f, 11f, updates: 4), wheelMps: 10f));
    }

    [Theory]
    [InlineData(0f, 3)]
    [InlineData(80f, 3)]
    [InlineData(-0.5f, -1)]
    [InlineData(80.5f, -1)]
    public void Witnesses_stand_from_0_to_80_m_inclusive(float rangeM, int faultList)
    {
        Assert.Equal(faultList, FirstFault(_ => Three(rangeM, 11f), wheelMps: 10f));
    }

    [Fact]
    public void A_residual_exactly_at_the_gate_is_a_witness()
    {
        // The cluster starts at 0; true 12 m/s on wheels reading 10: r = 2 m/s, exactly the gate.
        Assert.Equal(3, FirstFault(_ => Three(30f, 12f), wheelMps: 10f));
        Assert.Equal(-1, FirstFault(_ => Three(30f, 12.5f), wheelMps: 10f));
    }

    [Fact]
    public void Exactly_the_minimum_witnesses_suffice()
    {
        Assert.Equal(3, FirstFault(_ => [Standing(1, 30f, 11f), Standing(2, 40f, 11f)], wheelMps: 10f));
        Assert.Equal(-1, FirstFault(_ => [Standing(1, 30f, 11f)], wheelMps: 10f));
    }
}
