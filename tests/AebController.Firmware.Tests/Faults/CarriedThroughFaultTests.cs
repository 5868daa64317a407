using AebController.Firmware.Calibration;
using AebController.Firmware.Functions;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// <see cref="ForwardAebRules.CarriedThroughFault"/> swept over its inputs: a threat already warned or braked for is always
/// carried through an input fault; a target only tracked is carried when it closes within the longest warning lead
/// (fcwMaxTtcS, 4 s), never when it keeps its distance or is further off.
/// </summary>
public class CarriedThroughFaultTests
{
    private static readonly float MaxTtcS = AebCalibration.Default.ForwardAeb.FcwMaxTtcS;

    [Fact]
    public void The_longest_warning_lead_is_4_s() => Assert.Equal(4f, MaxTtcS);

    [Theory]
    // ccrs-50 with the range drifting at 1 m/s: found inconsistent 39 m from the standing car at 13.9 m/s (TTC 2.8 s).
    [InlineData(false, true, 2.8f, true)]
    [InlineData(false, true, 0f, true)]
    [InlineData(false, true, 4f, true)]
    [InlineData(false, true, 4.01f, false)]
    // A lead at the car's own speed (fault-wheelSpeed-stale: 30 m at 50 km/h): TTC ∞, Degraded as before.
    [InlineData(false, true, float.PositiveInfinity, false)]
    [InlineData(false, true, float.NaN, false)]
    [InlineData(false, true, -1f, false)]
    // Nothing tracked: whatever the stale TTC says.
    [InlineData(false, false, 2f, false)]
    // A threat that stands is carried whatever was tracked.
    [InlineData(true, false, float.PositiveInfinity, true)]
    [InlineData(true, true, 10f, true)]
    public void Carried_through_a_fault(bool stands, bool tracked, float ttcS, bool carried)
    {
        Assert.Equal(carried, ForwardAebRules.CarriedThroughFault(stands, tracked, ttcS, MaxTtcS));
    }

    [Fact]
    public void Sweep_of_the_tracked_ttc()
    {
        for (float ttc = 0f; ttc <= 10f; ttc += 0.01f)
        {
            Assert.Equal(ttc <= MaxTtcS, ForwardAebRules.CarriedThroughFault(false, true, ttc, MaxTtcS));
            Assert.True(ForwardAebRules.CarriedThroughFault(true, true, ttc, MaxTtcS));
            Assert.False(ForwardAebRules.CarriedThroughFault(false, false, ttc, MaxTtcS));
        }
    }

    /// <summary>
    /// A radar is blind to a carried threat only when all three hold: its list came empty, the threat would be carried
    /// through a fault, and the camera still sees an object there. Any one missing (a list with returns in it, nothing
    /// worth carrying, the camera's place empty) and nothing is carried.
    /// </summary>
    [Fact]
    public void Blind_only_when_the_list_empties_a_carried_threat_that_the_camera_still_sees()
    {
        for (int bits = 0; bits < 8; bits++)
        {
            bool empty = (bits & 1) != 0, carried = (bits & 2) != 0, seen = (bits & 4) != 0;
            Assert.Equal(bits == 7, ForwardAebRules.RadarBlindToCarriedThreat(empty, carried, seen));
        }
    }
}
