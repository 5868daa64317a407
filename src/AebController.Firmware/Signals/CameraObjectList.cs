namespace AebController.Firmware.Signals;

/// <summary>The newest camera object list and its age.</summary>
public struct CameraObjectList
{
    public CameraObjectBuffer Objects;
    public int Count;
    public long AgeUs;
    public bool SensorOk;
}
