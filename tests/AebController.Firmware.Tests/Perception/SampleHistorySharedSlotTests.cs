using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Perception;

/// <summary>
/// Objects share a slot when their ids agree in the low bits (id &amp; (slots − 1)); the slot holds one object's samples
/// at a time (the type's documentation: "a new id in a slot starts that slot afresh"). An id that was never added must
/// get no line, even from a slot that holds another object's samples at the asked capture time.
/// </summary>
public sealed class SampleHistorySharedSlotTests
{
    [Fact]
    public void An_id_sharing_a_slot_with_another_object_gets_no_line_from_that_objects_samples()
    {
        var history = new SampleHistory(4, 8);
        // Object 1 walks across at 1 m/s: 0.00, 0.05, 0.10 m at 0, 50, 100 ms.
        for (int k = 0; k < 3; k++) history.Add(1, k * 50_000L, 0.05f * k);

        Assert.True(history.TryFit(1, 100_000L, 300_000L, 3, out float slope, out _, out _));
        Assert.Equal(1f, slope, 3);
        // Object 5 lands in the same slot (5 & 3 = 1) but was never seen.
        Assert.False(history.TryFit(5, 100_000L, 300_000L, 3, out _, out _, out _));
    }
}
