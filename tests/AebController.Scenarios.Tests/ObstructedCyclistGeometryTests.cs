using AebController.Firmware.Signals;
using AebController.Scenarios.Catalog;
using AebController.Scenarios.Model;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests;

/// <summary>
/// CBNAO (Euro NCAP CA Frontal Collisions v1.1; VRU v4.5.1 CBNAO-50 alike): a junction, the cyclist coming along the
/// crossing road, the two obstruction vehicles parked along that road. Oracle: the protocol's figures as Vector encodes
/// them (OSC-NCAP-scenarios ee7aa11, CA-FC_2026/CBNAO.xosc): the nearer car's end I = 3.55 m from the VUT's path axis,
/// the cars' side J = 4.8 m from the cyclist, 0.1–0.3 m between the cars, large car 4.3–4.7 × 1.75–1.9 m, small car
/// 1.7–1.9 m wide; the cyclist starts at most 7 m + H behind the impact location and holds 10 km/h over the last
/// H = 4.5 m. Hand geometry and kinematics on the expanded cases, not a run.
/// </summary>
public sealed class ObstructedCyclistGeometryTests
{
    private const float PathToObstructionEndM = 3.55f;   // I
    private const float ObstructionToCyclistM = 4.8f;    // J
    private const float SteadyStateM = 4.5f;             // H
    private const float MaxAccelerationM = 7.0f;
    private const float CyclistMps = 10f / 3.6f;

    [Fact]
    public void The_parked_cars_stand_along_the_crossing_road_where_the_protocol_puts_them()
    {
        var cases = ScenarioCatalog.Builtin.WithTag("ncap26-cbnao");
        Assert.Equal(30, cases.Count);
        foreach (var s in cases)
        {
            var cyclist = s.Actors.Single(a => a.Id == "crosser");
            var cars = s.Actors.Where(a => a.Class == ObjectClass.PassengerCar).OrderBy(a => MathF.Abs(a.YM)).ToArray();
            Assert.Equal(2, cars.Length);
            var (large, small) = (cars[0], cars[1]);
            foreach (var car in cars)
            {
                Assert.Equal(90f, MathF.Abs(car.HeadingDeg!.Value), 3);
                Assert.True(MathF.Sign(car.YM) == MathF.Sign(cyclist.YM), $"{s.Name}: {car.Id} on the cyclist's side");
                // Turned across the VUT's path: its width lies along the VUT's path, its length across it.
                float faceTowardsCyclistM = car.XM!.Value + Width(car) / 2f;
                Near(ObstructionToCyclistM, cyclist.GapM!.Value - faceTowardsCyclistM, $"{s.Name}: {car.Id} to the cyclist (J)");
            }

            Near(PathToObstructionEndM, MathF.Abs(large.YM) - Length(large) / 2f, $"{s.Name}: nearer car's end (I)");
            float betweenM = MathF.Abs(small.YM) - Length(small) / 2f - (MathF.Abs(large.YM) + Length(large) / 2f);
            Assert.InRange(betweenM, 0.1f, 0.3f);
            Assert.InRange(Length(large), 4.3f, 4.7f);
            Assert.InRange(Width(large), 1.75f, 1.9f);
            Assert.InRange(Width(small), 1.7f, 1.9f);
        }
    }

    /// <summary>
    /// The cyclist rides H = 4.5 m at 10 km/h before the impact location, and before that accelerates from standing
    /// over at most 7 m (plus the impact location's offset: the start is fixed, as in Vector's encoding); it starts
    /// behind the cars: the ray from the VUT's front to its nearer front corner crosses the cars' face towards it
    /// farther out than their nearer end.
    /// </summary>
    [Fact]
    public void The_cyclist_starts_hidden_and_rides_the_steady_state_distance_at_its_speed()
    {
        foreach (var s in ScenarioCatalog.Builtin.WithTag("ncap26-cbnao"))
        {
            var cyclist = s.Actors.Single(a => a.Id == "crosser");
            var steps = cyclist.Events.OrderByDescending(e => e.WhenGapM!.Value).ToArray();
            float egoMps = s.Ego.SpeedKph / 3.6f;
            var last = steps[^1];
            Assert.Equal(CyclistMps, MathF.Abs(last.LateralSpeedMps!.Value), 3);
            Near(SteadyStateM, CyclistMps * last.WhenGapM!.Value / egoMps, $"{s.Name}: steady-state distance");

            float impactYM = (s.Cell!.ImpactLocationPct!.Value / 100f - 0.5f) * 1.85f;
            float accelerationM = MathF.Abs(cyclist.YM - impactYM) - SteadyStateM;
            Assert.InRange(accelerationM, 0f, MaxAccelerationM + 0.5f * 1.85f);
            Near(SteadyStateM + MaxAccelerationM, MathF.Abs(cyclist.YM), $"{s.Name}: start from the centreline");

            float frontCornerM = MathF.Abs(cyclist.YM) - Width(cyclist) / 2f;
            float setOffGapM = steps[0].WhenGapM!.Value;
            float rayAtFaceM = frontCornerM * (setOffGapM - ObstructionToCyclistM) / setOffGapM;
            Assert.True(rayAtFaceM > PathToObstructionEndM, $"{s.Name}: the ray to the standing cyclist passes the cars at {rayAtFaceM:0.00} m");
        }
    }

    private static void Near(float expectedM, float actualM, string what) =>
        Assert.True(MathF.Abs(expectedM - actualM) < 0.005f, $"{what}: {actualM:0.000} m, protocol {expectedM:0.000} m");

    private static float Length(ActorDefinition a) => a.LengthM ?? ClassDefaults.For(a.Class).LengthM;

    private static float Width(ActorDefinition a) => a.WidthM ?? ClassDefaults.For(a.Class).WidthM;
}
