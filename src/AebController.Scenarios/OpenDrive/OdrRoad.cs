using AebController.Emulation.World.Road;
using AebController.Scenarios.Model;

namespace AebController.Scenarios.OpenDrive;

/// <summary>
/// One road of an OpenDRIVE file: its definition in aeb's road vocabulary (the same one scenario files
/// use) and the road model built from it, which places lane and road positions in the file's plane.
/// </summary>
public sealed record OdrRoad(string Id, RoadDefinition Definition, RoadModel Model)
{
    /// <summary>The plane point of road coordinates (s, t) and the reference line's heading there.</summary>
    public (double X, double Y, double Hdg) At(double s, double t)
    {
        Model.ToWorld(s, t, out double x, out double y, out double h);
        return (x, y, h);
    }

    /// <summary>The t of a lane's centre line at s, with the lane offset applied.</summary>
    public double LaneCentreT(int laneId, double s) =>
        Model.TryLaneCentre(laneId, s, out double t) ? t : throw new KeyNotFoundException($"road {Id} has no lane {laneId} at s = {s:0.###}");

    /// <summary>
    /// The road seen from a pose (x, y, heading) in the file's plane: its reference line moved and turned so
    /// that the pose is at the origin heading along +x, aeb's world frame (x ahead of the ego's start, y left).
    /// </summary>
    public RoadDefinition InFrameOf(double x0, double y0, double heading0)
    {
        double cos = Math.Cos(heading0), sin = Math.Sin(heading0);
        var geometry = Definition.Geometry!.Select(g =>
        {
            double dx = g.XM - x0, dy = g.YM - y0;
            return g with { XM = (float)(dx * cos + dy * sin), YM = (float)(-dx * sin + dy * cos), HdgDeg = (float)(g.HdgDeg - heading0 * 180 / Math.PI) };
        }).ToArray();
        return Definition with { Geometry = geometry };
    }
}
