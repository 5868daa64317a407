using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// A radar list is measured some time before the control step reads it (its AgeUs). The assessor brings it to now
/// by hand kinematics: the gap has closed by the relative speed times the age; the relative speed was measured
/// against the ego speed of that moment (now minus acceleration times age); a crossing target has moved sideways by
/// its lateral speed over the age as well as over the time to arrival; over-ground acceleration is the ego's plus
/// the relative. A list age outside 0-1 s is not a list age (not yet set, or garbage) and counts as none.
/// Every expected value below is worked by hand in the comment beside it.
/// </summary>
public sealed class ListLatencyTests
{
    private static readonly TargetGate Gate = new(
        MinTrackUpdates: 3, MaxRangeM: 200f, MaxElevationM: 2.2f, MinStationaryElevationM: 0.12f,
        MinOverlapM: 0.15f, EgoWidthM: 1.85f, BrakeLatencyS: 0.3f, StopMarginM: 1f);

    private static RadarTrack Track(float xM, float yM, float relVelMps, float widthM = 1.8f) => new()
    {
        Id = 5, LongitudinalM = xM, LateralM = yM, RelVelLongMps = relVelMps, WidthM = widthM,
        ElevationM = 0.6f, RcsDbsm = 10f, UpdateCount = 10,
    };

    private static ThreatAssessment Assess(RadarTrack track, long ageUs, float egoSpeedMps, float egoAccelMps2 = 0f, in TargetGate? gate = null, bool cameraOk = false)
    {
        var list = new RadarObjectList { SensorOk = true, Count = 1, AgeUs = ageUs };
        list.Tracks[0] = track;
        var camera = new CameraObjectList { SensorOk = cameraOk };
        return RadarThreatAssessor.Assess(ref list, ref camera, new EgoPath(egoSpeedMps, 0f, 3.8f), egoSpeedMps, egoAccelMps2,
            gate ?? Gate, cameraOk: cameraOk);
    }

    [Theory]
    [InlineData(0L, 30f)]          // fresh list: 30 m
    [InlineData(100_000L, 29f)]    // 100 ms old at 10 m/s closing: 30 − 1.0 = 29 m now
    [InlineData(250_000L, 27.5f)]  // 250 ms: 30 − 2.5
    [InlineData(999_000L, 20.01f)] // just under a second: 30 − 9.99
    [InlineData(1_000_000L, 30f)]  // a second or more is no list age: taken as fresh
    [InlineData(-50_000L, 30f)]    // negative: garbage, taken as fresh
    public void The_range_is_brought_to_now_by_the_closing_speed_over_the_lists_age(long ageUs, float expectedRangeM)
    {
        var threat = Assess(Track(30f, 0f, -10f), ageUs, 10f);
        Assert.True(threat.HasTarget);
        Assert.Equal(expectedRangeM, threat.RangeM, 3);
        Assert.Equal(expectedRangeM / 10f, threat.TtcS, 3);   // a standing target at 10 m/s: range / speed
    }

    [Fact]
    public void A_target_that_the_latency_brings_to_the_bumper_is_at_the_bumper_not_behind_it()
    {
        // 0.5 m ahead, closing at 10 m/s, list 200 ms old: it would be 1.5 m behind the bumper; the range is never negative.
        var threat = Assess(Track(0.5f, 0f, -10f), 200_000, 10f);
        Assert.True(threat.HasTarget);
        Assert.InRange(threat.RangeM, 0f, 0.05f);
        Assert.Equal(ThreatMath.Unavoidable, threat.RequiredDecelMps2);
    }

    [Theory]
    [InlineData(3f, 300_000L)]     // accelerating at 3 m/s² with a 300 ms list: 0.9 m/s of ego speed gained since the measurement
    [InlineData(-6f, 200_000L)]    // braking at 6 m/s² with a 200 ms list: 1.2 m/s lost since
    public void A_standing_object_stands_whatever_the_ego_did_since_the_list_was_measured(float egoAccelMps2, long ageUs)
    {
        // Ego now 20 m/s. At the measurement it drove 20 − a·age, and a standing object read exactly that as closing speed.
        float ageS = ageUs * 1e-6f;
        float egoThenMps = 20f - egoAccelMps2 * ageS;
        var standing = Track(50f, 0f, -egoThenMps);
        standing.RelAccelLongMps2 = -egoAccelMps2; // what the radar measures of a standing object
        var threat = Assess(standing, ageUs, 20f, egoAccelMps2);
        Assert.True(threat.HasTarget);
        Assert.Equal(0f, threat.TargetSpeedMps, 4);
        Assert.Equal(0f, threat.TargetAccelMps2, 4);
        Assert.Equal(50f - egoThenMps * ageS, threat.RangeM, 3);   // first order, the stated model: closed at the measured closing speed (½·a·age², ≤ 0.14 m here, neglected)
    }

    [Theory]
    [InlineData(3f, 300_000L)]
    [InlineData(-6f, 200_000L)]
    public void A_standing_object_seen_by_a_silent_healthy_camera_is_dropped_whatever_the_ego_did_since_the_measurement(float egoAccelMps2, long ageUs)
    {
        // With StationaryNeedsCamera a standing return needs the camera's confirmation; judged against the ego speed now it
        // would read as moving at 0.9 or 1.2 m/s (above a walking-pace "standing") and stand on radar alone.
        float egoThenMps = 20f - egoAccelMps2 * ageUs * 1e-6f;
        var gate = Gate with { StationaryNeedsCamera = true };
        Assert.False(Assess(Track(50f, 0f, -egoThenMps), ageUs, 20f, egoAccelMps2, gate, cameraOk: true).HasTarget);
        // The same return from a car driving at 5 m/s is a mover: it stands without the camera.
        Assert.True(Assess(Track(50f, 0f, -egoThenMps + 5f), ageUs, 20f, egoAccelMps2, gate, cameraOk: true).HasTarget);
    }

    [Theory]
    [InlineData(0f, -4f, -4f)]     // ego cruising, lead braking at 4 m/s²: the relative acceleration is the lead's
    [InlineData(-1f, -3f, -4f)]    // ego easing at 1 m/s², relative −3: the lead brakes at 4 over ground
    [InlineData(2f, -2f, 0f)]      // ego accelerating at 2, relative −2: the lead keeps its speed
    public void Over_ground_acceleration_is_the_egos_plus_the_relative(float egoAccelMps2, float relAccelMps2, float expectedMps2)
    {
        var lead = Track(40f, 0f, -5f);
        lead.RelAccelLongMps2 = relAccelMps2;
        var threat = Assess(lead, 0, 20f, egoAccelMps2);
        Assert.True(threat.HasTarget);
        Assert.Equal(expectedMps2, threat.TargetAccelMps2, 4);
        Assert.Equal(15f, threat.TargetSpeedMps, 4);                                          // 20 − 5
        Assert.Equal(ThreatMath.RequiredDeceleration(40f, 20f, 15f, expectedMps2, 0.3f, 1f), threat.RequiredDecelMps2, 4);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(100_000L)]
    [InlineData(200_000L)]
    public void A_crossing_target_is_placed_where_it_will_be_on_arrival_counting_the_lists_age(long ageUs)
    {
        // Pedestrian 20 m ahead (over ground standing along the road), 2.5 m to the right, walking left at 1.5 m/s; ego 10 m/s.
        // Range now 20 − 10·age; time to arrival = range / 10; sideways at arrival = −2.5 + 1.5·(arrival + age).
        float ageS = ageUs * 1e-6f;
        float rangeNowM = 20f - 10f * ageS;
        float arrivalS = rangeNowM / 10f;
        float expectedOffsetM = -2.5f + 1.5f * (arrivalS + ageS); // = −2.5 + 1.5·2.0 = 0.5 m whatever the age: the walker arrives 2 s after the measurement
        var walker = Track(20f, -2.5f, -10f, widthM: 0.5f);
        walker.RelVelLatMps = 1.5f;
        var threat = Assess(walker, ageUs, 10f);
        Assert.True(threat.HasTarget);
        Assert.Equal(rangeNowM, threat.RangeM, 3);
        Assert.Equal(expectedOffsetM, threat.PathOffsetM, 3);
    }
}
