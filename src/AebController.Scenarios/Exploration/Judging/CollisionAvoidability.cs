using AebController.Emulation.Profiles;
using AebController.Emulation.Vehicle;
using AebController.Firmware.Signals;
using AebController.Scenarios.Model;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Exploration.Judging;

/// <summary>
/// The physics oracle of a forward encounter, written by hand (derivation in docs/exploration.md,
/// "Which collisions count"): a collision is the controller's failure only if braking at the available
/// friction from the first moment the target was detectable and threatening would have avoided it.
/// <list type="bullet">
/// <item>threatening: the ego (holding its speed) is closing on the target — from then on, with a
/// target that only holds or loses speed, contact is certain without braking;</item>
/// <item>detectable: the target is within the front radar's range for its radar cross-section
/// (received power ∝ RCS/R⁴, so range = 100 m · 10^((RCS − MinRcsAt100M)/40), capped at MaxRange);</item>
/// <item>braking: the brake actuator's dead time plus its lag time constant, then a constant
/// deceleration min(μ·g, full-pedal deceleration). A first-order lag always removes at least as much
/// speed as a step delayed by its time constant, so the real actuator stops no later than this model:
/// "avoidable" here is avoidable for the emulated car.</item>
/// </list>
/// Applies to one actor straight ahead of an ego in Drive holding its speed, on a straight level road with
/// one friction, with the target's events being decelerations at fixed times; otherwise <c>null</c>.
/// </summary>
public static class CollisionAvoidability
{
    public const double GravityMps2 = 9.81;
    private const double MaxSearchDecelMps2 = 100;

    public static AvoidabilityVerdict? Judge(ScenarioDefinition s, VehicleParameters vehicle, WorldProfile world)
    {
        if (!Applies(s, vehicle)) return null;
        var actor = s.Actors[0];
        var shape = ClassDefaults.For(actor.Class);
        double rangeM = DetectionRangeM(world.FrontRadar.MaxRangeM, world.FrontRadar.MinRcsAt100MDbsm, actor.RcsDbsm ?? shape.RcsDbsm);
        double egoMps = s.Ego.SpeedKph / 3.6;
        double gapM = actor.GapM!.Value;
        var target = TargetMotion(actor, gapM);
        double available = Math.Min(s.Road.Friction * GravityMps2, vehicle.FullPedalDecelMps2);
        double threat = ThreatS(target, egoMps, rangeM);
        double brakeStart = threat + vehicle.BrakeDeadTimeS + vehicle.BrakeLagS;
        return new AvoidabilityVerdict(threat, brakeStart, RequiredDecelMps2(target, egoMps, brakeStart), available);
    }

    /// <summary>Range at which the radar first reports a target of <paramref name="rcsDbsm"/> (radar equation, R⁴).</summary>
    public static double DetectionRangeM(double maxRangeM, double minRcsAt100MDbsm, double rcsDbsm) =>
        Math.Min(maxRangeM, 100.0 * Math.Pow(10, (rcsDbsm - minRcsAt100MDbsm) / 40.0));

    /// <summary>The target's front-bumper-relative motion: its rear starts <paramref name="gapM"/> ahead of the ego's front.</summary>
    public static LongitudinalMotion TargetMotion(ActorDefinition actor, double gapM) =>
        new(gapM, actor.SpeedKph / 3.6, actor.Events.Select(e => ((double)e.AtS!.Value, (double)e.AccelMps2!.Value,
            e.TargetSpeedKph is float kph ? kph / 3.6 : 0.0)));

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
        for (int i = 0; i < 60; i++)
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
        var ego = new LongitudinalMotion(0, egoMps, decelMps2 > 0 ? [(brakeStartS, -decelMps2, 0.0)] : []);
        double horizon = decelMps2 > 0 ? brakeStartS + egoMps / decelMps2 : double.PositiveInfinity;
        var times = target.Breakpoints.Concat(ego.Breakpoints).Where(t => t < horizon).Distinct().Order().ToList();
        for (int i = 0; i < times.Count; i++)
        {
            double ta = times[i];
            double tb = i + 1 < times.Count ? times[i + 1] : horizon;
            var (xt, vt, at) = target.At(ta);
            var (xe, ve, ae) = ego.At(ta);
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
        }

        // The ego has stopped (the target never reverses): the gap cannot shrink any more.
        var (xtEnd, _, _) = target.At(horizon);
        var (xeEnd, _, _) = ego.At(horizon);
        return xtEnd - xeEnd <= 0;
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
