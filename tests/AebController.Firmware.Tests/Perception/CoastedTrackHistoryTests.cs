using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Perception;

/// <summary>
/// A radar list in which a track was only predicted (Continental ARS 408 Obj_MeasState "predicted": no cluster of this
/// cycle confirmed the object, docs/sensors.md R5) repeats the tracker's last estimate. Such a list adds no lateral
/// sample, and the track's fits (onset, mean, deceleration) end at its last measured list, if that lies within the fit's
/// window of the list in hand. A list that does not say (<see cref="RadarMeasurementState.Unknown"/>) is a measured one,
/// as before. Numbers by hand: the onset rule (docs/calibration.md lateralOnsetWindowS: at least 6 m/s² and 4 standard
/// errors over the newest 0.16 s, carried by radarLateralVelocityLagS 0.125 s).
/// </summary>
public sealed class CoastedTrackHistoryTests
{
    private const float EgoMps = 14f;
    private const long ListUs = 50_000;
    private static readonly ForwardAebCalibration Cal = AebCalibration.Default.ForwardAeb;
    private static readonly EgoPath Straight = new(EgoMps, 0f, 3.7f);

    private static TargetGate Gate() => new(
        MinTrackUpdates: 3, MaxRangeM: 200f, MaxElevationM: 2.2f, MinStationaryElevationM: 0.12f,
        MinOverlapM: Cal.MinOverlapM, EgoWidthM: 1.85f, BrakeLatencyS: 0.3f, StopMarginM: 1f,
        LateralVelocityDeadbandMps: Cal.LateralVelocityDeadbandMps, LateralVelocityDeadbandPerM: Cal.LateralVelocityDeadbandPerM,
        LateralDecelSigmas: Cal.LateralDecelSigmas, LateralVelocityLagS: Cal.RadarLateralVelocityLagS,
        LateralOnsetWindowUs: (long)MathF.Round(Cal.LateralOnsetWindowS * 1e6f), LateralOnsetMinSamples: Cal.LateralOnsetMinSamples,
        LateralOnsetMinMps2: Cal.LateralOnsetMinMps2);

    /// <summary>Lists 50 ms apart: the measured lateral velocities, each kept as the list in hand.</summary>
    private static RadarLateralHistory Measured(params float[] velocitiesMps)
    {
        var history = new RadarLateralHistory();
        for (int k = 0; k < velocitiesMps.Length; k++)
        {
            history.BeginList(0, k * ListUs);
            history.Record(7, velocitiesMps[k]);
        }

        return history;
    }

    /// <summary>
    /// 1.0 → 2.5 m/s over 4 measured lists: 10 m/s², no residual, carried 2.5 + 10 × 0.125 = 3.75 m/s. In the next list the
    /// radar only predicts the track (its estimate repeats 2.5 m/s): the onset is still that of the measured lists.
    /// </summary>
    [Fact]
    public void A_coasted_list_is_judged_on_the_onset_of_the_measured_lists()
    {
        var history = Measured(1.0f, 1.5f, 2.0f, 2.5f);
        history.BeginList(0, 4 * ListUs);
        Assert.Equal(3.75f, RadarThreatAssessor.OnsetLateralVelocity(7, 2.5f, Gate(), history, coasted: true), 2);
        // Without the flag the list in hand has no sample of this track: no fit, as for a track missing from a list.
        Assert.True(float.IsNaN(RadarThreatAssessor.OnsetLateralVelocity(7, 2.5f, Gate(), history)));
    }

    /// <summary>The last measured list 0.2 s back lies outside the 0.16 s onset window of the list in hand: no onset from stale lists.</summary>
    [Fact]
    public void Measured_lists_older_than_the_window_carry_nothing()
    {
        var history = Measured(1.0f, 1.5f, 2.0f, 2.5f);
        history.BeginList(0, 7 * ListUs);
        Assert.True(float.IsNaN(RadarThreatAssessor.OnsetLateralVelocity(7, 2.5f, Gate(), history, coasted: true)));
    }

    private static RadarObjectList List(float lateralVelMps, RadarMeasurementState state)
    {
        var radar = new RadarObjectList { SensorOk = true, Count = 1, AgeUs = 0 };
        radar.Tracks[0] = new RadarTrack
        {
            Id = 7, LongitudinalM = 17f, LateralM = -4.2f, RelVelLongMps = -EgoMps, RelVelLatMps = lateralVelMps,
            WidthM = 1.8f, ElevationM = 0.8f, RcsDbsm = 5f, UpdateCount = 60, MeasurementState = state,
        };
        return radar;
    }

    private static void Assess(RadarLateralHistory history, long nowUs, float lateralVelMps, RadarMeasurementState state)
    {
        var radar = List(lateralVelMps, state);
        var camera = new CameraObjectList { SensorOk = true, Count = 0 };
        history.BeginList(0, nowUs);
        RadarThreatAssessor.Assess(ref radar, ref camera, Straight, EgoMps, 0f, Gate(), cameraOk: true, lateralHistory: history);
    }

    /// <summary>
    /// Three lists through the assessor: 0 and 1 m/s measured, then 1 m/s predicted. Kept: the two measured values only, so
    /// the mean over the three lists' window is (0 + 1) / 2 = 0.5 m/s, not (0 + 1 + 1) / 3.
    /// </summary>
    [Fact]
    public void The_assessor_keeps_no_sample_of_a_predicted_list()
    {
        var history = new RadarLateralHistory();
        Assess(history, 0, 0f, RadarMeasurementState.Measured);
        Assess(history, ListUs, 1f, RadarMeasurementState.Measured);
        Assess(history, 2 * ListUs, 1f, RadarMeasurementState.Predicted);
        Assert.False(history.TryMeanLateralVelocity(7, 3 * ListUs, 1, out _));
        Assert.True(history.TryMeanLateralVelocity(7, 3 * ListUs, 1, out float meanMps, coasted: true));
        Assert.Equal(0.5f, meanMps, 3);
    }

    /// <summary>A list that does not say (Unknown, every list before this field) is kept as measured: (0 + 1 + 1) / 3.</summary>
    [Fact]
    public void A_list_without_the_state_is_kept_as_measured()
    {
        var history = new RadarLateralHistory();
        Assess(history, 0, 0f, RadarMeasurementState.Unknown);
        Assess(history, ListUs, 1f, RadarMeasurementState.Unknown);
        Assess(history, 2 * ListUs, 1f, RadarMeasurementState.Unknown);
        Assert.True(history.TryMeanLateralVelocity(7, 3 * ListUs, 1, out float meanMps));
        Assert.Equal(2f / 3f, meanMps, 3);
    }
}
