namespace AebController.Hardware.Acquisition;

/// <summary>One range measurement and when it was taken; <see cref="Sequence"/> counts measurements.</summary>
public struct RangeSample
{
    public double DistanceM;
    public bool Valid;
    public long TimestampUs;
    public long Sequence;
}
