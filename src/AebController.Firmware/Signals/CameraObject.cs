namespace AebController.Firmware.Signals;

/// <summary>One object of the front camera's list: position, size and a class once confirmed.</summary>
public struct CameraObject
{
    public int Id;
    public float LongitudinalM;
    public float LateralM;
    public float WidthM;
    public float RelVelLongMps;

    /// <summary>Class, <see cref="ObjectClass.Unknown"/> until the camera has confirmed it.</summary>
    public ObjectClass Class;

    /// <summary>Classification confidence, 0 to 1.</summary>
    public float Confidence;
}
