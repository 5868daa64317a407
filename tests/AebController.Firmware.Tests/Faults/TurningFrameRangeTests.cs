using AebController.Firmware.Calibration;
using AebController.Firmware.Monitoring;
using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// A radar's ranges in a bend, from the circle's geometry by hand: the ego's rear axle drives round a circle of radius R at
/// v (yaw rate ω = ±v/R), a car stands on the same circle s metres ahead, the radar sits a metres ahead of the axle on the
/// car's axis and reports x, y in its own frame, which turns with the car, and the range rate as the velocity difference
/// along its axis (−v for a standing target). The range-rate monitors must take x's change as rate + ω·y.
/// </summary>
public sealed class TurningFrameRangeTests
{
    private const float SensorAheadOfAxleM = 3.7f;
    private const long ListUs = 50_000;
    private static readonly MonitoringCalibration Mon = AebCalibration.Default.Monitoring;

    /// <summary>The standing target in the radar's frame at time <paramref name="t"/> (double precision: the oracle).</summary>
    private static (double X, double Y) Sensed(double radiusM, int dir, double speedMps, double aheadM, double t)
    {
        double egoArc = speedMps * t / radiusM;
        double targetArc = aheadM / radiusM;
        // The circle's centre is at (0, dir·R); the ego starts at the origin heading along +x.
        double ex = radiusM * Math.Sin(egoArc), ey = dir * radiusM * (1 - Math.Cos(egoArc));
        double tx = radiusM * Math.Sin(targetArc), ty = dir * radiusM * (1 - Math.Cos(targetArc));
        double heading = dir * egoArc;
        double dx = tx - ex, dy = ty - ey;
        double along = dx * Math.Cos(heading) + dy * Math.Sin(heading);
        double across = -dx * Math.Sin(heading) + dy * Math.Cos(heading);
        return (along - SensorAheadOfAxleM, across);
    }

    public static TheoryData<float, int, float, float> Bends() => new()
    {
        // radius m, +1 left / −1 right, speed m/s, target ahead of the axle (arc) m: the curves suite's bends and speeds.
        { 25f, 1, 5.56f, 20f }, { 25f, -1, 8.33f, 20f }, { 40f, -1, 8.33f, 25f },
        { 150f, 1, 22.22f, 60f }, { 150f, -1, 22.22f, 60f }, { 250f, 1, 16.67f, 60f },
    };

    [Theory]
    [MemberData(nameof(Bends))]
    public void The_range_changes_at_the_rate_plus_yaw_rate_times_the_lateral_position(float radiusM, int dir, float speedMps, float aheadM)
    {
        float yawRps = dir * speedMps / radiusM;
        double endS = (aheadM - SensorAheadOfAxleM - 6f) / speedMps;
        for (double t = 0.05; t < endS; t += 0.05)
        {
            var (_, y) = Sensed(radiusM, dir, speedMps, aheadM, t);
            const double h = 1e-4;
            double slope = (Sensed(radiusM, dir, speedMps, aheadM, t + h).X - Sensed(radiusM, dir, speedMps, aheadM, t - h).X) / (2 * h);
            Assert.Equal(slope, ThreatMath.RangeSlopeInTurningFrame(-speedMps, yawRps, (float)y), 0.01);
        }
    }

    [Theory]
    [MemberData(nameof(Bends))]
    public void A_standing_car_round_a_bend_never_faults_either_monitor(float radiusM, int dir, float speedMps, float aheadM)
    {
        var (window, windowFails) = Approach(radiusM, dir, speedMps, aheadM, withFrameTurn: true);
        Assert.False(window, "RangeConsistencyMonitor faulted a healthy track in a bend");
        Assert.False(windowFails, "RangeRateAgreement faulted a healthy track in a bend");
    }

    [Fact]
    public void Without_the_frame_turn_the_80_kmh_bend_of_150_m_walks_the_range_away_from_the_rate()
    {
        // The defect the frame term removes: ω = 0.148 rad/s and the car 60 m round the bend 11.8 m aside (R(1 − cos 0.4)),
        // so x first closes 1.75 m/s slower than −v says, less as it nears.
        var (_, agreementFaulted) = Approach(150f, 1, 22.22f, 60f, withFrameTurn: false);
        Assert.True(agreementFaulted);
    }

    /// <summary>Feeds both monitors every list of the approach down to 6 m; whether each faulted (no noise: the geometry alone).</summary>
    private static (bool WindowFaulted, bool AgreementFaulted) Approach(float radiusM, int dir, float speedMps, float aheadM, bool withFrameTurn)
    {
        float yawRps = dir * speedMps / radiusM;
        var window = new RangeConsistencyMonitor();
        window.Reset();
        var agreement = new RangeRateAgreement();
        agreement.Reset();
        bool windowFaulted = false, agreementFaulted = false;
        for (int k = 0; ; k++)
        {
            double t = k * ListUs * 1e-6;
            var (x, y) = Sensed(radiusM, dir, speedMps, aheadM, t);
            if (x < 6.0) break;
            float closingMps = withFrameTurn ? -ThreatMath.RangeSlopeInTurningFrame(-speedMps, yawRps, (float)y) : speedMps;
            // The firmware's own settings, as AebFirmware passes them.
            windowFaulted |= !window.Update(1, (float)x, closingMps, k * ListUs, Mon.RangeConsistencyWindowS, Mon.RangeConsistencyToleranceM,
                Mon.RangeConsistencyTolerancePerM, Mon.RangeConsistencyConfirmWindows);
            agreementFaulted |= !agreement.Update(1, (float)x, closingMps, k * ListUs, Mon.RangeRateAnchorLists,
                Mon.RangeRateToleranceM + Mon.RangeRateTolerancePerM * (float)x, Mon.RangeRateAllowanceMps, Mon.RangeRateAnchorMaxS,
                Mon.RangeRateMaxRelativeAccelMps2, Mon.RangeRatePersistLists);
        }

        return (windowFaulted, agreementFaulted);
    }
}
