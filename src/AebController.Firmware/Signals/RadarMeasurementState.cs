namespace AebController.Firmware.Signals;

/// <summary>
/// What a radar says of one object in this cycle's list: whether a detection of this cycle confirmed it or the tracker
/// only predicted it forward (Continental ARS 408: Obj_MeasState of the object quality message 0x60C, docs/sensors.md).
/// A radar that does not send it leaves <see cref="Unknown"/>, which the firmware reads as it always read a listed
/// object: measured.
/// </summary>
public enum RadarMeasurementState : byte
{
    /// <summary>Not sent by this sensor (a scripted list, a distance sensor standing in for a radar).</summary>
    Unknown = 0,

    /// <summary>The object was created by this cycle's detections (its first list).</summary>
    New = 1,

    /// <summary>This cycle's detections confirmed the object (a cluster was associated with it).</summary>
    Measured = 2,

    /// <summary>No detection of this cycle confirmed the object: the tracker coasts it on its last estimate.</summary>
    Predicted = 3,
}
