using AebController.Firmware.Calibration;
using AebController.Firmware.Monitoring;

namespace AebController.Firmware.Tests.Monitoring;

/// <summary>
/// The settings <see cref="RadarLateralAgreement"/> runs with in the firmware, built from the default calibration, for the
/// test classes whose detection times are worked out by hand from docs/calibration.md's radarLateral* row.
/// <see cref="RadarLateralAgreementTests.The_calibration_is_the_one_the_hand_figures_use"/> pins them to that row.
/// </summary>
internal static class RadarLateralAgreementHandSettings
{
    private static readonly MonitoringCalibration Cal = AebCalibration.Default.Monitoring;

    public static readonly RadarLateralAgreement.Settings Default = new(
        Cal.RadarLateralMinUpdates, Cal.RadarLateralMaxRangeM, Cal.RadarLateralAnchorLists, Cal.RadarLateralToleranceM,
        Cal.RadarLateralTolerancePerM, Cal.RadarLateralLagS, Cal.RadarLateralAllowanceMps, Cal.RadarLateralAnchorMaxS,
        Cal.RadarLateralPersistLists);
}
