using AebController.Firmware.Calibration;
using AebController.Firmware.Monitoring;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Perception;

/// <summary>
/// The front corner radars as forward AEB's second pair of eyes: each list is checked (fresh, sensor OK, count and every
/// field possible, not frozen; a failure is a diagnostic code and the list is not used), turned from its sensor's frame
/// into the car's frame at the front bumper with the calibrated mounting, and judged by the same threat assessment as
/// the front radar's list (crossing motion, corridor, TTC, camera confirmation of stationary returns). What it finds
/// only ever adds a candidate threat: a corner radar lost or faulted takes nothing from the front radar's threats.
/// Fixed buffers, bounded loops, nothing allocated after construction.
/// </summary>
public sealed class CornerRadarFusion
{
    /// <summary>Corner track ids in the forward threat: the sensor's id plus this (left) or twice this (right), clear of the front radar's ids.</summary>
    public const int IdBlock = 1_000_000;

    private readonly CornerRadarCalibration _cal;
    private readonly long _maxAgeUs;
    private readonly int _frozenLists;
    private readonly ThreatPersistence _leftPersistence = new();
    private readonly ThreatPersistence _rightPersistence = new();
    private readonly Mount _leftMount;
    private readonly Mount _rightMount;
    private RadarListRepeat _leftRepeat;
    private RadarListRepeat _rightRepeat;
    private RadarObjectList _left;
    private RadarObjectList _right;

    public CornerRadarFusion(CornerRadarCalibration calibration, long radarMaxAgeUs, int frozenLists)
    {
        _cal = calibration;
        _maxAgeUs = radarMaxAgeUs;
        _frozenLists = frozenLists;
        _leftMount = new Mount(calibration.LeftXM, calibration.LeftYM, calibration.LeftYawDeg, IdBlock);
        _rightMount = new Mount(calibration.RightXM, calibration.RightYM, calibration.RightYawDeg, 2 * IdBlock);
        Reset();
    }

    /// <summary>The left corner radar's list of this cycle was usable.</summary>
    public bool LeftOk { get; private set; }

    /// <summary>The right corner radar's list of this cycle was usable.</summary>
    public bool RightOk { get; private set; }

    /// <summary>The left list's crossing road users in the car's frame at the front bumper (as of the last <see cref="Transform"/>).</summary>
    public ref readonly RadarObjectList LeftInCarFrame => ref _left;

    /// <summary>The right list's crossing road users in the car's frame at the front bumper (as of the last <see cref="Transform"/>).</summary>
    public ref readonly RadarObjectList RightInCarFrame => ref _right;

    public void Reset()
    {
        _leftPersistence.Reset();
        _rightPersistence.Reset();
        _leftRepeat.Reset();
        _rightRepeat.Reset();
        _left = default;
        _right = default;
        LeftOk = RightOk = false;
    }

    /// <summary>Checks both lists (codes through <paramref name="monitor"/>); every cycle, whatever the gear.</summary>
    public void Observe(SensorFrame frame, InputMonitor monitor)
    {
        LeftOk = Check(ref frame.FrontLeftCornerRadar, ref _leftRepeat, monitor, DiagnosticCode.FrontLeftCornerRadarStale, DiagnosticCode.FrontLeftCornerRadarFault);
        RightOk = Check(ref frame.FrontRightCornerRadar, ref _rightRepeat, monitor, DiagnosticCode.FrontRightCornerRadarStale, DiagnosticCode.FrontRightCornerRadarFault);
        _leftPersistence.Observe(frame.FrontLeftCornerRadar.AgeUs);
        _rightPersistence.Observe(frame.FrontRightCornerRadar.AgeUs);
        _left.Count = 0;
        _right.Count = 0;
    }

    /// <summary>
    /// Turns the usable lists into the car's frame (crossing road users only) and returns the more critical of the two
    /// corner radars' in-path threats.
    /// </summary>
    public ThreatAssessment Assess(SensorFrame frame, ref CameraObjectList camera, in EgoPath path, float egoSpeedMps, float egoAccelMps2,
        in TargetGate gate, bool cameraOk, float oncomingJudgedElsewhereMps)
    {
        // The frame's turn: the path's yaw-rate circle (its curvature × speed: 0 below walking pace, as the path's own).
        Transform(frame, egoSpeedMps, egoAccelMps2, path.CurvaturePerM * egoSpeedMps, path.AxleToBumperM);
        var left = LeftOk
            ? RadarThreatAssessor.Assess(ref _left, ref camera, path, egoSpeedMps, egoAccelMps2, gate, cameraOk, _leftPersistence, null, oncomingJudgedElsewhereMps)
            : ThreatAssessment.None;
        var right = RightOk
            ? RadarThreatAssessor.Assess(ref _right, ref camera, path, egoSpeedMps, egoAccelMps2, gate, cameraOk, _rightPersistence, null, oncomingJudgedElsewhereMps)
            : ThreatAssessment.None;
        return ObstacleFusion.MoreCritical(left, right);
    }

    /// <summary>Fills <see cref="LeftInCarFrame"/> and <see cref="RightInCarFrame"/> from the lists found usable by <see cref="Observe"/>.</summary>
    /// <param name="yawRateRps">The car's yaw rate: the frame the lists' velocities are in turns with the car.</param>
    /// <param name="axleToBumperM">The rear axle's distance behind the bumper's face (the frame turns about it).</param>
    public void Transform(SensorFrame frame, float egoSpeedMps, float egoAccelMps2, float yawRateRps = 0f, float axleToBumperM = 0f)
    {
        _left.Count = 0;
        _right.Count = 0;
        if (LeftOk) ToCarFrame(ref frame.FrontLeftCornerRadar, _leftMount, egoSpeedMps, egoAccelMps2, yawRateRps, axleToBumperM, ref _left);
        if (RightOk) ToCarFrame(ref frame.FrontRightCornerRadar, _rightMount, egoSpeedMps, egoAccelMps2, yawRateRps, axleToBumperM, ref _right);
    }

    private bool Check(ref RadarObjectList list, ref RadarListRepeat repeat, InputMonitor monitor, DiagnosticCode stale, DiagnosticCode fault)
    {
        if (!_cal.Fitted) return false;
        // Not arrived yet during start-up: unusable, but not a fault (as every other input).
        if (list.AgeUs >= SignalAge.Never && monitor.InStartupGrace) return false;
        if (!(list.AgeUs >= 0 && list.AgeUs <= _maxAgeUs))
        {
            monitor.Report(stale);
            return false;
        }

        bool ok = list.SensorOk && list.Count >= 0 && list.Count <= RadarTrackBuffer.Capacity;
        int count = ok ? list.Count : 0;
        for (int i = 0; i < count; i++)
        {
            ok &= TrackPlausibility.RadarTrackValid(list.Tracks[i]);
        }

        ok &= repeat.Update(ref list, _frozenLists);
        if (!ok) monitor.Report(fault);
        return ok;
    }

    /// <summary>
    /// A corner track is the nearest point of its object in the sensor's frame; the car-frame track the assessor reads
    /// carries the distance ahead of the bumper's face and the object's lateral centre (the nearest point moved half the
    /// object's width away from the sensor's side).
    /// <para>Only road users crossing the path are taken, with their velocity from the Doppler. A corner radar's
    /// velocity across its boresight comes from azimuth differences (1° σ: about 2 m/s at 30 m), which made guard-rail
    /// posts, manhole covers and parked cars look like crossers and warned in 47 of the 51 false-activation cases. Its
    /// rate along the boresight is Doppler (0.3 m/s σ): a standing object shows −v_ego·cos ψ there, so what exceeds
    /// that is the object's own ground speed along the boresight; a road user crossing the path (no speed along the
    /// car's axis) has ground speed (rate + v_ego·cos ψ) / sin ψ across it. The track is taken when that is at least
    /// <see cref="CornerRadarCalibration.CrossingMinSpeedMps"/> and the tracker's own (noisy) velocity agrees that it
    /// runs across rather than along the road (oncoming and lead cars, the front radar's business).</para>
    /// <para>While the car turns, the list's velocities are in a frame that turns with it (docs/sensors.md): a standing
    /// object x ahead of the bumper moves across the car's axis at −ω·(x + a) in it, and so shows −v_ego·cos ψ − ω·(x + a)·sin ψ
    /// along the boresight. Its speed over ground across the path, the one the gates judge, has that rotation taken out;
    /// the car-frame track keeps the turning frame's velocity, as the front radar's (the assessor takes the rotation out
    /// itself). Without it, a car parked on the outside of a 40 m bend 14 m ahead at 50 km/h (ω 0.34 rad/s) read 5.9 m/s
    /// across, passed the 5 m/s gate, and braked the car fully (tests/adversarial/bend-parked-outside, 50 km/h left, 1 seed of 10).</para>
    /// </summary>
    private void ToCarFrame(ref RadarObjectList sensor, in Mount m, float egoSpeedMps, float egoAccelMps2, float yawRateRps, float axleToBumperM,
        ref RadarObjectList car)
    {
        int n = 0;
        // The ego's speed when the list was measured (the list is its age old).
        float egoThenMps = egoSpeedMps - egoAccelMps2 * ThreatMath.ListAgeS(sensor.AgeUs);
        int count = Math.Min(sensor.Count, RadarTrackBuffer.Capacity);
        for (int i = 0; i < count; i++)
        {
            ref readonly RadarTrack s = ref sensor.Tracks[i];
            float xM = m.XM + s.LongitudinalM * m.Cos - s.LateralM * m.Sin;
            // Beside or behind the bumper's face: nothing forward AEB brakes for.
            if (xM < 0f) continue;
            if (MathF.Abs(m.Sin) < 0.3f) continue;
            float acrossMps = (s.RelVelLongMps + egoThenMps * m.Cos) / m.Sin;
            // The frame's rotation across the car's axis at the object: −ω·(x + a); over ground it is not the object's.
            float rotationMps = -yawRateRps * (xM + axleToBumperM);
            float groundAcrossMps = acrossMps - rotationMps;
            // Both readings must cross: over ground (a standing object turned past by the frame is no crosser) and in the
            // turning frame as before (it only ever removes a track: the world's posts and covers report no rotation).
            if (MathF.Abs(acrossMps) < _cal.CrossingMinSpeedMps || MathF.Abs(groundAcrossMps) < _cal.CrossingMinSpeedMps) continue;
            float trackedAlongMps = s.RelVelLongMps * m.Cos - s.RelVelLatMps * m.Sin + egoThenMps;
            float trackedAcrossMps = s.RelVelLongMps * m.Sin + s.RelVelLatMps * m.Cos;
            if (trackedAcrossMps * acrossMps <= 0f || MathF.Abs(trackedAlongMps) > _cal.CrossingMaxAlongRatio * MathF.Abs(trackedAcrossMps)) continue;
            float yM = m.YM + s.LongitudinalM * m.Sin + s.LateralM * m.Cos;
            float halfWidthM = 0.5f * s.WidthM;
            ref RadarTrack c = ref car.Tracks[n++];
            c = s;
            c.Id = m.IdBase + (int)((uint)s.Id % IdBlock);
            c.LongitudinalM = xM;
            c.LateralM = yM > m.YM ? yM + halfWidthM : yM < m.YM ? yM - halfWidthM : yM;
            // A crossing road user: no speed or acceleration along the car's axis over ground.
            c.RelVelLongMps = -egoThenMps;
            c.RelVelLatMps = acrossMps;
            c.RelAccelLongMps2 = -egoAccelMps2;
        }

        car.Count = n;
        car.AgeUs = sensor.AgeUs;
        car.SensorOk = sensor.SensorOk;
    }

    private readonly struct Mount
    {
        public readonly float XM;
        public readonly float YM;
        public readonly float Cos;
        public readonly float Sin;
        public readonly int IdBase;

        public Mount(float xM, float yM, float yawDeg, int idBase)
        {
            XM = xM;
            YM = yM;
            float yawRad = yawDeg * MathF.PI / 180f;
            Cos = MathF.Cos(yawRad);
            Sin = MathF.Sin(yawRad);
            IdBase = idBase;
        }
    }
}
