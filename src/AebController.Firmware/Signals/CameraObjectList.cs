namespace AebController.Firmware.Signals;

/// <summary>The newest camera object list, the lane of the same frame (<see cref="CameraLane"/>, optional) and their age.</summary>
public struct CameraObjectList
{
    public CameraObjectBuffer Objects;
    public int Count;
    public long AgeUs;
    public bool SensorOk;

    /// <summary>The ego's lane as the camera saw it in the same frame; quality 0 when it saw none or cannot detect lanes.</summary>
    public CameraLane Lane;
}
