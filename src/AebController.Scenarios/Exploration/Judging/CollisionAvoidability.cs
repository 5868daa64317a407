using AebController.Emulation.Profiles;
using AebController.Emulation.Sensors;
using AebController.Emulation.Vehicle;
using AebController.Firmware.Signals;
using AebController.Scenarios.Model;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Exploration.Judging;

/// <summary>
/// The physics oracle of a forward encounter, written by hand (derivation in docs/exploration.md,
/// "Which collisions count"): a collision is the controller's failure only if an ideal AEB — one that
/// knows everything its sensors can report, as soon as they can report it, and keeps the regulation's
/// warning lead — would have avoided it by braking at the available friction.
/// <list type="bullet">
/// <item>threatening: the ego (holding its speed) is closing on the target — from then on, with a
/// target that only holds or loses speed, contact is certain without braking;</item>
/// <item>sensable: a moving target within the front radar's range for its radar cross-section
/// (received power ∝ RCS/R⁴, so range = 100 m · 10^((RCS − MinRcsAt100M)/40), capped at MaxRange); a
/// standing target (below <see cref="StationaryMps"/>) only within the camera's range too, because a
/// radar alone cannot tell a stopped car from a bridge, a sign or a road plate at range;</item>
/// <item>perceived: the sensor's delay later — radar: ConfirmHits updates + latency + jitter; camera:
/// one frame + the classification delay + latency;</item>
/// <item>justified: an automatic emergency brake is premature while a normal driver's braking would do;
/// the ideal AEB acts only once the target as perceived (its last reported acceleration held to a stop)
/// needs at least <see cref="HarshBrakingMps2"/> on a dry road (the road's friction is unknown before the
/// brakes are applied), and warns then;</item>
/// <item>commanded: for vehicle targets UN R152 §5.2.1.1 wants the warning 0.8 s before emergency
/// braking, unless the collision could not be anticipated that early: the ideal AEB brakes 0.8 s after
/// its warning, or at once from the moment waiting out the rest of that lead would make contact certain
/// for the target as perceived and dry-road braking; other targets: at once;</item>
/// <item>braking: the brake actuator's dead time plus its lag time constant, then a constant
/// deceleration min(μ·g, full-pedal deceleration). A first-order lag always removes at least as much
/// speed as a step delayed by its time constant, so the real actuator stops no later than this model:
/// "avoidable" here is avoidable for the emulated car.</item>
/// </list>
/// The target's decelerations reach their value at the world's actor jerk limit (a staircase that is
/// always ahead of the ramp, so the modelled target is never faster than the emulated one).
/// Applies to one actor straight ahead of an ego in Drive holding its speed, on a straight level road with
/// one friction, with the target's events being decelerations at fixed times; otherwise <c>null</c>.
/// </summary>
public static class CollisionAvoidability
{
    public const double GravityMps2 = 9.81;

    /// <summary>UN R152 §5.2.1.1 (and GB 39901-2025): vehicle targets are warned at least this long before emergency braking.</summary>
    public const double WarningLeadS = 0.8;

    /// <summary>
    /// Harsh braking begins here (UDRIVE's threshold, naturalistic.md §2.2): below it a driver's normal braking
    /// avoids the target, so an automatic emergency brake would be premature.
    /// </summary>
    public const double HarshBrakingMps2 = 3.0;

    /// <summary>
    /// Below this ground speed a target is standing for the radar: 4 σ of the realistic radar's range-rate
    /// noise (0.12 m/s, sensors.md) — slower, its Doppler is that of the road and the roadside.
    /// </summary>
    public const double StationaryMps = 0.5;

    /// <summary>
    /// Steps of the staircase that stands in for a jerk-limited change of acceleration. The ideal AEB perceives the target
    /// through the same staircase, whose steps come at the start of their intervals: it knows each step's deceleration up to
    /// one step (a/(steps·J)) before the target has it. With 16 steps that was 22-45 ms for 3.6-7.2 m/s² at 10 m/s³, a
    /// deceleration no sensor can report before it exists, and it made braking leads "avoidable" that are not (session 16,
    /// docs/exploration.md: checked against the exact ramp by hand). 256: at most 3.1 ms (8 m/s²), under a third of a
    /// controller cycle, still never behind the ramp (the oracle stays the stricter judge), and the motion bound is tighter too.
    /// </summary>
    public const int JerkSteps = 256;

    private const double MaxSearchDecelMps2 = 100;
    private const double ScanStepS = 0.05;
    private const double MaxScanS = 600;

    public static AvoidabilityVerdict? Judge(ScenarioDefinition s, VehicleParameters vehicle, WorldProfile world)
    {
        if (!Applies(s, vehicle)) return null;
        var actor = s.Actors[0];
        var shape = ClassDefaults.For(actor.Class);
        double egoMps = s.Ego.SpeedKph / 3.6;
        // The world profile's realism is the one the run used (ScenarioBuild sets it on the vehicle).
        var target = TargetMotion(actor, actor.GapM!.Value, world.Vehicle.ActorJerkLimitMps3);
        var radar = world.FrontRadar;
        double radarRangeM = DetectionRangeM(radar.MaxRangeM, radar.MinRcsAt100MDbsm, actor.RcsDbsm ?? shape.RcsDbsm);
        double threat = ThreatS(target, egoMps, radarRangeM);
        double delay = RadarDelayS(radar);
        if (!double.IsPositiveInfinity(threat) && target.At(threat).V < StationaryMps)
        {
            threat = ThreatS(target, egoMps, Math.Min(radarRangeM, CameraRangeM(world.Camera, actor.Class, s.Lighting)));
            delay = CameraDelayS(world.Camera);
        }

        double perceived = threat + delay;
        double tau = vehicle.BrakeDeadTimeS + vehicle.BrakeLagS;
        double dryMps2 = Math.Min(GravityMps2, vehicle.FullPedalDecelMps2);
        double justified = JustifiedS(target, egoMps, perceived, delay, tau);
        double command = NeedsWarningLead(actor.Class) ? CommandS(target, egoMps, justified, delay, tau, dryMps2) : justified;
        double brakeStart = command + tau;
        double available = Math.Min(s.Road.Friction * GravityMps2, vehicle.FullPedalDecelMps2);
        return new AvoidabilityVerdict(threat, brakeStart, RequiredDecelMps2(target, egoMps, brakeStart), available) { PerceivedS = perceived, JustifiedS = justified, CommandS = command };
    }

    /// <summary>Radar: the target is hit by the next update, confirmed after ConfirmHits updates, reported a latency (plus its jitter) later.</summary>
    public static double RadarDelayS(RadarParameters radar) =>
        (Math.Max(1, radar.ConfirmHits) * radar.UpdatePeriodUs + radar.LatencyUs + radar.LatencyJitterUs) * 1e-6;

    /// <summary>Camera: the next frame, then the classification delay, then the latency.</summary>
    public static double CameraDelayS(CameraParameters camera) => (camera.FramePeriodUs + camera.ConfirmationDelayUs + camera.LatencyUs) * 1e-6;

    /// <summary>The camera's detection range for the class (VRUs: shorter, and shorter still in the dark).</summary>
    public static double CameraRangeM(CameraParameters camera, ObjectClass cls, Lighting lighting)
    {
        if (cls is not (ObjectClass.Pedestrian or ObjectClass.Child or ObjectClass.Cyclist or ObjectClass.Motorcycle)) return camera.MaxRangeM;
        double factor = lighting switch { Lighting.Night => camera.NightRangeFactor, Lighting.NightLit => camera.NightLitRangeFactor, _ => 1.0 };
        return camera.VruMaxRangeM * factor;
    }

    /// <summary>R152's 0.8 s warning lead applies to vehicle targets (pedestrians and cyclists: no later than braking).</summary>
    public static bool NeedsWarningLead(ObjectClass cls) => cls is ObjectClass.PassengerCar or ObjectClass.Motorcycle or ObjectClass.Unknown;

    /// <summary>
    /// The first moment from <paramref name="perceivedS"/> (to 1e-9 s) at which the target as perceived then (its state
    /// <paramref name="delayS"/> old, its acceleration held to a stop) needs at least <see cref="HarshBrakingMps2"/>
    /// from <paramref name="tauS"/> later; +∞ if contact comes first.
    /// </summary>
    public static double JustifiedS(LongitudinalMotion target, double egoMps, double perceivedS, double delayS, double tauS)
    {
        if (double.IsPositiveInfinity(perceivedS)) return perceivedS;
        return FirstTrue(t => Contact(target.HeldFrom(Math.Max(0, t - delayS)), egoMps, t + tauS, HarshBrakingMps2), perceivedS,
            t => target.At(t).X - egoMps * t <= 0);
    }

    /// <summary>
    /// When the ideal AEB commands emergency braking after warning at <paramref name="warnedS"/>: at
    /// <paramref name="warnedS"/> + <see cref="WarningLeadS"/>, or earlier, from the first moment (to 1e-9 s) at which
    /// braking at <paramref name="dryMps2"/> only then would meet the target as perceived (its state
    /// <paramref name="delayS"/> old, its acceleration held to a stop).
    /// </summary>
    public static double CommandS(LongitudinalMotion target, double egoMps, double warnedS, double delayS, double tauS, double dryMps2)
    {
        if (double.IsPositiveInfinity(warnedS)) return warnedS;
        double end = warnedS + WarningLeadS;
        double fatal = FirstTrue(t => Contact(target.HeldFrom(Math.Max(0, t - delayS)), egoMps, end + tauS, dryMps2), warnedS, t => t >= end);
        return Math.Min(fatal, end);
    }

    /// <summary>The first time from <paramref name="fromS"/> at which <paramref name="condition"/> holds (scan, then bisection); +∞ once <paramref name="stop"/> holds first.</summary>
    private static double FirstTrue(Func<double, bool> condition, double fromS, Func<double, bool> stop)
    {
        if (condition(fromS)) return fromS;
        for (double lo = fromS; lo < fromS + MaxScanS; lo += ScanStepS)
        {
            double hi = lo + ScanStepS;
            if (!condition(hi))
            {
                if (stop(hi)) return double.PositiveInfinity;
                continue;
            }

            double a = lo, b = hi;
            for (int i = 0; i < 40 && b - a > 1e-9; i++)
            {
                double mid = (a + b) / 2;
                if (condition(mid)) b = mid; else a = mid;
            }

            return b;
        }

        return double.PositiveInfinity;
    }

    /// <summary>Range at which the radar first reports a target of <paramref name="rcsDbsm"/> (radar equation, R⁴).</summary>
    public static double DetectionRangeM(double maxRangeM, double minRcsAt100MDbsm, double rcsDbsm) =>
        Math.Min(maxRangeM, 100.0 * Math.Pow(10, (rcsDbsm - minRcsAt100MDbsm) / 40.0));

    /// <summary>
    /// The target's front-bumper-relative motion: its rear starts <paramref name="gapM"/> ahead of the ego's front.
    /// With a finite <paramref name="jerkLimitMps3"/> each change of acceleration is a staircase of
    /// <see cref="JerkSteps"/> steps over the ramp's duration, each step taken at the start of its interval, so
    /// the modelled target always has lost at least as much speed as the jerk-limited one.
    /// </summary>
    public static LongitudinalMotion TargetMotion(ActorDefinition actor, double gapM, double jerkLimitMps3 = double.PositiveInfinity)
    {
        var changes = new List<(double AtS, double AccelMps2, double TargetMps)>();
        double previous = 0;
        foreach (var e in actor.Events)
        {
            double at = e.AtS!.Value, accel = e.AccelMps2!.Value, target = e.TargetSpeedKph is float kph ? kph / 3.6 : 0.0;
            double rampS = double.IsFinite(jerkLimitMps3) ? Math.Abs(accel - previous) / jerkLimitMps3 : 0;
            if (rampS <= 0)
            {
                changes.Add((at, accel, target));
            }
            else
            {
                for (int k = 0; k < JerkSteps; k++) changes.Add((at + rampS * k / JerkSteps, previous + (accel - previous) * (k + 1) / JerkSteps, target));
            }

            previous = accel;
        }

        return new LongitudinalMotion(gapM, actor.SpeedKph / 3.6, changes);
    }

    /// <summary>
    /// First moment the target is both closing (ego faster) and within detection range, for an ego holding
    /// <paramref name="egoMps"/>; +∞ when the ego never closes in.
    /// </summary>
    public static double ThreatS(LongitudinalMotion target, double egoMps, double rangeM)
    {
        double closing = ClosingS(target, egoMps);
        if (double.IsPositiveInfinity(closing)) return closing;
        double Gap(double t) => target.At(t).X - egoMps * t;
        if (Gap(closing) <= rangeM) return closing;
        // From the start of closing the gap only shrinks (the target never speeds up): bisect gap = range.
        double hi = closing + 1;
        while (Gap(hi) > rangeM)
        {
            hi = closing + 2 * (hi - closing);
            if (hi > 1e6) return double.PositiveInfinity;
        }

        double lo = closing;
        for (int i = 0; i < 100 && hi - lo > 1e-9; i++)
        {
            double mid = (lo + hi) / 2;
            if (Gap(mid) > rangeM) lo = mid; else hi = mid;
        }

        return hi;
    }

    /// <summary>The smallest constant deceleration from <paramref name="brakeStartS"/> that keeps the gap positive (+∞: contact before braking).</summary>
    public static double RequiredDecelMps2(LongitudinalMotion target, double egoMps, double brakeStartS)
    {
        if (double.IsPositiveInfinity(brakeStartS) || !Contact(target, egoMps, brakeStartS, 0)) return 0;
        if (Contact(target, egoMps, brakeStartS, MaxSearchDecelMps2)) return double.PositiveInfinity;
        double lo = 0, hi = MaxSearchDecelMps2;
        for (int i = 0; i < 40; i++)
        {
            double mid = (lo + hi) / 2;
            if (Contact(target, egoMps, brakeStartS, mid)) lo = mid; else hi = mid;
        }

        return hi;
    }

    /// <summary>
    /// Does an ego at <paramref name="egoMps"/> that brakes at <paramref name="decelMps2"/> from
    /// <paramref name="brakeStartS"/> to a stop touch the target? Exact: between breakpoints the gap is a
    /// quadratic, so its minimum is at an end or at its vertex.
    /// </summary>
    public static bool Contact(LongitudinalMotion target, double egoMps, double brakeStartS, double decelMps2)
    {
        bool brakes = decelMps2 > 0;
        double horizon = brakes ? brakeStartS + egoMps / decelMps2 : double.PositiveInfinity;
        var bp = target.Breakpoints;
        int next = 1;
        bool egoChangePending = brakes && brakeStartS > 0;
        double ta = 0;
        while (ta < horizon)
        {
            // The next moment either motion changes its acceleration (the two breakpoint lists merged, no allocation).
            double targetNext = next < bp.Count ? bp[next] : double.PositiveInfinity;
            double tb;
            if (egoChangePending && brakeStartS <= targetNext)
            {
                tb = brakeStartS;
                egoChangePending = false;
                if (brakeStartS == targetNext) next++;
            }
            else
            {
                tb = targetNext;
                next++;
            }

            tb = Math.Min(tb, horizon);
            var (xt, vt, at) = target.At(ta);
            var (xe, ve, ae) = EgoAt(ta, egoMps, brakes ? brakeStartS : double.PositiveInfinity, decelMps2);
            double gap = xt - xe, closing = vt - ve, relAccel = at - ae;
            if (gap <= 0) return true;
            if (double.IsPositiveInfinity(tb))
            {
                // Last segment, nobody changes acceleration again: contact if the gap's minimum reaches 0.
                if (relAccel < 0) return true;
                if (relAccel == 0) return closing < 0;
                return closing < 0 && gap - closing * closing / (2 * relAccel) <= 0;
            }

            double span = tb - ta;
            if (gap + closing * span + relAccel * span * span / 2 <= 0) return true;
            if (relAccel > 0 && closing < 0 && -closing / relAccel < span && gap - closing * closing / (2 * relAccel) <= 0) return true;
            ta = tb;
        }

        // The ego has stopped (the target never reverses): the gap cannot shrink any more.
        return target.At(horizon).X - EgoAt(horizon, egoMps, brakeStartS, decelMps2).X <= 0;
    }

    /// <summary>The ego holding <paramref name="egoMps"/>, then braking at <paramref name="decelMps2"/> from <paramref name="brakeStartS"/> to a stop.</summary>
    private static (double X, double V, double A) EgoAt(double t, double egoMps, double brakeStartS, double decelMps2)
    {
        if (t <= brakeStartS) return (egoMps * t, egoMps, t < brakeStartS ? 0 : -decelMps2);
        double dt = Math.Min(t - brakeStartS, egoMps / decelMps2);
        double v = egoMps - decelMps2 * dt;
        return (egoMps * brakeStartS + egoMps * dt - decelMps2 * dt * dt / 2, v, v > 0 ? -decelMps2 : 0);
    }

    /// <summary>The oracle's scope: one target straight ahead, ego in Drive holding speed, no driver input, a plain road.</summary>
    public static bool Applies(ScenarioDefinition s, VehicleParameters vehicle)
    {
        if (s.Ego.Gear != Gear.Drive || !s.Ego.HoldSpeed || s.Actors.Length != 1) return false;
        var d = s.Driver;
        if (d.Accelerator.Length + d.Brake.Length + d.SteeringDeg.Length + d.Gear.Length > 0 || d.Reaction is not null || d.LaneKeeping is not null) return false;
        var r = s.Road;
        if (r.Geometry is not null || r.Lanes is not null || r.LaneOffset is not null || r.FrictionSegments.Length > 0 || r.GradePercent != 0) return false;
        var a = s.Actors[0];
        if (a.GapM is not float gap || gap <= 0 || a.RearGapM is not null || a.XM is not null || a.LateralSpeedMps != 0 || a.Path is not null
            || a.HeadingDeg is float h && h != 0 || a.LaneId is not null) return false;
        float width = a.WidthM ?? ClassDefaults.For(a.Class).WidthM;
        if (MathF.Abs(a.YM) >= (vehicle.WidthM + width) / 2) return false;
        float lastAtS = 0;
        foreach (var e in a.Events)
        {
            if (e.AtS is not float at || at < lastAtS || e.WhenGapM is not null || e.AccelMps2 is not float accel || accel > 0
                || e.LateralSpeedMps is not null || e.StopAtYM is not null || e.ChangeLane is not null) return false;
            lastAtS = at;
        }

        return true;
    }

    /// <summary>First moment the target is slower than the ego (it never speeds up), +∞ if never.</summary>
    private static double ClosingS(LongitudinalMotion target, double egoMps)
    {
        var bp = target.Breakpoints;
        for (int i = 0; i < bp.Count; i++)
        {
            var (_, v, a) = target.At(bp[i]);
            if (v < egoMps) return bp[i];
            double end = i + 1 < bp.Count ? bp[i + 1] : double.PositiveInfinity;
            if (a < 0 && bp[i] + (egoMps - v) / a < end) return bp[i] + (egoMps - v) / a;
        }

        return double.PositiveInfinity;
    }
}
