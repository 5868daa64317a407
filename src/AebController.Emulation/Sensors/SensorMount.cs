namespace AebController.Emulation.Sensors;

/// <summary>
/// Where a sensor looks from: the front bumper looking forward, the rear bumper looking back, or a front bumper corner
/// turned outward (its <see cref="RadarPose"/> says where and how far).
/// </summary>
public enum SensorMount : byte
{
    Front = 0,
    Rear = 1,
    FrontCorner = 2,
}
