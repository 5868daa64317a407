namespace AebController.Emulation.Sensors;

/// <summary>
/// The realistic radar's tracker state for one reflector (an actor or a clutter point): detection
/// history for M-of-N confirmation, coasting, and the α-β filters whose outputs the object list carries.
/// </summary>
internal struct RadarTrackState
{
    /// <summary>Clutter slot owner (which post or cover); unused for actors.</summary>
    public long Key;

    /// <summary>Detection history, newest in bit 0.</summary>
    public uint Hits;
    public bool Confirmed;
    public bool Started;
    public int Misses;
    public int Id;
    public int Age;

    /// <summary>Lists this confirmed track has been reported in (the first is its "new" list).</summary>
    public int Listed;

    public float RangeM;
    public float LateralM;
    public float LateralVelMps;
    public float RangeRateMps;
    public float RangeAccelMps2;
    public float ElevationSumM;
    public int ElevationCount;

    public void Clear()
    {
        this = default;
    }
}
