namespace AebController.Emulation.Sensors;

/// <summary>Where a sensor looks from: the front bumper looking forward, or the rear bumper looking back.</summary>
public enum SensorMount : byte
{
    Front = 0,
    Rear = 1,
}
