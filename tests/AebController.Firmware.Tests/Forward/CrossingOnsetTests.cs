using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// A road user tracked standing for seconds that sets off across the path is reported with the lateral velocity of an α-β
/// tracker that follows the step late: by hand from the recursion (predicted p = x + v·T, residual r = z − p,
/// x = p + α·r, v = v + β/T·r, α 0.5, β 0.167, T 50 ms, from x = v = 0 with z_k = u·k·T) it reads 0.167, 0.389, 0.602
/// of the speed u after 1, 2, 3 lists. The case, by hand: Euro NCAP CBNAO at 60 km/h (16.67 m/s), the cyclist (1.8 m
/// along its side) standing 4.5 m right of our centre sets off at 10 km/h (2.78 m/s); 3 lists later it is reported 20.7 m
/// ahead. The truth arrives with its centre at −4.5 + 2.78 × (0.15 + 20.7 / 16.67) = −0.64 m, in our path.
/// </summary>
public sealed class CrossingOnsetTests
{
    private const float EgoMps = 60f / 3.6f;
    private const float CyclistMps = 10f / 3.6f;
    private const float RangeM = 20.7f;
    private const long ListUs = 50_000;
    private static readonly ForwardAebCalibration Cal = AebCalibration.Default.ForwardAeb;

    private static TargetGate Gate(bool onset) => new(
        MinTrackUpdates: Cal.MinTrackUpdates, MaxRangeM: 200f, MaxElevationM: 2.2f, MinStationaryElevationM: 0.12f,
        MinOverlapM: Cal.MinOverlapM, EgoWidthM: 1.85f, BrakeLatencyS: 0.3f, StopMarginM: 1f,
        LateralVelocityDeadbandMps: Cal.LateralVelocityDeadbandMps, LateralVelocityDeadbandPerM: Cal.LateralVelocityDeadbandPerM,
        StationaryNeedsCamera: true, CrossingRadarOnlyMaxRangeM: Cal.CrossingRadarOnlyMaxRangeM,
        StandingMinTrackUpdates: Cal.StandingMinTrackUpdates,
        LateralDecelSigmas: Cal.LateralDecelSigmas, LateralVelocityLagS: Cal.RadarLateralVelocityLagS,
        LateralOnsetWindowUs: onset ? (long)MathF.Round(Cal.LateralOnsetWindowS * 1e6f) : 0,
        LateralOnsetMinSamples: Cal.LateralOnsetMinSamples, LateralOnsetMinMps2: Cal.LateralOnsetMinMps2);

    /// <summary>The tracker's position (m from the start) and velocity after each of <paramref name="lists"/> lists of a target moving at <paramref name="speedMps"/> from standing.</summary>
    private static (float PositionM, float VelocityMps)[] StepResponse(float speedMps, int lists)
    {
        const float a = 0.5f, b = 0.167f, periodS = 0.05f;
        var result = new (float, float)[lists];
        float x = 0f, v = 0f;
        for (int k = 1; k <= lists; k++)
        {
            float p = x + v * periodS;
            float r = speedMps * k * periodS - p;
            x = p + a * r;
            v += b / periodS * r;
            result[k - 1] = (x, v);
        }

        return result;
    }

    /// <summary>Feeds the assessor one list per 50 ms of a single track (lateral positions and velocities as given) and returns the last judgement.</summary>
    private static ThreatAssessment Feed(TargetGate gate, float[] lateralM, float[] lateralVelMps, float lastRangeM, float egoMps, float widthM, bool cameraOk = true)
    {
        var history = new RadarLateralHistory();
        var camera = new CameraObjectList { SensorOk = true, Count = 0 }; // healthy, sees nothing there (the cyclist is hidden from it)
        var result = ThreatAssessment.None;
        int n = lateralM.Length;
        for (int k = 0; k < n; k++)
        {
            history.BeginList(0, 10_000_000 + k * ListUs);
            var list = new RadarObjectList { SensorOk = true, Count = 1, AgeUs = 0 };
            list.Tracks[0] = new RadarTrack
            {
                Id = 12, LongitudinalM = lastRangeM + egoMps * (n - 1 - k) * 0.05f, LateralM = lateralM[k], RelVelLongMps = -egoMps,
                RelVelLatMps = lateralVelMps[k], WidthM = widthM, ElevationM = 0.9f, RcsDbsm = 0f, UpdateCount = 80 + k,
            };
            result = RadarThreatAssessor.Assess(ref list, ref camera, new EgoPath(egoMps, 0f, 3.8f), egoMps, 0f, gate,
                cameraOk: cameraOk, lateralHistory: history);
        }

        return result;
    }

    private static (float[] Lateral, float[] Velocity) CyclistLists(int standing, int moving)
    {
        var step = StepResponse(CyclistMps, moving);
        var lateral = new float[standing + moving];
        var velocity = new float[standing + moving];
        for (int k = 0; k < standing + moving; k++)
        {
            lateral[k] = -4.5f + (k < standing ? 0f : step[k - standing].PositionM);
            velocity[k] = k < standing ? 0f : step[k - standing].VelocityMps;
        }

        return (lateral, velocity);
    }

    [Fact]
    public void The_step_response_is_the_trackers_reading_by_hand()
    {
        var step = StepResponse(1f, 3);
        Assert.Equal(0.167f, step[0].VelocityMps, 3);                       // β
        Assert.Equal(0.167f * (3f - 0.5f - 0.167f), step[1].VelocityMps, 3); // β(3 − α − β) = 0.390
        Assert.InRange(step[2].VelocityMps, 0.59f, 0.61f);
    }

    /// <summary>
    /// 3 lists after set-off it reads 1.67 m/s at y −4.5 + 0.33 = −4.17 m (tracker position 2.361 × 0.139 m): beyond the
    /// deadband 0.5 + 0.035 × 20.7 = 1.22 m/s, crossing, but carried at that speed for 20.7 / 16.67 = 1.24 s it arrives at
    /// −2.10 m, its near side 0.28 m beside our 0.925 m half width. The last 4 lists (0, 0.46, 1.08, 1.67 m/s) rise at
    /// 11.3 m/s² (least squares), far beyond 6 m/s² and 4 standard errors; carried at 1.67 + 11.3 × 0.125 = 3.08 m/s it
    /// arrives at −0.35 m: in the path, one list before the reported estimate puts it there.
    /// </summary>
    [Fact]
    public void A_cyclist_setting_off_from_standing_is_in_the_path_three_lists_later()
    {
        var (lateral, velocity) = CyclistLists(standing: 10, moving: 3);
        Assert.True(velocity[^1] >= Cal.LateralVelocityDeadbandMps + Cal.LateralVelocityDeadbandPerM * RangeM);
        Assert.True(lateral[^1] + velocity[^1] * RangeM / EgoMps + 0.9f < -0.925f); // reported: beside the path

        Assert.False(Feed(Gate(onset: false), lateral, velocity, RangeM, EgoMps, 1.8f).HasTarget);
        var threat = Feed(Gate(onset: true), lateral, velocity, RangeM, EgoMps, 1.8f);
        Assert.True(threat.HasTarget);
        Assert.InRange(threat.PathOffsetM, -0.6f, -0.1f);
    }

    [Fact]
    public void A_cyclist_standing_at_the_kerb_is_no_threat()
    {
        var (lateral, velocity) = CyclistLists(standing: 14, moving: 0);
        Assert.False(Feed(Gate(onset: true), lateral, velocity, RangeM, EgoMps, 1.8f).HasTarget);
    }

    /// <summary>
    /// A car parked 3.1 m left of our centre, passed at 50 km/h (UN R152 false-reaction test), whose noisy lateral velocity
    /// read 0.62, 0.38, −0.01, −0.68, −0.69 m/s in 5 lists 26.6 m ahead (realistic world, seed 167): a slope of about
    /// −9 m/s², but a reading inside the deadband (0.5 + 0.035 × 26.6 = 1.43 m/s) is no crossing, and no onset is read
    /// into it (taken alone, −0.69 − 9 × 0.125 = −1.8 m/s carries it 3.4 m to our centre in 1.9 s). With the camera
    /// faulted, so that the standing car stands on the radar alone.
    /// </summary>
    [Fact]
    public void A_parked_cars_noise_inside_the_deadband_is_never_carried_into_the_path()
    {
        float[] lateral = [3.25f, 3.24f, 3.20f, 3.10f, 3.07f];
        float[] velocity = [0.62f, 0.38f, -0.01f, -0.68f, -0.69f];
        Assert.False(Feed(Gate(onset: true), lateral, velocity, 26.6f, 50f / 3.6f, 1.8f, cameraOk: false).HasTarget);
    }
}
