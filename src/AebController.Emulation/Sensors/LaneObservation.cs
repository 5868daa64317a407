using AebController.Emulation.World;
using AebController.Emulation.World.Road;
using AebController.Firmware.Signals;

namespace AebController.Emulation.Sensors;

/// <summary>
/// The geometry a lane-detection camera measures of the ego's lane: the lane centre from the front bumper up to the view
/// range, sampled along the road and fitted by least squares with the cubic y = C0 + C1·x + C2·x² + C3·x³ in the
/// bumper's frame (x forward, y left), which is what production cameras fit to their marking points and publish
/// (<see cref="CameraLane"/> carries it as offset, heading, curvature 2·C2 and curvature rate 6·C3). The view range
/// ends where the markings end: where the lane stops, is no driving lane, or the road has no markings. No noise here
/// (<see cref="CameraModel"/> adds it). Allocation-free; keeps the road position of the last call as a hint.
/// </summary>
public sealed class LaneObservation
{
    /// <summary>Points of the lane centre fitted (every view range / (Samples − 1) metres).</summary>
    public const int Samples = 17;

    /// <summary>A lane seen over less than this is no lane (a few dashes: no curve can be fitted to them).</summary>
    public const float MinViewRangeM = 10f;

    private double _sHint = double.NaN;

    public void Reset() => _sHint = double.NaN;

    /// <summary>
    /// The ego's lane as seen up to <paramref name="viewRangeM"/> ahead of the bumper, quality not yet set; false when
    /// the bumper is in no driving lane, the road has no markings, or less than <see cref="MinViewRangeM"/> is marked.
    /// </summary>
    public bool TryObserve(SimulationWorld world, float viewRangeM, out CameraLane lane)
    {
        lane = default;
        if (!world.LaneMarkings || !(viewRangeM >= MinViewRangeM)) return false;
        var road = world.RoadModel;
        var ego = world.Ego;
        double bx = ego.FrontBumperXM;
        double by = ego.FrontBumperYM;
        double s, t;
        if (double.IsNaN(_sHint)) road.FromWorld(bx, by, out s, out t);
        else road.ReferenceLine.FromWorld(bx, by, _sHint, out s, out t);
        _sHint = s;
        int laneId = road.LaneIdAt(s, t);
        if (!IsMarkedDrivingLane(road, laneId, s)) return false;

        double cos = Math.Cos(ego.HeadingRad);
        double sin = Math.Sin(ego.HeadingRad);
        road.ReferenceLine.Evaluate(s, out _, out _, out double roadHeading);
        // The car looks along the road or against it (a lane driven the wrong way is still the lane it is in).
        double dir = Math.Cos(ego.HeadingRad - roadHeading) >= 0 ? 1 : -1;

        // The marked length: up to the first sample whose lane is gone (a lane that ends, a road that ends in none).
        double seen = viewRangeM;
        for (int k = 1; k < Samples; k++)
        {
            double sk = s + dir * viewRangeM * k / (Samples - 1);
            if (!IsMarkedDrivingLane(road, laneId, sk))
            {
                seen = viewRangeM * (k - 1) / (Samples - 1);
                break;
            }
        }

        if (seen < MinViewRangeM) return false;

        // Normal equations of the cubic in u = x / range (well conditioned), accumulated over the samples.
        Span<double> a = stackalloc double[16];
        Span<double> b = stackalloc double[4];
        Span<double> p = stackalloc double[4];
        double range = 0;
        for (int k = 0; k < Samples; k++)
        {
            double sk = s + dir * seen * k / (Samples - 1);
            road.TryLaneCentre(laneId, sk, out double tc);
            road.ToWorld(sk, tc, out double x, out double y, out _);
            double dx = x - bx;
            double dy = y - by;
            double along = dx * cos + dy * sin;
            range = Math.Max(range, along);
            double u = along / seen;
            double v = -dx * sin + dy * cos;
            p[0] = 1;
            p[1] = u;
            p[2] = u * u;
            p[3] = u * u * u;
            for (int i = 0; i < 4; i++)
            {
                b[i] += p[i] * v;
                for (int j = 0; j < 4; j++) a[4 * i + j] += p[i] * p[j];
            }
        }

        if (!Solve4(a, b)) return false;
        double r = seen;
        lane.OffsetM = (float)b[0];
        lane.HeadingRad = (float)(b[1] / r);
        lane.CurvaturePerM = (float)(2 * b[2] / (r * r));
        lane.CurvatureRatePerM2 = (float)(6 * b[3] / (r * r * r));
        // Reported along the car's axis, as the camera measures it.
        lane.ViewRangeM = (float)range;
        return true;
    }

    private static bool IsMarkedDrivingLane(RoadModel road, int laneId, double s)
    {
        if (laneId == 0) return false;
        var section = road.SectionAt(road.SectionIndexAt(s));
        return section.Has(laneId) && section.LaneOf(laneId).Type == LaneType.Driving && road.LaneWidth(laneId, s) > 0.5;
    }

    /// <summary>Gaussian elimination with partial pivoting of the 4×4 system a·x = b; the solution replaces b.</summary>
    private static bool Solve4(Span<double> a, Span<double> b)
    {
        for (int col = 0; col < 4; col++)
        {
            int pivot = col;
            for (int row = col + 1; row < 4; row++)
            {
                if (Math.Abs(a[4 * row + col]) > Math.Abs(a[4 * pivot + col])) pivot = row;
            }

            if (Math.Abs(a[4 * pivot + col]) < 1e-12) return false;
            if (pivot != col)
            {
                for (int j = 0; j < 4; j++) (a[4 * col + j], a[4 * pivot + j]) = (a[4 * pivot + j], a[4 * col + j]);
                (b[col], b[pivot]) = (b[pivot], b[col]);
            }

            for (int row = col + 1; row < 4; row++)
            {
                double f = a[4 * row + col] / a[4 * col + col];
                for (int j = col; j < 4; j++) a[4 * row + j] -= f * a[4 * col + j];
                b[row] -= f * b[col];
            }
        }

        for (int row = 3; row >= 0; row--)
        {
            double sum = b[row];
            for (int j = row + 1; j < 4; j++) sum -= a[4 * row + j] * b[j];
            b[row] = sum / a[4 * row + row];
        }

        return true;
    }
}
