using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Units;

/// <summary>
/// The nearest in-path obstacle from one bumper's echoes, judged by geometry: an echo at distance r on a
/// sensor mounted at lateral y and aimed at angle θ sits at (r cos θ, y + r sin θ); it is in the path when
/// |y + r sin θ| ≤ half the width plus the margin. The sensor layout is the test's own, not the default.
/// </summary>
public class UltrasonicObstacleTrackerTests
{
    private const float WidthM = 1.8f;
    private const long MaxAgeUs = 100_000;

    private static readonly UltrasonicCalibration Layout = new()
    {
        LateralM = [0.9f, 0.5f, 0.2f, -0.2f, -0.5f, -0.9f],
        AngleDeg = [60f, 30f, 0f, 0f, -30f, -60f],
        MinRangeM = 0.2f,
        MaxRangeM = 5f,
        MinStrength = 0.1f,
        ConfirmMeasurements = 2,
        PathMarginM = 0.1f,
    };

    private static void Set(ref UltrasonicEchoBuffer echoes, int index, float distanceM, long ageUs = 0, float strength = 1f) =>
        echoes[index] = new UltrasonicEcho { HasEcho = true, DistanceM = distanceM, AgeUs = ageUs, Strength = strength };

    /// <summary>Runs two measurements (ages going down) so the confirmation count is met.</summary>
    private static UltrasonicObstacle Confirmed(UltrasonicObstacleTracker tracker, ref UltrasonicEchoBuffer echoes, int index)
    {
        echoes[index].AgeUs = 50_000;
        tracker.Update(ref echoes, MaxAgeUs);
        echoes[index].AgeUs = 0;
        return tracker.Update(ref echoes, MaxAgeUs);
    }

    [Fact]
    public void A_centre_echo_is_confirmed_by_the_second_measurement_not_the_first()
    {
        var tracker = new UltrasonicObstacleTracker(Layout, rear: false, WidthM);
        var echoes = default(UltrasonicEchoBuffer);
        Set(ref echoes, 2, 1.2f, ageUs: 50_000);
        Assert.False(tracker.Update(ref echoes, MaxAgeUs).Present);
        // The same measurement again (age grows) is not a second sighting.
        echoes[2].AgeUs = 60_000;
        Assert.False(tracker.Update(ref echoes, MaxAgeUs).Present);
        echoes[2].AgeUs = 0;
        var o = tracker.Update(ref echoes, MaxAgeUs);
        Assert.True(o.Present);
        Assert.Equal(1.2f, o.DistanceM, 4);
        Assert.Equal(2, o.Sensor);
    }

    [Theory]
    [InlineData(1, 0.8f)]  // y = 0.5 + 0.8 sin 30° = 0.9 ≤ 0.9 + 0.1: in the path at x = 0.8 cos 30° = 0.693
    [InlineData(1, 1.6f)]  // y = 0.5 + 1.6 sin 30° = 1.3 > 1.0: beside the car
    [InlineData(0, 0.1f)]  // below the minimum range: invalid
    public void A_corner_echo_is_placed_on_its_axis(int sensor, float distanceM)
    {
        var tracker = new UltrasonicObstacleTracker(Layout, rear: false, WidthM);
        var echoes = default(UltrasonicEchoBuffer);
        Set(ref echoes, sensor, distanceM);
        var o = Confirmed(tracker, ref echoes, sensor);
        float angle = Layout.AngleDeg[sensor] * MathF.PI / 180f;
        float across = Layout.LateralM[sensor] + distanceM * MathF.Sin(angle);
        bool expected = distanceM >= Layout.MinRangeM && MathF.Abs(across) <= WidthM / 2 + Layout.PathMarginM;
        Assert.Equal(expected, o.Present);
        if (expected) Assert.Equal(distanceM * MathF.Cos(angle), o.DistanceM, 4);
    }

    [Fact]
    public void An_angled_corner_echo_beside_the_car_is_not_in_the_path()
    {
        // Sensor 0 at y = 0.9 aimed 60° outward: at 1 m the echo is at y = 0.9 + 0.866 = 1.77 > 1.0.
        var tracker = new UltrasonicObstacleTracker(Layout, rear: false, WidthM);
        var echoes = default(UltrasonicEchoBuffer);
        Set(ref echoes, 0, 1f);
        Assert.False(Confirmed(tracker, ref echoes, 0).Present);
    }

    [Fact]
    public void The_nearest_in_path_echo_wins()
    {
        var tracker = new UltrasonicObstacleTracker(Layout, rear: false, WidthM);
        var echoes = default(UltrasonicEchoBuffer);
        Set(ref echoes, 2, 2.0f, ageUs: 50_000);
        Set(ref echoes, 3, 1.4f, ageUs: 50_000);
        tracker.Update(ref echoes, MaxAgeUs);
        echoes[2].AgeUs = 0;
        echoes[3].AgeUs = 0;
        var o = tracker.Update(ref echoes, MaxAgeUs);
        Assert.Equal(3, o.Sensor);
        Assert.Equal(1.4f, o.DistanceM, 4);
    }

    [Theory]
    [InlineData(5.01f, 0L, 1f)]   // beyond the maximum range
    [InlineData(0.19f, 0L, 1f)]   // inside the minimum range
    [InlineData(1.0f, 100_001L, 1f)] // older than the maximum age
    [InlineData(1.0f, 0L, 0.09f)] // too weak
    public void An_invalid_echo_is_never_an_obstacle_and_resets_the_confirmation(float distanceM, long ageUs, float strength)
    {
        var tracker = new UltrasonicObstacleTracker(Layout, rear: false, WidthM);
        var echoes = default(UltrasonicEchoBuffer);
        Set(ref echoes, 2, 1.0f, ageUs: 50_000);
        tracker.Update(ref echoes, MaxAgeUs);
        Set(ref echoes, 2, distanceM, ageUs, strength);
        Assert.False(tracker.Update(ref echoes, MaxAgeUs).Present);
        // One valid measurement after the invalid one is a first sighting again.
        Set(ref echoes, 2, 1.0f, ageUs: 0);
        Assert.False(tracker.Update(ref echoes, MaxAgeUs).Present);
    }

    [Fact]
    public void The_rear_tracker_reads_the_rear_half_of_the_buffer_only()
    {
        // A nearer front echo (0.5 m) must not be reported by the rear tracker; its own echo at 0.8 m is.
        var rear = new UltrasonicObstacleTracker(Layout, rear: true, WidthM);
        var echoes = default(UltrasonicEchoBuffer);
        int rearCentre = UltrasonicEchoBuffer.FirstRear + 2;
        Set(ref echoes, 2, 0.5f, ageUs: 50_000);
        Set(ref echoes, rearCentre, 0.8f, ageUs: 50_000);
        rear.Update(ref echoes, MaxAgeUs);
        echoes[2].AgeUs = 0;
        echoes[rearCentre].AgeUs = 0;
        var o = rear.Update(ref echoes, MaxAgeUs);
        Assert.True(o.Present);
        Assert.Equal(rearCentre, o.Sensor);
        Assert.Equal(0.8f, o.DistanceM, 4);
    }

    [Fact]
    public void Reset_forgets_confirmations()
    {
        var tracker = new UltrasonicObstacleTracker(Layout, rear: false, WidthM);
        var echoes = default(UltrasonicEchoBuffer);
        Set(ref echoes, 2, 1.0f);
        Assert.True(Confirmed(tracker, ref echoes, 2).Present);
        tracker.Reset();
        echoes[2].AgeUs = 0;
        Assert.False(tracker.Update(ref echoes, MaxAgeUs).Present);
    }
    // Two control cycles that read the same frame see the same measurement (its age unchanged): one sighting, not two.
    [Fact]
    public void The_same_measurement_read_twice_is_one_sighting()
    {
        var tracker = new UltrasonicObstacleTracker(Layout, rear: false, WidthM);
        var echoes = default(UltrasonicEchoBuffer);
        Set(ref echoes, 2, 1.2f, ageUs: 50_000);
        for (int cycle = 0; cycle < 5; cycle++) Assert.False(tracker.Update(ref echoes, MaxAgeUs).Present);
    }

    // The calibrated limits are the sensor's reach and the accepted age: an echo at exactly the nearest or the farthest
    // range, at exactly the weakest strength, or exactly as old as allowed is a measurement (values exact in binary).
    [Theory]
    [InlineData(0.25f, 0L, 1f)]
    [InlineData(4f, 0L, 1f)]
    [InlineData(1.5f, 0L, 0.25f)]
    [InlineData(1.5f, 65_536L, 1f)]
    public void An_echo_at_a_calibrated_limit_counts(float distanceM, long ageUs, float strength)
    {
        var layout = new UltrasonicCalibration
        {
            LateralM = Layout.LateralM, AngleDeg = Layout.AngleDeg, MinRangeM = 0.25f, MaxRangeM = 4f, MinStrength = 0.25f,
            ConfirmMeasurements = 1, PathMarginM = 0.1f,
        };
        var tracker = new UltrasonicObstacleTracker(layout, rear: false, WidthM);
        var echoes = default(UltrasonicEchoBuffer);
        Set(ref echoes, 2, distanceM, ageUs, strength);
        var o = tracker.Update(ref echoes, maxAgeUs: 65_536);
        Assert.True(o.Present);
        Assert.Equal(distanceM, o.DistanceM, 4);
    }

    // Confirmed by a single measurement (confirmMeasurements 1, the smallest the calibration accepts), an invalid echo
    // (too weak, too near, too old) is still no obstacle.
    [Theory]
    [InlineData(1.2f, 0L, 0.05f)]
    [InlineData(0.1f, 0L, 1f)]
    [InlineData(1.2f, 200_000L, 1f)]
    public void An_invalid_echo_is_no_obstacle_even_when_one_measurement_confirms(float distanceM, long ageUs, float strength)
    {
        var layout = new UltrasonicCalibration
        {
            LateralM = Layout.LateralM, AngleDeg = Layout.AngleDeg, MinRangeM = Layout.MinRangeM, MaxRangeM = Layout.MaxRangeM,
            MinStrength = Layout.MinStrength, ConfirmMeasurements = 1, PathMarginM = Layout.PathMarginM,
        };
        var tracker = new UltrasonicObstacleTracker(layout, rear: false, WidthM);
        var echoes = default(UltrasonicEchoBuffer);
        Set(ref echoes, 2, distanceM, ageUs, strength);
        Assert.False(tracker.Update(ref echoes, MaxAgeUs).Present);
    }
}
