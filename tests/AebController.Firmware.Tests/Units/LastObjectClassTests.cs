using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Units;

/// <summary>A motorcycle (the last class on the wire) is a road user: its radar track and camera object are plausible.</summary>
public sealed class LastObjectClassTests
{
    [Fact]
    public void A_motorcycle_track_and_camera_object_are_plausible()
    {
        var track = new RadarTrack
        {
            Id = 3, LongitudinalM = 30f, LateralM = 0.2f, RelVelLongMps = -5f, WidthM = 0.8f, ElevationM = 0.6f, RcsDbsm = 2f,
            UpdateCount = 10, ClassHint = ObjectClass.Motorcycle,
        };
        var obj = new CameraObject { Id = 3, LongitudinalM = 30f, LateralM = 0.2f, WidthM = 0.8f, RelVelLongMps = -5f, Confidence = 0.9f, Class = ObjectClass.Motorcycle };
        Assert.True(TrackPlausibility.RadarTrackValid(track));
        Assert.True(TrackPlausibility.CameraObjectValid(obj));
        Assert.False(TrackPlausibility.RadarTrackValid(track with { ClassHint = (ObjectClass)((int)ObjectClass.Motorcycle + 1) }));
    }
}
