using AebController.Firmware.Monitoring;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Monitoring;

/// <summary>
/// The contract of <see cref="RadarListRepeat"/> at the edges its documentation names: the signature is 64-bit FNV-1a
/// over the little-endian bytes of the count and each track's id, update counter, range, lateral position and range rate;
/// a new list is one whose age fell; a list with no age (<see cref="SignalAge.Never"/>) is not judged; a list of any count
/// up to the buffer's capacity is judged; <see cref="RadarListRepeat.Reset"/> forgets the last list.
/// </summary>
public class RadarListRepeatContractTests
{
    private static RadarTrack Car(int id = 7) => new()
    {
        Id = id, LongitudinalM = 30f, LateralM = 0.1f, RelVelLongMps = -5f, WidthM = 1.8f, ElevationM = 0.5f, RcsDbsm = 10f,
        UpdateCount = 20,
    };

    private static RadarObjectList ListOf(int count, long ageUs)
    {
        var list = new RadarObjectList { Count = count, SensorOk = true, AgeUs = ageUs };
        for (int i = 0; i < count; i++) list.Tracks[i] = Car(i + 1);
        return list;
    }

    /// <summary>
    /// Expected values from an FNV-1a 64 written separately (offset basis 0xcbf29ce484222325, prime 0x100000001b3), which
    /// gives the published test vectors "" → 0xcbf29ce484222325 and "a" → 0xaf63dc4c8601ec8c: over 00 00 00 00 (count 0),
    /// and over count 1, id 7, counter 20, 30.0f, 0.1f, −5.0f as 24 little-endian bytes.
    /// </summary>
    [Fact]
    public void The_signature_is_fnv1a_64_over_the_documented_fields()
    {
        var empty = new RadarObjectList();
        Assert.Equal(0x4d25767f9dce13f5UL, RadarListRepeat.Signature(ref empty, 0));
        var one = new RadarObjectList { Count = 1 };
        one.Tracks[0] = Car();
        Assert.Equal(0xc4e8c325c49001c2UL, RadarListRepeat.Signature(ref one, 1));
    }

    [Fact]
    public void A_list_held_at_the_same_age_is_one_list()
    {
        // A HAL that hands the same list on with an age that does not move: its age never fell, so it is not new.
        var repeat = new RadarListRepeat();
        for (int c = 0; c < 10; c++)
        {
            var list = ListOf(2, 20_000);
            Assert.True(repeat.Update(ref list, 1));
        }

        Assert.Equal(0, repeat.Repeats);
    }

    [Fact]
    public void A_list_with_no_age_is_not_judged_and_not_remembered()
    {
        // The first list has no age: a later fresh list with the same tracks has nothing to repeat.
        var repeat = new RadarListRepeat();
        var never = ListOf(2, SignalAge.Never);
        Assert.True(repeat.Update(ref never, 1));
        var fresh = ListOf(2, 0);
        Assert.True(repeat.Update(ref fresh, 1));
        Assert.Equal(0, repeat.Repeats);
    }

    [Fact]
    public void A_full_list_that_repeats_is_frozen()
    {
        var repeat = new RadarListRepeat();
        bool ok = true;
        for (int n = 0; n < 3; n++)
        {
            var list = ListOf(RadarTrackBuffer.Capacity, n == 0 ? 40_000 : 40_000 - n * 10_000);
            ok = repeat.Update(ref list, 2);
        }

        Assert.Equal(2, repeat.Repeats);
        Assert.False(ok);
    }

    [Fact]
    public void After_a_reset_the_first_list_repeats_nothing()
    {
        var repeat = new RadarListRepeat();
        var before = ListOf(2, 0);
        repeat.Update(ref before, 1);
        repeat.Reset();
        var after = ListOf(2, 0);
        Assert.True(repeat.Update(ref after, 1));
        Assert.Equal(0, repeat.Repeats);
    }
}
