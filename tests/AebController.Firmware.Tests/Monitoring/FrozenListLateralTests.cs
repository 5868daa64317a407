using AebController.Firmware.Calibration;
using AebController.Firmware.Monitoring;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Monitoring;

/// <summary>
/// A frozen front list is the frozen check's finding (FrontRadarFrozen), not a lateral one: the lists it repeated are no
/// measurements, so a track that moves again afterwards starts afresh and is anchored where it is then. A post at 3 m
/// whose list freezes for 1 s and that comes back at −1 m (a tracker that recovers re-initialises its tracks; an id may
/// be given to another object) must not raise RadarLateralImplausible; the same 4 m jump without the freeze must (a lateral
/// position that walks 4 m with no lateral velocity is beyond 0.3 m + 0.005 m/m × 60 m + 0.1 m/s × 3 s = 0.9 m).
/// Lists at 20 Hz: list n is measured at cycle 5n and handed on with ages 0, 10, 20, 30, 40 ms.
/// </summary>
public sealed class FrozenListLateralTests
{
    private const long CycleUs = 10_000;
    private const float SpeedMps = 10f;
    private static readonly MonitoringCalibration Cal = AebCalibration.Default.Monitoring;

    /// <summary>A post at <paramref name="lateralM"/> seen in list <paramref name="n"/>, at 70 m at list 0, closing at the ego speed.</summary>
    private static RadarTrack Post(int n, float lateralM) => new()
    {
        Id = 7, LongitudinalM = 70f - 0.05f * SpeedMps * n, LateralM = lateralM, RelVelLongMps = -SpeedMps, WidthM = 0.5f,
        ElevationM = 0.5f, RcsDbsm = 5f, UpdateCount = 10 + n,
    };

    /// <summary>Drives 100 lists: 3 m until list 40; lists 40-59 repeat list 39 when <paramref name="freeze"/>; −1 m from list 60.</summary>
    private static DiagnosticCode Drive(bool freeze)
    {
        var monitor = new InputMonitor(Cal);
        var frame = HealthyFrame.Create(0, SpeedMps);
        for (int c = 0; c < 500; c++)
        {
            HealthyFrame.Refresh(frame, c * CycleUs, SpeedMps);
            int n = c / 5;
            RadarTrack post = n < 40 ? Post(n, 3f) : n < 60 ? (freeze ? Post(39, 3f) : Post(n, 3f)) : Post(n, -1f);
            frame.FrontRadar.Count = 1;
            frame.FrontRadar.Tracks[0] = post;
            frame.FrontRadar.AgeUs = c % 5 * CycleUs;
            monitor.Check(frame);
        }

        return monitor.Latched;
    }

    [Fact]
    public void A_track_that_moves_again_after_a_frozen_list_is_anchored_afresh()
    {
        DiagnosticCode latched = Drive(freeze: true);
        Assert.NotEqual(DiagnosticCode.None, latched & DiagnosticCode.FrontRadarFrozen);
        Assert.Equal(DiagnosticCode.None, latched & DiagnosticCode.RadarLateralImplausible);
    }

    [Fact]
    public void The_same_jump_without_a_freeze_is_a_lateral_fault()
    {
        DiagnosticCode latched = Drive(freeze: false);
        Assert.Equal(DiagnosticCode.None, latched & DiagnosticCode.FrontRadarFrozen);
        Assert.NotEqual(DiagnosticCode.None, latched & DiagnosticCode.RadarLateralImplausible);
    }
}
