namespace AebController.Firmware.Monitoring;

/// <summary>
/// The gyro's yaw rate against the yaw the steering asks for. A car turns at v·tan(δ)/L (kinematic
/// bicycle model, δ the road-wheel angle = steering-wheel angle / ratio); on a slippery road it may
/// turn less (understeer, the friction circle) but never more and never the other way. So the yaw
/// rate must lie between 0 and the steered yaw, widened by a tolerance (gyro bias, road crown) and a
/// share of the steered yaw (the tyres' slip angle, the lag of a steering step).
/// </summary>
public static class YawPlausibility
{
    /// <summary>Yaw rate the steering asks for: <paramref name="speedMps"/> is signed (negative reversing).</summary>
    public static float SteeredYawRps(float steeringWheelAngleRad, float speedMps, float steeringRatio, float wheelbaseM)
    {
        if (!float.IsFinite(steeringWheelAngleRad) || !float.IsFinite(speedMps) || !(steeringRatio > 0f) || !(wheelbaseM > 0f)) return float.NaN;
        float wheel = Math.Clamp(steeringWheelAngleRad / steeringRatio, -1.2f, 1.2f);
        return speedMps * MathF.Tan(wheel) / wheelbaseM;
    }

    /// <summary>The measured yaw rate lies in the band [min(0, steered), max(0, steered)] widened by the tolerances.</summary>
    public static bool YawAgrees(float yawRps, float steeredYawRps, float toleranceRps, float shareOfSteered)
    {
        if (!float.IsFinite(yawRps) || !float.IsFinite(steeredYawRps)) return false;
        Band(steeredYawRps, toleranceRps, shareOfSteered, out float lowRps, out float highRps);
        return yawRps >= lowRps && yawRps <= highRps;
    }

    /// <summary>The yaw rate in that band nearest to <paramref name="yawRps"/>: what the car can be turning at if the gyro is wrong (the steered yaw when the gyro reads no number).</summary>
    public static float NearestAgreeing(float yawRps, float steeredYawRps, float toleranceRps, float shareOfSteered)
    {
        if (!float.IsFinite(steeredYawRps)) return float.IsFinite(yawRps) ? yawRps : 0f;
        if (!float.IsFinite(yawRps)) return steeredYawRps;
        Band(steeredYawRps, toleranceRps, shareOfSteered, out float lowRps, out float highRps);
        return Math.Clamp(yawRps, lowRps, highRps);
    }

    /// <summary>The plausible yaw band: from no turn to the steered turn, widened by the tolerance and a share of the steered yaw.</summary>
    private static void Band(float steeredYawRps, float toleranceRps, float shareOfSteered, out float lowRps, out float highRps)
    {
        float widen = toleranceRps + shareOfSteered * MathF.Abs(steeredYawRps);
        lowRps = MathF.Min(0f, steeredYawRps) - widen;
        highRps = MathF.Max(0f, steeredYawRps) + widen;
    }
}
