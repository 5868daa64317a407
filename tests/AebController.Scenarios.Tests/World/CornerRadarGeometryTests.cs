using AebController.Emulation.Profiles;
using AebController.Emulation.Sensors;
using AebController.Emulation.Vehicle;
using AebController.Emulation.World;
using AebController.Firmware.Signals;
using Xunit;

namespace AebController.Scenarios.Tests.World;

/// <summary>
/// The front corner radars report the nearest point of a footprint in their own turned frame. Oracles by hand: the
/// mounting of the built-in profiles (0.35 m behind the bumper face, 0.75 m off the centre line, yawed 45° outward)
/// and plane geometry; and Euro NCAP CCCscp's constant bearing atan(v_target / v_VUT), beyond the front radar's ±65°.
/// </summary>
public sealed class CornerRadarGeometryTests
{
    private const float CarLengthM = 4.5f;
    private const float CarWidthM = 1.8f;
    private static readonly float Cos45 = MathF.Sqrt(0.5f);

    private static List<RadarTrack> Sample(RadarModel radar, float centreAheadOfBumperM, float centreLeftM, int lists)
    {
        var car = new Actor("car", ObjectClass.PassengerCar, CarLengthM, CarWidthM, 1.5f, 0.5f, 20f, []);
        var world = new SimulationWorld(new VehicleParameters(), [car], new RoadConditions(1f, 0f));
        car.Reset(centreAheadOfBumperM, centreLeftM, 0f, 0f);
        world.Reset(0f, false);
        return RadarListSampler.Collect(world, radar, lists, 100 * lists).Tracks;
    }

    private static RadarModel Corner(WorldProfile profile, bool left) =>
        new(profile.FrontCornerRadar, profile.FrontCornerMount, left, 11);

    [Fact]
    public void The_built_in_mounting_is_the_one_these_oracles_use()
    {
        foreach (var profile in new[] { WorldProfile.Ideal, WorldProfile.Realistic })
        {
            Assert.Equal(0.35f, profile.FrontCornerMount.SetbackM);
            Assert.Equal(0.75f, profile.FrontCornerMount.LateralM);
            Assert.Equal(45f, profile.FrontCornerMount.YawDeg);
        }
    }

    [Fact]
    public void A_car_ahead_left_appears_at_its_nearest_corner_turned_45_degrees()
    {
        // Car centre 10 m ahead of the bumper and 8 m left, along the road: its nearest point to the left sensor is its
        // rear right corner (7.75 m ahead, 7.1 m left). From the sensor (0.35 m behind the bumper, 0.75 m left): (8.1, 6.35);
        // turned by −45°: x = (8.1 + 6.35)·cos45 = 10.218 m, y = (6.35 − 8.1)·cos45 = −1.237 m.
        var tracks = Sample(Corner(WorldProfile.Ideal, left: true), 10f, 8f, 60);
        Assert.True(tracks.Count >= 55, $"only {tracks.Count} detections in 60 lists");
        // Ideal noise: σ 0.1 m on each; the mean of 55+ lies within 0.05 m.
        Assert.InRange(tracks.Average(t => (double)t.LongitudinalM), 14.45 * Cos45 - 0.05, 14.45 * Cos45 + 0.05);
        Assert.InRange(tracks.Average(t => (double)t.LateralM), -1.75 * Cos45 - 0.05, -1.75 * Cos45 + 0.05);
    }

    [Fact]
    public void The_right_corner_radar_does_not_see_a_car_88_degrees_off_its_boresight()
    {
        // From the right sensor (0.35 m behind, 0.75 m right, yawed 45° right) the same corner lies at (8.1, 7.85):
        // turned by +45°: x = (8.1 − 7.85)·cos45 = 0.18 m, y = (8.1 + 7.85)·cos45 = 11.28 m, 89° off its boresight (±70°).
        Assert.Empty(Sample(Corner(WorldProfile.Ideal, left: false), 10f, 8f, 20));
    }

    [Theory]
    [InlineData(20f, 50f)]
    [InlineData(20f, 60f)]
    [InlineData(30f, 80f)]
    [InlineData(25f, 70f)]
    public void A_CCCscp_target_on_its_collision_course_is_beyond_the_front_radar_and_inside_the_corner_radar(float vutKph, float targetKph)
    {
        // On a collision course the target keeps the bearing atan(v_target / v_VUT) (66.8° to 71.6° for these cells).
        // 1.5 s before the meeting its nearest corner is v_VUT·1.5 ahead and v_target·1.5 to the left.
        float bearingDeg = MathF.Atan(targetKph / vutKph) * 180f / MathF.PI;
        Assert.InRange(bearingDeg, 66f, 72f);
        float aheadM = vutKph / 3.6f * 1.5f;
        float leftM = targetKph / 3.6f * 1.5f;
        // The crossing car's side faces the VUT: centre half its width ahead of the corner, half its length beyond it.
        float centreAheadM = aheadM + 0.5f * CarWidthM;
        float centreLeftM = leftM + 0.5f * CarLengthM;
        // Without clutter, so that an empty list means the car is not seen.
        var front = new RadarModel(WorldProfile.Realistic.FrontRadar with { ClutterSpacingM = 0f, GhostProbability = 0f }, SensorMount.Front, 5);
        Assert.Empty(SampleCrossing(front, centreAheadM, centreLeftM, 20));

        var p = WorldProfile.Realistic.FrontCornerRadar with { ClutterSpacingM = 0f, IdSwapProbability = 0f, LatencyJitterUs = 0 };
        var tracks = SampleCrossing(new RadarModel(p, WorldProfile.Realistic.FrontCornerMount, true, 5), centreAheadM, centreLeftM, 40);
        Assert.True(tracks.Count >= 30, $"only {tracks.Count} corner detections in 40 lists");
        // Hand: from the left sensor the corner lies at (aheadM + 0.35, leftM − 0.75), turned by −45°.
        double dx = aheadM + 0.35, dy = leftM - 0.75;
        double xs = (dx + dy) * Cos45, ys = (dy - dx) * Cos45;
        double rangeM = Math.Sqrt(xs * xs + ys * ys);
        // Range σ 0.25 + 0.005·R (≈ 0.4 m at 30 m) and azimuth σ 1° (0.5 m across at 30 m) per list, filtered: the mean
        // over 30+ lists lies within 0.3 m.
        Assert.InRange(tracks.Average(t => Math.Sqrt((double)t.LongitudinalM * t.LongitudinalM + (double)t.LateralM * t.LateralM)), rangeM - 0.3, rangeM + 0.3);
        double bearingInSensor = Math.Atan2(ys, xs) * 180 / Math.PI;
        Assert.InRange(tracks.Average(t => Math.Atan2(t.LateralM, t.LongitudinalM) * 180 / Math.PI), bearingInSensor - 1.0, bearingInSensor + 1.0);
    }

    private static List<RadarTrack> SampleCrossing(RadarModel radar, float centreAheadOfBumperM, float centreLeftM, int lists)
    {
        var car = new Actor("car", ObjectClass.PassengerCar, CarLengthM, CarWidthM, 1.5f, 0.5f, 20f, []);
        car.SetFixedHeading(-MathF.PI / 2f);
        var world = new SimulationWorld(new VehicleParameters(), [car], new RoadConditions(1f, 0f));
        car.Reset(centreAheadOfBumperM, centreLeftM, 0f, 0f);
        world.Reset(0f, false);
        return RadarListSampler.Collect(world, radar, lists, 100 * lists).Tracks;
    }
}
