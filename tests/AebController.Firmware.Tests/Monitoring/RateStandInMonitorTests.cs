using AebController.Firmware.Calibration;
using AebController.Firmware.Monitoring;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Monitoring;

/// <summary>
/// A front-radar track whose range rate alone is lost (NaN, ±∞, beyond two cars' relative speed) keeps the radar usable, even
/// as the threat, with the loss reported as any corrupt field is (RadarValueOutOfRange, the lamp); a track with another
/// field lost is corrupt as before; the rear radar has no stand-in. The oracle is the design's rule: a lost input is
/// reported; a field another measurement of the same sensor can stand in for does not take the sensor down.
/// </summary>
public sealed class RateStandInMonitorTests
{
    private static readonly MonitoringCalibration Cal = AebCalibration.Default.Monitoring;

    private static SensorFrame OneTrack(float rateMps, float rangeM = 20f)
    {
        var frame = HealthyFrame.Create(0);
        var t = new RadarTrack { Id = 3, LongitudinalM = rangeM, RelVelLongMps = rateMps, WidthM = 1.8f, ElevationM = 0.5f, RcsDbsm = 10f, UpdateCount = 10 };
        frame.FrontRadar.Count = 1;
        frame.FrontRadar.Tracks[0] = t;
        frame.RearRadar.Count = 1;
        frame.RearRadar.Tracks[0] = t;
        return frame;
    }

    [Theory]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    [InlineData(float.NegativeInfinity)]
    [InlineData(141f)] // beyond 2 × 250 km/h
    public void A_rate_lost_alone_keeps_the_front_radar_and_is_reported(float rateMps)
    {
        var monitor = new InputMonitor(Cal);
        monitor.SetThreatTracks(3, -1, 3);
        monitor.Check(OneTrack(rateMps));
        Assert.True(monitor.Health.FrontRadarOk);
        Assert.True(monitor.Health.FrontRadarRateLost);
        Assert.True((monitor.Latched & DiagnosticCode.RadarValueOutOfRange) != 0);
        Assert.False(monitor.Health.RearRadarOk); // no stand-in behind: the rear threat's corrupt field takes the radar
    }

    [Fact]
    public void A_healthy_rate_loses_nothing_and_a_lost_range_beside_it_is_corrupt_as_before()
    {
        var monitor = new InputMonitor(Cal);
        monitor.SetThreatTracks(3, -1, -1);
        monitor.Check(OneTrack(-5f));
        Assert.True(monitor.Health.FrontRadarOk);
        Assert.False(monitor.Health.FrontRadarRateLost);
        Assert.Equal(DiagnosticCode.None, monitor.Latched & DiagnosticCode.RadarValueOutOfRange);

        monitor = new InputMonitor(Cal);
        monitor.SetThreatTracks(3, -1, -1);
        monitor.Check(OneTrack(float.NaN, rangeM: float.NaN));
        Assert.False(monitor.Health.FrontRadarOk);
    }
}
