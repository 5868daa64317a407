using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Units;

/// <summary>
/// The two users of SampleHistory take their samples from the sensor lists as the lists arrive (their contracts in
/// the types' summaries): a list is sampled once, at its capture time (now less its age), a list never received or
/// older than the one already taken adds nothing, only the list's own objects count (not stale entries beyond its
/// count), and Reset forgets everything. Oracle: a road user walking at a constant 1.2 m/s lateral speed (the speed
/// is the slope by hand), and a radar track whose lateral velocity grows 2 m/s² (0.1 m/s per 50 ms list).
/// </summary>
public sealed class LateralHistoryContractTests
{
    private const long ListUs = 50_000;
    private const float WalkMps = 1.2f;

    private static CameraObjectList Camera(float lateralM, long ageUs, int count = 1)
    {
        var list = new CameraObjectList { SensorOk = true, Count = count, AgeUs = ageUs };
        list.Objects[0] = new CameraObject
        {
            Id = 1, LongitudinalM = 20f, LateralM = lateralM, WidthM = 0.6f, Class = ObjectClass.Pedestrian, Confidence = 0.9f,
        };
        return list;
    }

    /// <summary>The walker's lateral position when list k was captured (k × 50 ms).</summary>
    private static float WalkerAt(int k) => -4f + WalkMps * k * ListUs * 1e-6f;

    [Fact]
    public void Each_camera_list_is_taken_at_its_capture_time_whatever_age_it_is_read_at()
    {
        // Lists captured every 50 ms, read 0, 30, 10, 40, 20 ms after capture: the speed is still 1.2 m/s.
        long[] readAfterUs = [0, 30_000, 10_000, 40_000, 20_000];
        var tracks = new CameraLateralTracks();
        for (int k = 0; k < readAfterUs.Length; k++)
        {
            var list = Camera(WalkerAt(k), readAfterUs[k]);
            tracks.Observe(ref list, k * ListUs + readAfterUs[k]);
        }

        Assert.True(tracks.TryLateral(1, 1_000_000, 5, out float vy, out float y));
        Assert.Equal(WalkMps, vy, 3);
        Assert.Equal(WalkerAt(4), y, 4);
    }

    [Fact]
    public void A_camera_list_never_received_or_older_than_the_last_adds_nothing()
    {
        var tracks = new CameraLateralTracks();
        for (int k = 0; k < 4; k++)
        {
            var list = Camera(WalkerAt(k), 0);
            tracks.Observe(ref list, k * ListUs);
        }

        // A list that never came (age Never) holding a stale object, and an older list arriving late: neither is taken.
        var never = Camera(50f, SignalAge.Never);
        tracks.Observe(ref never, 4 * ListUs);
        var late = Camera(-50f, 2 * ListUs); // captured at 100 ms, already taken lists reach 150 ms
        tracks.Observe(ref late, 4 * ListUs);
        var negative = Camera(50f, -ListUs);
        tracks.Observe(ref negative, 4 * ListUs);

        Assert.True(tracks.TryLateral(1, 1_000_000, 4, out float vy, out float y));
        Assert.Equal(WalkMps, vy, 3);
        Assert.Equal(WalkerAt(3), y, 4);
    }

    [Fact]
    public void Only_the_objects_the_camera_list_counts_are_taken()
    {
        var tracks = new CameraLateralTracks();
        for (int k = 0; k < 4; k++)
        {
            var list = Camera(WalkerAt(k), 0, count: 1);
            // A stale entry beyond the count (an object of an earlier list, still in the buffer) must not be taken.
            list.Objects[1] = new CameraObject
            {
                Id = 2, LongitudinalM = 15f, LateralM = 1f + k, WidthM = 0.6f, Class = ObjectClass.Pedestrian, Confidence = 0.9f,
            };
            tracks.Observe(ref list, k * ListUs);
        }

        Assert.True(tracks.TryLateral(1, 1_000_000, 4, out _, out _));
        Assert.False(tracks.TryLateral(2, 1_000_000, 2, out _, out _));
    }

    [Fact]
    public void Camera_tracks_forget_everything_on_reset()
    {
        var tracks = new CameraLateralTracks();
        for (int k = 0; k < 4; k++)
        {
            var list = Camera(WalkerAt(k), 0);
            tracks.Observe(ref list, k * ListUs);
        }

        tracks.Reset();
        var next = Camera(WalkerAt(4), 0);
        tracks.Observe(ref next, 4 * ListUs);
        Assert.False(tracks.TryLateral(1, 1_000_000, 2, out _, out _)); // one position since the reset
    }

    [Fact]
    public void Each_radar_list_is_taken_at_its_capture_time_whatever_age_it_is_read_at()
    {
        // Lateral velocity 0, 0.1, 0.2 ... m/s in lists captured 50 ms apart: 2 m/s², read 0-40 ms after capture, and
        // each list read again on the next 10 ms cycle (kept once).
        long[] readAfterUs = [0, 30_000, 10_000, 40_000, 20_000];
        var history = new RadarLateralHistory();
        for (int k = 0; k < readAfterUs.Length; k++)
        {
            for (long again = 0; again <= 10_000; again += 10_000)
            {
                long age = readAfterUs[k] + again;
                history.BeginList(age, k * ListUs + age);
                history.Record(1, 0.1f * k);
            }
        }

        Assert.True(history.TryLateralAccel(1, 1_000_000, 5, out float accel, out float sigma));
        Assert.Equal(2f, accel, 3);
        Assert.Equal(0f, sigma, 2);
    }

    [Fact]
    public void A_radar_list_never_received_and_a_velocity_that_is_no_number_add_nothing()
    {
        var history = new RadarLateralHistory();
        for (int k = 0; k < 4; k++)
        {
            history.BeginList(0, k * ListUs);
            history.Record(1, 0.1f * k);
        }

        history.BeginList(SignalAge.Never, 4 * ListUs);
        history.Record(1, 9f);
        history.Record(2, 9f); // a track first "seen" in a list that never came
        Assert.False(history.TryLateralAccel(1, 1_000_000, 3, out _, out _)); // the list in hand is none
        history.BeginList(-ListUs, 4 * ListUs); // an age below 0 is no list either (a capture in the future)
        history.Record(1, 9f);
        Assert.False(history.TryLateralAccel(1, 1_000_000, 3, out _, out _));

        history.BeginList(0, 5 * ListUs);
        history.Record(1, float.NaN);
        Assert.False(history.TryLateralAccel(1, 1_000_000, 3, out _, out _)); // not in this list

        history.BeginList(0, 6 * ListUs);
        history.Record(1, 0.6f);
        Assert.True(history.TryLateralAccel(1, 1_000_000, 5, out float accel, out _));
        Assert.Equal(2f, accel, 3);

        // Track 2 from its first real list on: 0, 0.1, 0.2 m/s, 2 m/s² (the list that never came holds nothing of it).
        for (int k = 7; k < 10; k++)
        {
            history.BeginList(0, k * ListUs);
            history.Record(2, 0.1f * (k - 7));
        }

        Assert.True(history.TryLateralAccel(2, 1_000_000, 3, out float accel2, out _));
        Assert.Equal(2f, accel2, 3);
    }

    [Fact]
    public void Radar_history_forgets_everything_on_reset()
    {
        var history = new RadarLateralHistory();
        for (int k = 0; k < 4; k++)
        {
            history.BeginList(0, k * ListUs);
            history.Record(1, 0.1f * k);
        }

        history.Reset();
        history.BeginList(0, 4 * ListUs);
        history.Record(1, 0.4f);
        Assert.False(history.TryLateralAccel(1, 1_000_000, 3, out _, out _));
    }
}
