using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// Collision kinematics against hand calculations, one per branch of the closed forms: contact, a gap
/// that never closes, a target braking to a stop before or after the ego matches its speed.
/// </summary>
public class ThreatMathHandPhysicsTests
{
    [Theory]
    [InlineData(0f)]
    [InlineData(-0.5f)]
    public void A_target_already_at_or_inside_the_bumper_has_a_time_to_collision_of_zero(float rangeM)
    {
        Assert.Equal(0f, ThreatMath.TimeToCollision(rangeM, 10f, 0f, 0f));
    }

    [Fact]
    public void A_target_accelerating_away_faster_than_the_gap_closes_is_never_reached()
    {
        // gap(t) = 10 - 2 t + t²: its minimum (t = 1 s) is 9 m, it never reaches zero.
        Assert.Equal(float.PositiveInfinity, ThreatMath.TimeToCollision(10f, 12f, 10f, 2f));
    }

    [Fact]
    public void A_faster_target_still_accelerating_is_never_reached()
    {
        // gap(t) = 10 + 5 t + 0.5 t²: both roots negative, it only grows.
        Assert.Equal(float.PositiveInfinity, ThreatMath.TimeToCollision(10f, 10f, 15f, 1f));
    }

    [Fact]
    public void A_target_braking_from_the_egos_speed_is_reached_when_its_lost_distance_equals_the_gap()
    {
        // Same speed 10 m/s, target brakes at 2 m/s² (stops after 5 s): gap(t) = 10 - t², zero at √10 s, before it stops.
        Assert.Equal(MathF.Sqrt(10f), ThreatMath.TimeToCollision(10f, 10f, 10f, -2f), 3);
    }

    [Fact]
    public void A_braking_target_the_ego_catches_while_it_still_moves_needs_its_deceleration_plus_the_relative_one()
    {
        // Ego 20 m/s, target 10 m/s braking at 2 m/s², 20 m usable. In the target's frame the ego closes at 10 m/s
        // and must shed it over 20 m: 10² / (2·20) = 2.5 m/s² relative, 4.5 m/s² absolute. Speeds match after
        // 10 / 2.5 = 4 s, while the target still moves (it stops after 5 s), so the relative view holds.
        Assert.Equal(4.5f, ThreatMath.RequiredDeceleration(20f, 20f, 10f, -2f, 0f, 0f), 3);
    }

    [Fact]
    public void A_braking_target_that_stops_before_the_ego_catches_it_leaves_its_stopping_distance_to_use()
    {
        // Ego 20 m/s, target 4 m/s braking at 4 m/s²: it stops after 1 s and 2 m. The relative solution would meet it at
        // 1.25 s, after it stopped, so the ego must stop within 10 + 2 = 12 m: 20² / (2·12) = 16.67 m/s² (not reachable, but exact).
        Assert.Equal(400f / 24f, ThreatMath.RequiredDeceleration(10f, 20f, 4f, -4f, 0f, 0f), 2);
    }

    [Fact]
    public void A_braking_target_faster_than_the_ego_only_asks_the_ego_to_stop_behind_where_it_stops()
    {
        // Ego 10 m/s, target 15 m/s braking at 5 m/s²: it stops after 3 s and 22.5 m; the ego must stop within
        // 20 + 22.5 m: 10² / (2·42.5) = 1.18 m/s².
        Assert.Equal(100f / 85f, ThreatMath.RequiredDeceleration(20f, 10f, 15f, -5f, 0f, 0f), 3);
    }

    [Fact]
    public void A_target_that_stops_before_it_is_reached_is_reached_where_it_stopped()
    {
        // Target 8 m/s braking at 4 m/s²: stops after 2 s, 8 m on, so at 28 m; the gap then is still 8 m
        // (20 − 2·2 − 0.5·4·2²). The ego at 10 m/s reaches 28 m at 2.8 s.
        Assert.Equal(2.8f, ThreatMath.TimeToCollision(20f, 10f, 8f, -4f), 3);
    }

    [Fact]
    public void A_target_stopping_within_the_brake_latency_leaves_only_its_rest_position_to_use()
    {
        // Target 2 m/s braking at 4 m/s² stops after 0.5 s, 0.5 m on: at rest 20.5 m ahead. During the 1 s latency the
        // ego covers 10 m; 1 m margin: 9.5 m to stop from 10 m/s, 10² / (2·9.5) = 5.26 m/s².
        Assert.Equal(100f / 19f, ThreatMath.RequiredDeceleration(20f, 10f, 2f, -4f, 1f, 1f), 3);
    }

    // Inside the stop margin (0.5 m ahead, margin 2 m): a target moving away at least as fast as we approach never
    // comes nearer, so nothing is needed; a standing one, or one that brakes, is already unavoidable.
    [Theory]
    [InlineData(0.93f, 1.86f, 0f, 0f)]       // ego 0.93 m/s, target away at 1.86 m/s: the gap opens
    [InlineData(0.93f, 0.93f, 0f, 0f)]       // same speed: the gap stays
    [InlineData(0.93f, 0f, 0f, ThreatMath.Unavoidable)]      // standing: inside the margin already
    [InlineData(0.93f, 1.86f, -4f, ThreatMath.Unavoidable)]  // braking hard: it will come nearer
    public void A_target_inside_the_margin_needs_braking_only_if_the_gap_can_shrink(float egoMps, float targetMps, float targetAccelMps2, float expected) =>
        Assert.Equal(expected, ThreatMath.RequiredDeceleration(0.5f, egoMps, targetMps, targetAccelMps2, 0.2f, 2f), 3);
}
