using AebController.Firmware.Signals;

namespace AebController.Firmware.Perception;

/// <summary>
/// The ego turning across an oncoming road user's path (Euro NCAP FC v1.1 §3.1.1.2, CCFtap and CMFtap). The in-path
/// test of <see cref="RadarThreatAssessor"/> bends the path with the yaw rate of the moment; while the car turns off the
/// road that circle is still wide (R 90 m, 60 m, …) and passes the oncoming lane far ahead, where the oncoming car has
/// long gone by, so the conflict shows about 0.25 s before contact (docs/conformance.md). This rule predicts the turn
/// from the steering instead: the steered curvature tan(δ)/L and its rate (the wheel leads the yaw), the rate carried
/// over <see cref="TurnGate.CurvatureRateHorizonS"/>, the curvature capped at a car's tightest turn. It runs only while
/// the steering departs from the road's own curvature (learned from the yaw rate while the car follows the road, frozen
/// while it turns off) at turning speeds, and only for road users coming toward the car over ground. Each such user is
/// moved on along the road (its present over-ground velocity, its heading turning with the road's curvature as an
/// oncoming car on a bend does), and the two footprints (ego: rear axle to bumper, widened by the margin; target: its
/// width × an assumed car length) are compared step by step over the horizon. The first overlap is a conflict point on
/// the ego's path, reported as a standing threat at the distance the bumper travels to it.
/// Allocation-free after construction; the loops are bounded by <see cref="MaxSteps"/> and the radar list's capacity.
/// </summary>
public sealed class TurnAcrossPath
{
    /// <summary>Most prediction steps: horizon / step must fit (the calibration checks it).</summary>
    public const int MaxSteps = 120;

    /// <summary>Id of a predicted conflict: ConflictIdBase − track id, below the ultrasonic sensors' ids, so the range monitors never take it for a radar range.</summary>
    public const int ConflictIdBase = -1000;

    /// <summary>Below this speed the yaw rate over speed is noise (as for <see cref="EgoPath"/>).</summary>
    private const float CurvatureMinSpeedMps = 1f;

    private readonly float[] _egoX = new float[MaxSteps + 1];
    private readonly float[] _egoY = new float[MaxSteps + 1];
    private readonly float[] _egoHeading = new float[MaxSteps + 1];
    private float _roadCurvaturePerM;
    private bool _roadKnown;
    private float _frozenS;
    private float _headingOffRoadRad;

    /// <summary>The road's curvature as last learned (yaw rate over speed, low-passed while the car follows the road).</summary>
    public float RoadCurvaturePerM => _roadCurvaturePerM;

    /// <summary>
    /// How far the ego has turned away from the road's direction since the steering began to depart from it (rad, positive
    /// toward the left): the yaw rate less the road's own turning (κ_road·v) integrated while departing, 0 while following the road.
    /// </summary>
    public float HeadingOffRoadRad => _headingOffRoadRad;

    public void Reset()
    {
        _roadCurvaturePerM = 0f;
        _roadKnown = false;
        _frozenS = 0f;
        _headingOffRoadRad = 0f;
    }

    /// <summary>Curvature of the rear axle's path the steering asks for: tan(δ)/L, δ the road-wheel angle (kinematic bicycle model).</summary>
    public static float SteeredCurvaturePerM(float steeringWheelRad, float steeringRatio, float wheelbaseM)
    {
        if (!float.IsFinite(steeringWheelRad) || !(steeringRatio > 0f) || !(wheelbaseM > 0f)) return float.NaN;
        float wheel = Math.Clamp(steeringWheelRad / steeringRatio, -1.2f, 1.2f);
        return MathF.Tan(wheel) / wheelbaseM;
    }

    /// <summary>How fast the steered curvature changes: d/dt tan(δ)/L = δ̇ / (L·cos²δ).</summary>
    public static float SteeredCurvatureRatePerMs(float steeringWheelRad, float steeringWheelRateRps, float steeringRatio, float wheelbaseM)
    {
        if (!float.IsFinite(steeringWheelRad) || !float.IsFinite(steeringWheelRateRps) || !(steeringRatio > 0f) || !(wheelbaseM > 0f)) return float.NaN;
        float wheel = Math.Clamp(steeringWheelRad / steeringRatio, -1.2f, 1.2f);
        float cos = MathF.Cos(wheel);
        return steeringWheelRateRps / steeringRatio / (wheelbaseM * cos * cos);
    }

    /// <summary>
    /// Learns the road's curvature from the yaw rate while the car follows the road. While the steering departs from it by
    /// the gate's departure curvature (a turn off the road) the estimate is frozen, for at most the prediction horizon: a
    /// bend that lasts longer is the road.
    /// </summary>
    public void ObserveRoad(float speedMps, float yawRateRps, float steeredCurvaturePerM, float cycleS, in TurnGate gate)
    {
        if (!(speedMps > CurvatureMinSpeedMps) || !float.IsFinite(yawRateRps)) return;
        float yawCurvature = yawRateRps / speedMps;
        if (!_roadKnown)
        {
            _roadCurvaturePerM = yawCurvature;
            _roadKnown = true;
            return;
        }

        bool departing = float.IsFinite(steeredCurvaturePerM) && MathF.Abs(steeredCurvaturePerM - _roadCurvaturePerM) >= gate.MinDepartureCurvaturePerM;
        _frozenS = departing ? _frozenS + cycleS : 0f;
        // The car's heading off the road: what the yaw rate turned beyond the road's own bend while the steering departs.
        _headingOffRoadRad = departing
            ? Math.Clamp(_headingOffRoadRad + (yawRateRps - _roadCurvaturePerM * speedMps) * cycleS, -MathF.PI, MathF.PI)
            : 0f;
        if (departing && _frozenS <= gate.HorizonS) return;
        _roadCurvaturePerM += (yawCurvature - _roadCurvaturePerM) * MathF.Min(1f, cycleS / gate.RoadCurvatureTimeConstantS);
    }

    /// <summary>
    /// Whether the rule judges oncoming road users now: the speed within the gate's turning speeds and the steering
    /// departing from the road's curvature toward the oncoming lane's side (a turn the other way crosses no oncoming lane). While it does, the in-path test leaves oncoming tracks to it (that test's
    /// path-parallel motion is wrong for a car turning off the road: it warned for oncoming cars arriving 3–5 s after
    /// the ego had left their lane, `fa-turn-oncoming`).
    /// </summary>
    public bool Turning(float egoSpeedMps, float steeredCurvaturePerM, in TurnGate gate) =>
        egoSpeedMps >= gate.MinSpeedMps && egoSpeedMps <= gate.MaxSpeedMps && float.IsFinite(steeredCurvaturePerM)
        && (steeredCurvaturePerM - _roadCurvaturePerM) * gate.OncomingSide >= gate.MinDepartureCurvaturePerM;

    /// <summary>The most critical predicted conflict with an oncoming road user while the ego turns off the road, or none.</summary>
    public ThreatAssessment Assess(ref RadarObjectList radar, float egoSpeedMps, float yawRateRps,
        float steeredCurvaturePerM, float steeredCurvatureRatePerMs, in TurnGate gate, ThreatPersistence? persistence = null, int minThreatLists = 1)
    {
        var best = ThreatAssessment.None;
        if (!Turning(egoSpeedMps, steeredCurvaturePerM, gate)) return best;
        if (!float.IsFinite(steeredCurvatureRatePerMs) || !float.IsFinite(yawRateRps)) return best;

        int steps = PredictEgo(egoSpeedMps, steeredCurvaturePerM, steeredCurvatureRatePerMs, gate);
        float ageS = ThreatMath.ListAgeS(radar.AgeUs);
        int count = Math.Min(radar.Count, RadarTrackBuffer.Capacity);
        for (int i = 0; i < count; i++)
        {
            ref readonly RadarTrack track = ref radar.Tracks[i];
            if (!Candidate(track, gate)) continue;
            int conflictStep = ConflictStep(track, egoSpeedMps, yawRateRps, ageS, steps, gate, out int entryStep);
            if (conflictStep < 0) continue;
            float conflictS = conflictStep * gate.StepS;
            // A conflict must stand in consecutive radar lists, as an in-path candidate must (one-list glitches).
            if (persistence is not null && persistence.Candidate(ConflictIdBase - track.Id) < minThreatLists) continue;

            // The car must stop before it enters the road user's lane (the strip it sweeps), not before the place where the
            // two would meet: stopped there, the road user would still drive into its side.
            float rangeM = MathF.Max(egoSpeedMps * entryStep * gate.StepS, 0.01f);
            float required = ThreatMath.RequiredDeceleration(rangeM, egoSpeedMps, 0f, 0f, gate.BrakeLatencyS, gate.StopMarginM);
            bool better = !best.HasTarget || required > best.RequiredDecelMps2 || (required == best.RequiredDecelMps2 && rangeM < best.RangeM);
            if (!better) continue;
            best.HasTarget = true;
            best.TrackId = ConflictIdBase - track.Id;
            best.RangeM = rangeM;
            best.ClosingSpeedMps = egoSpeedMps;
            best.TargetSpeedMps = 0f;
            best.TargetAccelMps2 = 0f;
            best.TtcS = conflictS;
            best.RequiredDecelMps2 = required;
            best.PathOffsetM = 0f;
            best.Class = track.ClassHint;
        }

        return best;
    }

    private static bool Candidate(in RadarTrack track, in TurnGate gate) =>
        TrackPlausibility.RadarTrackValid(track)
        && track.LongitudinalM >= 0f && track.LongitudinalM <= gate.MaxRangeM
        && track.UpdateCount >= gate.MinTrackUpdates
        && track.ElevationM <= gate.MaxElevationM;

    /// <summary>The ego's rear-axle poses over the horizon in today's rear-axle frame; returns the number of steps.</summary>
    private int PredictEgo(float speedMps, float curvaturePerM, float curvatureRatePerMs, in TurnGate gate)
    {
        int steps = Math.Clamp((int)MathF.Ceiling(gate.HorizonS / gate.StepS), 1, MaxSteps);
        float x = 0f, y = 0f, heading = 0f;
        _egoX[0] = 0f;
        _egoY[0] = 0f;
        _egoHeading[0] = 0f;
        float ds = speedMps * gate.StepS;
        for (int k = 1; k <= steps; k++)
        {
            float midS = (k - 0.5f) * gate.StepS;
            float kappa = Math.Clamp(curvaturePerM + curvatureRatePerMs * MathF.Min(midS, gate.CurvatureRateHorizonS),
                -gate.MaxCurvaturePerM, gate.MaxCurvaturePerM);
            Advance(ref x, ref y, ref heading, kappa, ds);
            _egoX[k] = x;
            _egoY[k] = y;
            _egoHeading[k] = heading;
        }

        return steps;
    }

    /// <summary>
    /// The first step at which the two footprints overlap within the horizon (−1 when none), and in
    /// <paramref name="entryStep"/> the first step at which the ego's footprint enters the strip the road user sweeps
    /// (its lane), at most the conflict step. The road user is moved on twice: along its measured over-ground heading and
    /// along its lane's heading (the road's direction reversed, seen from a car that has turned <see cref="HeadingOffRoadRad"/>
    /// off it). The measured heading comes from the tracker's lateral velocity, which lags while the yaw rate ramps up in the
    /// turn-in: a car driving straight along its lane then reads as veering away (+1.4 m/s at 32 m, ncap26-ccftap-25-80 seed
    /// 8656) and its lane is placed too far, so the car stopped with its nose in it. The earlier of the two is kept.
    /// </summary>
    private int ConflictStep(in RadarTrack track, float egoSpeedMps, float yawRateRps, float ageS, int steps, in TurnGate gate, out int entryStep)
    {
        entryStep = 0;
        float axleXM = track.LongitudinalM + gate.AxleToBumperM;
        // Over-ground velocity in today's frame: the radar's frame turns with the car about the rear axle.
        float vx = track.RelVelLongMps + egoSpeedMps;
        float vy = track.RelVelLatMps + yawRateRps * axleXM;
        if (vx > -gate.TargetMinSpeedMps) return -1;
        float speed = MathF.Sqrt(vx * vx + vy * vy);
        int measured = ConflictAlong(track, MathF.Atan2(vy, vx), speed, ageS, steps, gate, out int measuredEntry);
        // The lane's heading where the road user is: the road reversed, turned by the bend over its distance ahead.
        float laneHeading = MathF.PI + _roadCurvaturePerM * axleXM - _headingOffRoadRad;
        int lane = ConflictAlong(track, laneHeading, speed, ageS, steps, gate, out int laneEntry);
        if (measured < 0 && lane < 0) return -1;
        if (measured < 0 || (lane >= 0 && laneEntry < measuredEntry))
        {
            entryStep = laneEntry;
            return measured < 0 ? lane : Math.Min(measured, lane);
        }

        entryStep = measuredEntry;
        return lane < 0 ? measured : Math.Min(measured, lane);
    }

    /// <summary>The conflict and lane-entry steps for the road user moving on from its present place at <paramref name="heading"/>.</summary>
    private int ConflictAlong(in RadarTrack track, float heading, float speed, float ageS, int steps, in TurnGate gate, out int entryStep)
    {
        entryStep = 0;
        float axleXM = track.LongitudinalM + gate.AxleToBumperM;
        float halfLength = 0.5f * gate.TargetLengthM;
        // The list is ageS old: the target has moved on since (its front face is what the radar measures).
        float x = axleXM + track.RelVelLongMps * ageS - halfLength * MathF.Cos(heading);
        float y = track.LateralM + track.RelVelLatMps * ageS - halfLength * MathF.Sin(heading);
        float startX = x, startY = y;
        // An oncoming road user follows the road: on a bend its heading turns the other way round from ours.
        float kappa = -_roadCurvaturePerM;
        float ds = speed * gate.StepS;
        float halfWidth = 0.5f * MathF.Max(track.WidthM, 0.3f);
        float egoHalfLength = 0.5f * gate.AxleToBumperM;
        float egoHalfWidth = 0.5f * gate.EgoWidthM + gate.MarginM;
        int conflict = -1;
        for (int k = 0; k <= steps && conflict < 0; k++)
        {
            if (k > 0) Advance(ref x, ref y, ref heading, kappa, ds);
            if (BoxesOverlap(EgoCentreX(k, egoHalfLength), EgoCentreY(k, egoHalfLength), _egoHeading[k], egoHalfLength, egoHalfWidth,
                x, y, heading, halfLength, halfWidth)) conflict = k;
        }

        if (conflict < 0) return -1;
        // Its lane: the strip from where it is now to where the horizon ends, as wide as it is (the chord of a bend's arc).
        for (int k = conflict + 1; k <= steps; k++) Advance(ref x, ref y, ref heading, kappa, ds);
        float chordX = x - startX, chordY = y - startY;
        float stripHalfLength = 0.5f * MathF.Sqrt(chordX * chordX + chordY * chordY) + halfLength;
        float stripHeading = MathF.Atan2(chordY, chordX);
        float stripX = 0.5f * (x + startX), stripY = 0.5f * (y + startY);
        entryStep = conflict;
        for (int k = 0; k < conflict; k++)
        {
            if (!BoxesOverlap(EgoCentreX(k, egoHalfLength), EgoCentreY(k, egoHalfLength), _egoHeading[k], egoHalfLength, egoHalfWidth,
                stripX, stripY, stripHeading, stripHalfLength, halfWidth)) continue;
            entryStep = k;
            break;
        }

        return conflict;
    }

    private float EgoCentreX(int k, float halfLength) => _egoX[k] + halfLength * MathF.Cos(_egoHeading[k]);

    private float EgoCentreY(int k, float halfLength) => _egoY[k] + halfLength * MathF.Sin(_egoHeading[k]);

    /// <summary>Moves a pose along an arc of curvature <paramref name="kappa"/> by <paramref name="ds"/>.</summary>
    private static void Advance(ref float x, ref float y, ref float heading, float kappa, float ds)
    {
        float turn = kappa * ds;
        if (MathF.Abs(turn) < 1e-5f)
        {
            x += ds * MathF.Cos(heading + 0.5f * turn);
            y += ds * MathF.Sin(heading + 0.5f * turn);
        }
        else
        {
            x += (MathF.Sin(heading + turn) - MathF.Sin(heading)) / kappa;
            y += (MathF.Cos(heading) - MathF.Cos(heading + turn)) / kappa;
        }

        heading += turn;
    }

    /// <summary>Separating-axis test of two rectangles given by centre, heading, half length and half width.</summary>
    public static bool BoxesOverlap(float ax, float ay, float ah, float aHalfLength, float aHalfWidth,
        float bx, float by, float bh, float bHalfLength, float bHalfWidth)
    {
        float ac = MathF.Cos(ah), asn = MathF.Sin(ah), bc = MathF.Cos(bh), bsn = MathF.Sin(bh);
        float dx = bx - ax, dy = by - ay;
        return !Separated(ac, asn, dx, dy, ac, asn, bc, bsn, aHalfLength, aHalfWidth, bHalfLength, bHalfWidth)
            && !Separated(-asn, ac, dx, dy, ac, asn, bc, bsn, aHalfLength, aHalfWidth, bHalfLength, bHalfWidth)
            && !Separated(bc, bsn, dx, dy, ac, asn, bc, bsn, aHalfLength, aHalfWidth, bHalfLength, bHalfWidth)
            && !Separated(-bsn, bc, dx, dy, ac, asn, bc, bsn, aHalfLength, aHalfWidth, bHalfLength, bHalfWidth);
    }

    private static bool Separated(float nx, float ny, float dx, float dy, float ac, float asn, float bc, float bsn,
        float aHalfLength, float aHalfWidth, float bHalfLength, float bHalfWidth)
    {
        float ra = aHalfLength * MathF.Abs(ac * nx + asn * ny) + aHalfWidth * MathF.Abs(-asn * nx + ac * ny);
        float rb = bHalfLength * MathF.Abs(bc * nx + bsn * ny) + bHalfWidth * MathF.Abs(-bsn * nx + bc * ny);
        return MathF.Abs(dx * nx + dy * ny) > ra + rb;
    }
}
