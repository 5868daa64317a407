namespace AebController.Scenarios.Tests.LowSpeed;

/// <summary>
/// The low-speed forward function above 12 km/h (its window reaches 16.2 km/h since session 14) toward a wall with the
/// front radar's rate offset by +1 m/s, so that forward AEB does not brake and the echo is all there is. Hand physics: the
/// front ultrasonics reach 4 m (realistic profile, docs/sensors.md); the function brakes at most at its 8 m/s² after its
/// 0.25 s latency, so from a gap g it stops short by g − 0.25 v − v² / 16; to keep the low-speed scenarios' 0.2 m the first
/// brake must come at g ≥ 0.2 + 0.25 v + v² / 16 (2.12 m at 14 km/h, 2.54 m at 16 km/h), which the 4 m reach allows
/// after the echo's confirmation (session 14: up to 4.70 m/s).
/// </summary>
public class StandInUpperWindowTests
{
    [Theory]
    [InlineData(14f)]
    [InlineData(16f)]
    public void Toward_a_wall_with_the_radar_contradicted_it_stops_short_within_the_ultrasonics_reach(float speedKph)
    {
        float v = speedKph / 3.6f;
        float latestGapM = 0.2f + 0.25f * v + v * v / 16f;
        var r = StandInCase.Run($"lsf-wall-{speedKph}-rate", speedKph, """[{ "id": "wall", "class": "wall", "gapM": 12.0, "yM": 0 }]""",
            rateOffset: true);

        Assert.False(r.Collided);
        Assert.True(r.StopGapM >= 0.2f, $"stop gap {r.StopGapM}");
        Assert.True(StandInCase.GapAtFirstBrakeM(r) >= latestGapM, $"first brake {StandInCase.GapAtFirstBrakeM(r):F2} m, later than {latestGapM:F2} m");
    }
}
