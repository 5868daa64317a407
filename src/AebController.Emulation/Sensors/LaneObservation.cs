using AebController.Emulation.World;
using AebController.Emulation.World.Road;
using AebController.Firmware.Signals;

namespace AebController.Emulation.Sensors;

/// <summary>
/// The geometry a lane-detection camera measures of the ego's lane: the lane centre from the front bumper up to the view
/// range, sampled along the road and fitted by least squares (each point weighted by its precision) with the cubic y = C0 + C1·x + C2·x² + C3·x³ in the
/// bumper's frame (x forward, y left), which is what production cameras fit to their marking points and publish
/// (<see cref="CameraLane"/> carries it as offset, heading, curvature 2·C2 and curvature rate 6·C3). The view range
/// ends where the markings end: where the lane stops, is no driving lane, or the road has no markings. No noise here
/// (<see cref="CameraModel"/> gives the marking points' errors). Allocation-free; keeps the road position of the last call as a hint.
/// </summary>
public sealed class LaneObservation
{
    /// <summary>Points of the lane centre fitted (every view range / (Samples − 1) metres).</summary>
    public const int Samples = 17;

    /// <summary>A lane seen over less than this is no lane (a few dashes: no curve can be fitted to them).</summary>
    public const float MinViewRangeM = 10f;

    private double _sHint = double.NaN;

    // The normal equations' matrix and right side, one sample's powers, and the samples: made once. The camera runs
    // inside the control cycle, whose every reachable call the allocation guard scans (a stackalloc'd Span's
    // constructor has throwing paths; AllocationFreeByConstructionTests).
    private readonly double[] _a = new double[16];
    private readonly double[] _b = new double[4];
    private readonly double[] _p = new double[4];
    private readonly double[] _us = new double[Samples];
    private readonly double[] _vs = new double[Samples];

    public void Reset() => _sHint = double.NaN;

    /// <summary>
    /// The ego's lane as seen up to <paramref name="viewRangeM"/> ahead of the bumper, quality not yet set; false when
    /// the bumper is in no driving lane, the road has no markings, or less than <see cref="MinViewRangeM"/> is marked.
    /// </summary>
    public bool TryObserve(SimulationWorld world, float viewRangeM, out CameraLane lane) => TryObserve(world, viewRangeM, default, 0f, 0f, out lane);

    /// <summary>
    /// As above, with marking point k displaced sideways by (<paramref name="pointNoiseM"/> + <paramref name="pointNoisePerM"/>·x)·
    /// <paramref name="pointErrors"/>[k] (unit errors, one per sample; empty: exact) before the fit, as a camera's marking
    /// points are measured: the fit's errors in offset, heading and curvature follow from them.
    /// </summary>
    public bool TryObserve(SimulationWorld world, float viewRangeM, ReadOnlySpan<float> pointErrors, float pointNoiseM, float pointNoisePerM, out CameraLane lane)
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
        double tanHalfFov = Math.Tan(Math.Min(HalfFovRad, 1.5));

        // The seen length: up to the first sample whose lane is gone (a lane that ends, a road that ends in none) or has
        // left the camera's field (a tight bend turns out of the image).
        double seen = viewRangeM;
        for (int k = 1; k < Samples; k++)
        {
            double sk = s + dir * viewRangeM * k / (Samples - 1);
            double tk = 0;
            bool inView = IsMarkedDrivingLane(road, laneId, sk) && road.TryLaneCentre(laneId, sk, out tk);
            if (inView)
            {
                road.ToWorld(sk, tk, out double x, out double y, out _);
                double along = (x - bx) * cos + (y - by) * sin;
                double across = -(x - bx) * sin + (y - by) * cos;
                inView = along > 0 && Math.Abs(across) <= along * tanHalfFov;
            }

            if (!inView)
            {
                seen = viewRangeM * (k - 1) / (Samples - 1);
                break;
            }
        }

        // A camera reports its polynomial only as far as it fits the marks: where the cubic misses the lane by more than
        // FitToleranceM (a straight running into a tight bend), the range is shortened until it fits (at most 6 times).
        for (int attempt = 0; attempt < 6 && seen >= MinViewRangeM; attempt++)
        {
            if (!Fit(road, laneId, s, dir, seen, bx, by, cos, sin, pointErrors, pointNoiseM, pointNoisePerM, ref lane, out double worstMissM)) return false;
            if (worstMissM <= FitToleranceM) return true;
            seen *= 0.75;
        }

        lane = default;
        return false;
    }

    /// <summary>Half the camera's horizontal field: lane marks outside it are not seen.</summary>
    public float HalfFovRad { get; set; } = MathF.PI / 2f;

    /// <summary>Largest miss of the fitted cubic from the lane's centre within the view range.</summary>
    public const double FitToleranceM = 0.15;

    private bool Fit(RoadModel road, int laneId, double s, double dir, double seen, double bx, double by, double cos, double sin,
        ReadOnlySpan<float> pointErrors, float pointNoiseM, float pointNoisePerM, ref CameraLane lane, out double worstMissM)
    {
        worstMissM = double.PositiveInfinity;
        // Normal equations of the cubic in u = x / range (well conditioned), accumulated over the samples.
        double[] a = _a;
        double[] b = _b;
        double[] p = _p;
        double[] us = _us;
        double[] vs = _vs;
        for (int i = 0; i < a.Length; i++) a[i] = 0;
        for (int i = 0; i < b.Length; i++) b[i] = 0;
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
            us[k] = u;
            vs[k] = v;
            if (k < pointErrors.Length) v += (pointNoiseM + pointNoisePerM * along) * pointErrors[k];
            p[0] = 1;
            p[1] = u;
            p[2] = u * u;
            p[3] = u * u * u;
            // Weighted by the points' precision (1/σ²: near marks are measured finer, as the image has more rows there).
            double sigma = pointNoiseM + pointNoisePerM * Math.Max(along, 0);
            double weight = sigma > 0 ? 1 / (sigma * sigma) : 1;
            for (int i = 0; i < 4; i++)
            {
                b[i] += weight * p[i] * v;
                for (int j = 0; j < 4; j++) a[4 * i + j] += weight * p[i] * p[j];
            }
        }

        if (!Solve4(a, b)) return false;
        // How far the fit misses the true lane (the noise is the camera's error, not the shape's).
        worstMissM = 0;
        for (int k = 0; k < Samples; k++)
        {
            double u = us[k];
            double fit = b[0] + u * (b[1] + u * (b[2] + u * b[3]));
            worstMissM = Math.Max(worstMissM, Math.Abs(fit - vs[k]) - (k < pointErrors.Length ? 3 * (pointNoiseM + pointNoisePerM * u * seen) : 0));
        }

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
    private static bool Solve4(double[] a, double[] b)
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
