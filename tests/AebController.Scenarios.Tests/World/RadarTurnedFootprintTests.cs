using AebController.Emulation.Profiles;
using AebController.Emulation.Sensors;
using AebController.Emulation.Vehicle;
using AebController.Emulation.World;
using AebController.Firmware.Signals;
using Xunit;

namespace AebController.Scenarios.Tests.World;

/// <summary>
/// A car standing across the ego's path (Euro NCAP CCCscp's target, a car parked at an angle) shows the radar
/// its side: the nearest face is half its width in front of its centre, not half its length, and its extent
/// across the line of sight is its length. Hand geometry: a 4.5 × 1.8 m car turned 90° with its centre
/// 20 m + 2.25 m ahead of the bumper has its near face at 22.25 − 0.9 = 21.35 m and spans 4.5 m sideways.
/// </summary>
public sealed class RadarTurnedFootprintTests
{
    private const float CentreAheadM = 22.25f;
    private const float LengthM = 4.5f;
    private const float WidthM = 1.8f;

    private static List<RadarTrack> Sample(RadarParameters p, float headingRad, int lists)
    {
        var vehicle = new VehicleParameters();
        var car = new Actor("car", ObjectClass.PassengerCar, LengthM, WidthM, 1.5f, 0.5f, 20f, []);
        car.SetFixedHeading(headingRad);
        var world = new SimulationWorld(vehicle, [car], new RoadConditions(1f, 0f));
        car.Reset(CentreAheadM, 0f, 0f, 0f);
        world.Reset(0f, false);
        var radar = new RadarModel(p, SensorMount.Front, 7);
        return RadarListSampler.Collect(world, radar, lists, 100 * lists).Tracks;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_car_across_the_path_is_reported_at_its_side_with_its_length_as_width(bool realistic)
    {
        var p = realistic
            ? WorldProfile.Realistic.FrontRadar with
            {
                TrackerAlpha = 1f, TrackerBeta = 0f, CoastUpdates = 0, ConfirmHits = 1, ConfirmWindow = 1,
                IdSwapProbability = 0f, GhostProbability = 0f, ClutterSpacingM = 0f, LatencyJitterUs = 0,
            }
            : WorldProfile.Ideal.FrontRadar;
        var tracks = Sample(p, MathF.PI / 2f, 400);
        Assert.True(tracks.Count > 300, $"only {tracks.Count} detections of a car across the path at 21 m");

        double nearFaceM = CentreAheadM - 0.5 * WidthM;
        double meanRange = tracks.Average(t => (double)t.LongitudinalM);
        // Range sigma at 21 m ≤ 0.1 + 0.005·21 ≈ 0.2 m (docs/sensors.md); the mean of 300+ is within 0.05 m.
        Assert.InRange(meanRange, nearFaceM - 0.05, nearFaceM + 0.05);
        Assert.All(tracks, t => Assert.Equal(LengthM, t.WidthM, 3));
    }

    [Fact]
    public void A_car_along_the_path_keeps_its_rear_face_and_width()
    {
        var tracks = Sample(WorldProfile.Ideal.FrontRadar, 0f, 50);
        Assert.NotEmpty(tracks);
        Assert.All(tracks, t => Assert.Equal(WidthM, t.WidthM, 3));
        double rearFaceM = CentreAheadM - 0.5 * LengthM;
        Assert.InRange(tracks.Average(t => (double)t.LongitudinalM), rearFaceM - 0.05, rearFaceM + 0.05);
    }
}
