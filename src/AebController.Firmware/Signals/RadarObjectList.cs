namespace AebController.Firmware.Signals;

/// <summary>The newest object list of one radar, with its age at the time the frame was read.</summary>
public struct RadarObjectList
{
    public RadarTrackBuffer Tracks;

    /// <summary>Valid entries at the start of <see cref="Tracks"/>; never above the capacity.</summary>
    public int Count;

    /// <summary>Time since the list was measured. <see cref="SignalAge.Never"/> when none has arrived.</summary>
    public long AgeUs;

    /// <summary>The sensor reports itself as working (no internal fault, not blind).</summary>
    public bool SensorOk;
}
