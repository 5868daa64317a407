using AebController.Firmware.Functions;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Perception;

/// <summary>
/// The camera's lane, accepted only while the camera is healthy and reports it with good quality and plausible values
/// over consecutive frames, and carried from its measurement to now by the car's own motion. A frame in which the
/// camera saw no lane (quality 0: a missed frame, glare) keeps the last good lane until it is
/// <see cref="LanePathGate.MaxAgeUs"/> old; a frame with a low-quality or implausible lane, a faulted camera and a turn off
/// the road withdraw it at once (the path is then the yaw rate's alone). Allocation-free, constant work per cycle.
/// </summary>
public sealed class LaneTracker
{
    private CameraLane _lane;
    private long _measuredUs;
    private long _lastFrameUs;
    private int _goodFrames;
    private bool _confirmed;

    public LaneTracker() => Reset();

    /// <summary>Consecutive good frames so far (saturating).</summary>
    public int GoodFrames => _goodFrames;

    public void Reset()
    {
        _lane = default;
        _measuredUs = long.MinValue;
        _lastFrameUs = long.MinValue;
        _goodFrames = 0;
        _confirmed = false;
    }

    /// <summary>
    /// Takes the lane of a camera frame not seen before; <paramref name="usable"/> false (a faulted camera, a turn off the
    /// road) withdraws the lane. <paramref name="speedMps"/>: the car's speed, for a short lane at low speed
    /// (<see cref="SeenFarEnough"/>); without it only a lane seen over the gate's MinViewRangeM is taken.
    /// </summary>
    public void Observe(ref CameraObjectList camera, long nowUs, bool usable, in LanePathGate gate, float speedMps = float.PositiveInfinity)
    {
        if (!usable)
        {
            Reset();
            return;
        }

        if (camera.AgeUs < 0 || camera.AgeUs >= SignalAge.Never) return;
        long frameUs = nowUs - camera.AgeUs;
        if (frameUs == _lastFrameUs) return;
        _lastFrameUs = frameUs;
        ref readonly CameraLane lane = ref camera.Lane;
        // Not seen this frame: the last good lane coasts (its age limits how long).
        if (lane.Quality == CameraLane.NoLane) return;
        bool good = Plausible(lane, gate, speedMps);
        _goodFrames = Saturating.Count(_goodFrames, good);
        if (!good)
        {
            _confirmed = false;
            return;
        }

        _lane = lane;
        _measuredUs = frameUs;
        if (_goodFrames >= gate.ConfirmFrames) _confirmed = true;
    }

    /// <summary>
    /// Whether the camera's lane values describe a lane the car is in and goes along, seen far enough: with the quality
    /// asked over <see cref="LanePathGate.MinViewRangeM"/>, or (<see cref="SeenFarEnough"/>) at low speed over as far as
    /// the car travels before the lane takes the whole path. Without a speed only the first holds.
    /// </summary>
    public static bool Plausible(in CameraLane lane, in LanePathGate gate, float speedMps = float.PositiveInfinity) =>
        MathF.Abs(lane.OffsetM) <= gate.MaxOffsetM
        && AlongLane(lane, gate)
        && MathF.Abs(lane.CurvaturePerM) <= gate.MaxCurvaturePerM
        && MathF.Abs(lane.CurvatureRatePerM2) <= gate.MaxCurvatureRatePerM2
        && lane.ViewRangeM <= 400f
        && SeenFarEnough(lane.Quality, lane.ViewRangeM, speedMps, gate);

    /// <summary>
    /// Whether the car goes along the lane: the lane's heading within <see cref="LanePathGate.MaxHeadingRad"/> of the car's
    /// axis at the bumper (a bend that begins ahead of the car: a cubic fitted over a straight into a bend reads a heading
    /// at the bumper and a curvature there that is the fit's smoothing of the step, not a bend the car is in) or at the rear
    /// axle (<see cref="HeadingAtAxleRad"/>: a car in the bend). Either: the fit does not say where the bend began.
    /// </summary>
    public static bool AlongLane(in CameraLane lane, in LanePathGate gate) =>
        MathF.Abs(lane.HeadingRad) <= gate.MaxHeadingRad || MathF.Abs(HeadingAtAxleRad(lane, gate.AxleToBumperM)) <= gate.MaxHeadingRad;

    /// <summary>
    /// The lane's heading relative to the car's axis at the rear axle, <paramref name="axleToBumperM"/> behind the bumper
    /// the lane is reported from: the clothoid's slope carried back, H − κ·a + κ'·a²/2. Why there: the rear axle moves
    /// along the car's axis (no side slip at the rear wheels of a car at ordinary lateral acceleration), so there a car that
    /// keeps its lane reads the small angle of its steering lag whatever the bend; at the bumper the lane has already turned
    /// by a/R, 3.8 m / 40 m = 5.4° in a 40 m bend and 8.7° in a 25 m one, which a bound on the bumper's heading took for a
    /// car leaving its lane (the lane was withdrawn 12 m into a 40 m bend at 50 km/h: tests/adversarial/bend-parked-outside).
    /// </summary>
    public static float HeadingAtAxleRad(in CameraLane lane, float axleToBumperM)
    {
        float a = MathF.Max(axleToBumperM, 0f);
        return lane.HeadingRad - a * (lane.CurvaturePerM - 0.5f * a * lane.CurvatureRatePerM2);
    }

    /// <summary>
    /// A lane seen over <see cref="LanePathGate.MinViewRangeM"/> with <see cref="LanePathGate.MinQuality"/>; or, of any
    /// quality, over the distance the car travels in <see cref="LanePathGate.BlendEndS"/> at <paramref name="speedMps"/>
    /// (not below <see cref="LanePathGate.ShortViewMinM"/>) where that distance is shorter than MinViewRangeM or the lane
    /// is shorter than <see cref="LanePathGate.ShortViewMaxM"/> (short, not predicted): the path
    /// beyond the blend's end is the lane's alone, so a lane seen that far is seen wherever the path is still being
    /// handed over to it, and a tight bend that turns out of the image (the short view, the low grade) is met at low speed.
    /// </summary>
    public static bool SeenFarEnough(int quality, float viewRangeM, float speedMps, in LanePathGate gate)
    {
        if (quality < 1 || !(viewRangeM > 0f)) return false;
        if (quality >= gate.MinQuality && viewRangeM >= gate.MinViewRangeM) return true;
        float neededM = MathF.Max(gate.ShortViewMinM, MathF.Max(speedMps, 0f) * gate.BlendEndS);
        // A lane shorter than ShortViewMaxM is graded low for its length alone (a bend turned it out of the image): it
        // serves wherever it reaches that far, at 45-54 km/h too (1.6 s of travel is 20-24 m there).
        return (neededM < gate.MinViewRangeM || viewRangeM < gate.ShortViewMaxM) && viewRangeM >= neededM;
    }

    /// <summary>
    /// The confirmed lane carried to now: the car has gone d = v·age along its path and turned by yaw·age since the frame
    /// was taken, so the lane ahead starts d farther along (heading, curvature and view range at d) and its heading is
    /// measured from the car's new axis. False when there is none or it is too old.
    /// </summary>
    public bool TryCurrent(long nowUs, float speedMps, float yawRateRps, in LanePathGate gate, out CameraLane lane)
    {
        lane = default;
        if (!_confirmed) return false;
        long ageUs = nowUs - _measuredUs;
        if (ageUs < 0 || ageUs > gate.MaxAgeUs) return false;
        float ageS = ageUs * 1e-6f;
        float d = MathF.Max(speedMps, 0f) * ageS;
        lane = _lane;
        lane.OffsetM = _lane.LateralAt(d);
        lane.HeadingRad = _lane.HeadingRad + d * (_lane.CurvaturePerM + 0.5f * d * _lane.CurvatureRatePerM2) - yawRateRps * ageS;
        lane.CurvaturePerM = _lane.CurvaturePerM + d * _lane.CurvatureRatePerM2;
        lane.ViewRangeM = _lane.ViewRangeM - d;
        return lane.ViewRangeM > 0f;
    }
}
