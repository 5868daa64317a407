using AebController.Emulation.Sensors;
using AebController.Emulation.World;
using AebController.Firmware.Signals;

namespace AebController.Scenarios.Tests.World;

/// <summary>
/// Steps a world with a standing ego and collects every track of each fresh radar object list (a list whose age
/// fell since the last cycle; a repeated or never-published list is skipped), so that statistics tests count each
/// list the radar really sent once.
/// </summary>
internal static class RadarListSampler
{
    /// <summary>Collects the tracks of up to <paramref name="lists"/> fresh lists within <paramref name="maxCycles"/> world cycles; returns them and the number of lists seen.</summary>
    public static (List<RadarTrack> Tracks, int Lists) Collect(SimulationWorld world, RadarModel radar, int lists, int maxCycles)
    {
        var tracks = new List<RadarTrack>();
        var list = default(RadarObjectList);
        long lastAge = long.MaxValue;
        int seen = 0;
        for (int cycle = 0; seen < lists && cycle < maxCycles; cycle++)
        {
            world.Step(default, 0f, 1f);
            radar.Tick(world);
            radar.Publish(ref list, world.TimeUs);
            bool fresh = list.AgeUs < lastAge && list.AgeUs < SignalAge.Never;
            lastAge = list.AgeUs;
            if (!fresh) continue;
            seen++;
            for (int i = 0; i < list.Count; i++) tracks.Add(list.Tracks[i]);
        }

        return (tracks, seen);
    }
}
