using AebController.Firmware.Signals;
using AebController.Scenarios.Catalog;
using AebController.Scenarios.Model;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests;

/// <summary>
/// CPNCO (Euro NCAP CA Frontal Collisions v1.1) and CPNCO-50 (AEB/LSS VRU Test Protocol v4.5.1): the obstruction
/// vehicles stand where the protocol puts them. Oracle: the protocols' dimensions as Vector encodes them
/// (OSC-NCAP-scenarios ee7aa11, CA-FC_2026/CPNCO.xosc and AEB_VRU_2023/NCAP_AEB_VRU_CPNCO_2023.xosc): the small car
/// ends I = 1 m short of the child, the large car I = 1 m short of the small one, both on the child's side before it;
/// their inner sides J = 1 m from the VUT's side; lengths 4.1–4.4 m (small) and 4.3–4.7 m (large), widths 1.7–1.9 m
/// and 1.75–1.9 m; the child's initial lateral distance E = 4 m with G = 1 m to reach its speed. Hand geometry on the
/// expanded cases, not a run.
/// </summary>
public sealed class ObstructedChildGeometryTests
{
    private const float VutHalfWidthM = 1.85f / 2f;
    private const float ObstructionToVutSideM = 1.0f;   // J
    private const float ObstructionGapM = 1.0f;         // I: child to small car, small car to large car
    private const float ChildStartFromCentreM = 4.0f;   // E
    private const float ChildAccelerationM = 1.0f;      // G

    [Theory]
    [InlineData("ncap26-cpnco", 36)]
    [InlineData("cpnc", 6)]
    public void The_parked_cars_stand_where_the_protocol_puts_them(string tag, int cells)
    {
        var cases = ScenarioCatalog.Builtin.WithTag(tag);
        Assert.Equal(cells, cases.Count);
        foreach (var s in cases)
        {
            var child = s.Actors.Single(a => a.Id == "crosser");
            var parked = s.Actors.Where(a => a.Class == ObjectClass.PassengerCar).OrderByDescending(a => a.GapM).ToArray();
            Assert.Equal(2, parked.Length);
            var (small, large) = (parked[0], parked[1]);

            Near(ObstructionGapM, child.GapM!.Value - (small.GapM!.Value + Length(small)), $"{s.Name}: small car to child");
            Near(ObstructionGapM, small.GapM.Value - (large.GapM!.Value + Length(large)), $"{s.Name}: large car to small car");
            Assert.InRange(Length(small), 4.1f, 4.4f);
            Assert.InRange(Length(large), 4.3f, 4.7f);
            Assert.InRange(Width(small), 1.7f, 1.9f);
            Assert.InRange(Width(large), 1.75f, 1.9f);
            foreach (var car in parked)
            {
                Assert.True(MathF.Sign(car.YM) == MathF.Sign(child.YM), $"{s.Name}: {car.Id} on the child's side");
                float innerSideM = MathF.Abs(car.YM) - Width(car) / 2f;
                Near(VutHalfWidthM + ObstructionToVutSideM, innerSideM, $"{s.Name}: {car.Id} inner side");
            }

            // The child walks at its full speed from E − G = 3 m off the centre line (at 50 % the protocol's steady state
            // starts there: TargetDistanceSteadyState = E − G before the impact location).
            Near(ChildStartFromCentreM - ChildAccelerationM, MathF.Abs(child.YM), $"{s.Name}: child start");
        }
    }

    /// <summary>
    /// While the child stands, no line of sight from the VUT's front reaches it: the ray from the bumper centre to the
    /// child's inner near corner (|y| = 3 − 0.25 m) passes the small car's far inner corner (I = 1 m short of it, at
    /// |y| = 1.925 m) outside the car only once the VUT is nearer than I·|y_child|/(|y_child| − |y_car|) = 3.33 m.
    /// </summary>
    [Theory]
    [InlineData("ncap26-cpnco")]
    [InlineData("cpnc")]
    public void The_standing_child_is_hidden_until_it_sets_off(string tag)
    {
        foreach (var s in ScenarioCatalog.Builtin.WithTag(tag))
        {
            var child = s.Actors.Single(a => a.Id == "crosser");
            float childInnerM = MathF.Abs(child.YM) - Width(child) / 2f;
            float carInnerM = VutHalfWidthM + ObstructionToVutSideM;
            float seenFromM = ObstructionGapM * childInnerM / (childInnerM - carInnerM);
            float setOffGapM = child.Events.Single().WhenGapM!.Value;
            Assert.True(setOffGapM > seenFromM, $"{s.Name}: sets off {setOffGapM:0.0} m ahead, seen from {seenFromM:0.0} m");
        }
    }

    private static void Near(float expectedM, float actualM, string what) =>
        Assert.True(MathF.Abs(expectedM - actualM) < 0.005f, $"{what}: {actualM:0.000} m, protocol {expectedM:0.000} m");

    private static float Length(ActorDefinition a) => a.LengthM ?? ClassDefaults.For(a.Class).LengthM;

    private static float Width(ActorDefinition a) => a.WidthM ?? ClassDefaults.For(a.Class).WidthM;
}
