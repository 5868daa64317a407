using System.Runtime.CompilerServices;

namespace AebController.Firmware.Signals;

/// <summary>
/// One slot per ultrasonic sensor: indices 0–5 are the front bumper from left to right,
/// 6–11 the rear bumper from left to right (seen from behind the car: 6 is the car's left).
/// </summary>
[InlineArray(Capacity)]
public struct UltrasonicEchoBuffer
{
    public const int Capacity = 12;
    public const int FrontCount = 6;
    public const int FirstRear = 6;

    private UltrasonicEcho _element0;
}
