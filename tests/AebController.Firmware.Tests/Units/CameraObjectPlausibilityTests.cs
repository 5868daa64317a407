using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Units;

/// <summary>
/// A camera object is usable only if every field is something a camera can report: a distance ahead of it,
/// a width no object has below zero, a relative speed two cars can have, a confidence that is a probability,
/// a class the list defines. Each field is broken alone, with values far from any limit's edge.
/// </summary>
public class CameraObjectPlausibilityTests
{
    private static CameraObject Car() => new()
    {
        Id = 3, LongitudinalM = 25f, LateralM = -1f, WidthM = 1.8f, RelVelLongMps = -8f, Class = ObjectClass.PassengerCar, Confidence = 0.8f,
    };

    [Fact]
    public void A_car_25_m_ahead_is_valid()
    {
        Assert.True(TrackPlausibility.CameraObjectValid(Car()));
    }

    [Theory]
    [InlineData("longitudinal", float.NaN)]
    [InlineData("longitudinal", -5f)]          // behind a forward camera
    [InlineData("longitudinal", 5_000f)]
    [InlineData("lateral", float.NaN)]
    [InlineData("lateral", 1e6f)]
    [InlineData("width", float.NaN)]
    [InlineData("width", -1f)]
    [InlineData("width", 500f)]
    [InlineData("speed", float.NaN)]
    [InlineData("speed", float.NegativeInfinity)]
    [InlineData("speed", 1_000f)]             // 3,600 km/h relative
    [InlineData("confidence", float.NaN)]
    [InlineData("confidence", -0.2f)]
    [InlineData("confidence", 1.5f)]          // not a probability
    [InlineData("class", 200f)]
    public void An_object_with_one_impossible_field_is_invalid(string field, float value)
    {
        var o = Car();
        switch (field)
        {
            case "longitudinal": o.LongitudinalM = value; break;
            case "lateral": o.LateralM = value; break;
            case "width": o.WidthM = value; break;
            case "speed": o.RelVelLongMps = value; break;
            case "confidence": o.Confidence = value; break;
            default: o.Class = (ObjectClass)(int)value; break;
        }

        Assert.False(TrackPlausibility.CameraObjectValid(o));
    }

    [Theory]
    [InlineData("confidence", 0f)]
    [InlineData("confidence", 1f)]
    [InlineData("width", 0f)]                 // a point-like object (a cone seen edge-on)
    [InlineData("speed", 70f)]                // two cars at 125 km/h each way
    [InlineData("lateral", -12f)]
    public void Physically_possible_values_keep_an_object_valid(string field, float value)
    {
        var o = Car();
        switch (field)
        {
            case "confidence": o.Confidence = value; break;
            case "width": o.WidthM = value; break;
            case "speed": o.RelVelLongMps = value; break;
            default: o.LateralM = value; break;
        }

        Assert.True(TrackPlausibility.CameraObjectValid(o));
    }
}
