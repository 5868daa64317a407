using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// The turn rule's gate as the firmware builds it from the default calibration's turn* fields and the default vehicle,
/// for the turn-across-path test classes (their oracles never read the values). Tests that judge a track from its first
/// list pass 1 update; the elevation gate is 2.2 m unless a test gives the calibrated one; a horizon or step ≤ 0 keeps
/// the calibrated one.
/// </summary>
internal static class TurnGates
{
    public static TurnGate FromDefaults(int minTrackUpdates = 1, float maxElevationM = 2.2f, float horizonS = -1f, float stepS = -1f)
    {
        var cal = new ForwardAebCalibration();
        var vehicle = new VehicleCalibration();
        return new TurnGate(
            cal.TurnMinSpeedMps, cal.TurnMaxSpeedMps, cal.TurnMinDepartureCurvaturePerM, cal.TurnMaxCurvaturePerM,
            cal.TurnCurvatureRateHorizonS, horizonS > 0f ? horizonS : cal.TurnHorizonS, stepS > 0f ? stepS : cal.TurnStepS,
            cal.TurnTargetMinSpeedMps, cal.TurnTargetLengthM, cal.TurnMaxRangeM, cal.TurnMarginM, cal.TurnRoadCurvatureTimeConstantS,
            MinTrackUpdates: minTrackUpdates, MaxElevationM: maxElevationM, vehicle.WidthM, vehicle.RearAxleToFrontBumperM,
            cal.BrakeLatencyS, cal.StopMarginM, vehicle.SteeringRatio, vehicle.WheelbaseM);
    }
}
