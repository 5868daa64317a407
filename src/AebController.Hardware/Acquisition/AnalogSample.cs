namespace AebController.Hardware.Acquisition;

/// <summary>One pass over the ADC's four channels, in volts, with the time it completed.</summary>
public struct AnalogSample
{
    public double AccelTrack1V;
    public double AccelTrack2V;
    public double BrakeV;
    public double SpeedV;
    public long TimestampUs;
}
