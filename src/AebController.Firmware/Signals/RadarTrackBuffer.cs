using System.Runtime.CompilerServices;

namespace AebController.Firmware.Signals;

/// <summary>Fixed storage for a radar object list; the capacity is set at build time.</summary>
[InlineArray(Capacity)]
public struct RadarTrackBuffer
{
    public const int Capacity = 64;

    private RadarTrack _element0;
}
