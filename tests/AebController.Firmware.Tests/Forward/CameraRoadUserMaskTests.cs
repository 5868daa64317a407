using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// <see cref="RadarThreatAssessor.CameraSeesRoadUserAt"/> takes the confident objects as a mask, bit i for object i
/// (its contract): an object whose bit is clear is never looked at, wherever it stands, and an object whose bit is
/// set is found in any slot, behind clear bits too. Geometry by hand: a car 30 m ahead on the path (lateral 0); the
/// other object 20 m to the side, far outside the place gate (2 m + 10 % along, 1.5 m across).
/// </summary>
public sealed class CameraRoadUserMaskTests
{
    private const float RangeM = 30f;

    private static CameraObject Car(float lateralM) =>
        new() { Id = 1, LongitudinalM = RangeM, LateralM = lateralM, WidthM = 1.8f, Class = ObjectClass.PassengerCar, Confidence = 0.9f };

    private static CameraObjectList List(params CameraObject[] objects)
    {
        var camera = new CameraObjectList { SensorOk = true, Count = objects.Length };
        for (int i = 0; i < objects.Length; i++) camera.Objects[i] = objects[i];
        return camera;
    }

    [Theory]
    [InlineData(0b01u, true)]      // the car at the place is object 0 and confident
    [InlineData(0b10u, false)]     // only the far object is confident: the car at the place is not looked at
    [InlineData(0b11u, true)]
    [InlineData(0b00u, false)]
    public void Only_objects_whose_bit_is_set_are_looked_at(uint mask, bool seen)
    {
        var camera = List(Car(0f), Car(20f));
        Assert.Equal(seen, RadarThreatAssessor.CameraSeesRoadUserAt(ref camera, mask, RangeM, 0f));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(CameraObjectBuffer.Capacity - 1)]
    public void A_confident_car_at_the_place_is_found_in_any_slot_behind_clear_bits(int slot)
    {
        var objects = new CameraObject[slot + 1];
        for (int i = 0; i < slot; i++) objects[i] = Car(20f);
        objects[slot] = Car(0f);
        var camera = List(objects);
        Assert.True(RadarThreatAssessor.CameraSeesRoadUserAt(ref camera, 1u << slot, RangeM, 0f));
    }
}
