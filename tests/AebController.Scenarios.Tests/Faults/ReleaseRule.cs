using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests.Faults;

/// <summary>
/// The campaign judge's release rule (docs/faults.md, the oracle), applied to two traces of the same scenario: after
/// the fault, while the faulted car is no slower than the fault-free one by more than 0.5 km/h and has not been at rest
/// at least as long as the fault-free one (docs/faults.md: "not already standing still for at least as long"), its
/// request may lie more than 1.0 m/s² below the least the fault-free run asked over the preceding 0.1 s only where the
/// fault-free run asks under 0.5 m/s² (its threat does not stand).
/// </summary>
public static class ReleaseRule
{
    public const float ReleaseLagS = 0.1f;
    public const float ReleaseMps2 = 1.0f;
    public const float SameSpeedKph = 0.5f;
    public const float StandsMps2 = 0.5f;
    public const float StoppedKph = 0.1f;

    /// <summary>Fails naming the first cycle where <paramref name="faulted"/> asks less than the rule allows.</summary>
    public static void AssertNoRelease(CycleRecord[] free, CycleRecord[] faulted, float faultStartS)
    {
        int lag = (int)MathF.Round(ReleaseLagS / 0.01f);
        int freeStopped = 0, faultedStopped = 0;
        for (int i = 0; i < Math.Min(free.Length, faulted.Length); i++)
        {
            freeStopped = MathF.Abs(free[i].EgoSpeedKph) < StoppedKph ? freeStopped + 1 : 0;
            faultedStopped = MathF.Abs(faulted[i].EgoSpeedKph) < StoppedKph ? faultedStopped + 1 : 0;
            if (faulted[i].TimeS < faultStartS || free[i].BrakeRequestMps2 < StandsMps2) continue;
            // A slower car has less to stop; a car at rest at least as long as the fault-free one: its hold ran its course
            // (at rest for less, it stopped later, and a request that ramps out then is a release, as the judge counts it).
            if (faulted[i].EgoSpeedKph < free[i].EgoSpeedKph - SameSpeedKph || faultedStopped > 0 && faultedStopped >= freeStopped) continue;
            float least = free[i].BrakeRequestMps2;
            for (int j = Math.Max(0, i - lag); j < i; j++) least = MathF.Min(least, free[j].BrakeRequestMps2);
            Assert.True(faulted[i].BrakeRequestMps2 >= least - ReleaseMps2,
                $"{faulted[i].TimeS:F2} s: faulted asks {faulted[i].BrakeRequestMps2:F2}, fault-free at least {least:F2}");
        }
    }
}
