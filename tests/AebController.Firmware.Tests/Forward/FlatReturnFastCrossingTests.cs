using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// forwardAeb.flatReturnCrossingMps: a return crossing the path at least this fast is never dropped as flat (below
/// minStationaryElevationM), whatever elevation it reads. The front corner radar's elevation is coarse (1° σ per
/// detection) and read a car crossing at 70 km/h (19.4 m/s, Euro NCAP CCCscp far side) below the road; with no speed along
/// the road it was dropped as a plate. Flat things have read at most 2.04 m/s across (explorer, session 11).
/// </summary>
public sealed class FlatReturnFastCrossingTests
{
    private static readonly ForwardAebCalibration Cal = AebCalibration.Default.ForwardAeb;

    // The low-return rule is off here so that only the flat-return gate judges the low returns below.
    private static TargetGate Gate(float flatReturnCrossingMps) => new(
        MinTrackUpdates: Cal.MinTrackUpdates, MaxRangeM: 200f, MaxElevationM: 2.2f, MinStationaryElevationM: Cal.MinStationaryElevationM,
        MinOverlapM: Cal.MinOverlapM, EgoWidthM: 1.85f, BrakeLatencyS: 0.3f, StopMarginM: 1f,
        LateralVelocityDeadbandMps: Cal.LateralVelocityDeadbandMps, LateralVelocityDeadbandPerM: Cal.LateralVelocityDeadbandPerM,
        StationaryNeedsCamera: true, CameraStationarySpeedMps: Cal.CameraStationarySpeedMps,
        CameraStationarySpeedShare: Cal.CameraStationarySpeedShare, CrossingRadarOnlyMaxRangeM: Cal.CrossingRadarOnlyMaxRangeM,
        CrossingCameraHalfFovRad: Cal.CrossingCameraHalfFovDeg * MathF.PI / 180f, CrossingCameraMaxRangeM: Cal.CrossingCameraMaxRangeM,
        FlatReturnCrossingMps: flatReturnCrossingMps);

    private static ThreatAssessment Judge(RadarTrack track, float egoMps, in TargetGate gate)
    {
        var list = new RadarObjectList { SensorOk = true, Count = 1, AgeUs = 0 };
        list.Tracks[0] = track;
        var camera = new CameraObjectList { SensorOk = true, Count = 0 };
        return RadarThreatAssessor.Assess(ref list, ref camera, new EgoPath(egoMps, 0f, 3.8f), egoMps, 0f, gate, cameraOk: true);
    }

    // The VUT at 30 km/h (8.333 m/s); the target's front 15 m ahead reaches the path in 15 / 8.333 = 1.8 s.
    private const float EgoMps = 30f / 3.6f;
    private const float AheadM = 15f;

    /// <summary>A return standing along the road, crossing at <paramref name="acrossMps"/> towards the path from where it meets the car's centre line on arrival.</summary>
    private static RadarTrack Crossing(float acrossMps, float elevationM, float widthM, float rcsDbsm) => new()
    {
        Id = 1_000_005, LongitudinalM = AheadM, LateralM = acrossMps * AheadM / EgoMps, RelVelLongMps = -EgoMps, RelVelLatMps = -acrossMps,
        WidthM = widthM, ElevationM = elevationM, RcsDbsm = rcsDbsm, UpdateCount = 40,
    };

    /// <summary>
    /// By hand: 70 km/h = 19.44 m/s across, from 19.44 × 1.8 = 35.0 m to the left, on the centre line on arrival; 66.8° off
    /// the axis, outside the camera's field, 15 m ahead, within the 40 m where a crossing return stands on radar alone. Read
    /// 0.3 m below the road, it was dropped as flat; it is a car.
    /// </summary>
    [Fact]
    public void A_car_crossing_at_70_kph_read_below_the_road_is_a_threat_and_was_dropped_as_flat()
    {
        var car = Crossing(70f / 3.6f, -0.3f, 4.02f, 10f);
        Assert.True(Judge(car, EgoMps, Gate(Cal.FlatReturnCrossingMps)).HasTarget);
        Assert.False(Judge(car, EgoMps, Gate(0f)).HasTarget);
        Assert.True(Judge(car with { ElevationM = 0.5f }, EgoMps, Gate(0f)).HasTarget); // read at its bumper: a threat either way
    }

    /// <summary>The slowest Euro NCAP crossing car (20 km/h = 5.56 m/s) is past the 5 m/s line; the fastest flat read (2.04 m/s) is not.</summary>
    [Theory]
    [InlineData(20f / 3.6f, true)]
    [InlineData(2.04f, false)]
    public void Only_a_return_crossing_faster_than_a_flat_things_noise_escapes_the_flat_gate(float acrossMps, bool kept)
    {
        var lowReturn = Crossing(acrossMps, 0.05f, 0.3f, -15f);
        Assert.Equal(kept, Judge(lowReturn, EgoMps, Gate(Cal.FlatReturnCrossingMps)).HasTarget);
        // Only the flat gate removes it: read 0.5 m high, the same return is a threat at every speed.
        Assert.True(Judge(lowReturn with { ElevationM = 0.5f }, EgoMps, Gate(Cal.FlatReturnCrossingMps)).HasTarget);
    }
}
