using AebController.Scenarios.Loading;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests.Faults;

/// <summary>Road friction by segment and controller restarts, judged by hand physics and by the latching rule of diagnostic codes.</summary>
public class ScenarioFieldTests
{
    private static string FullBrake(string segments) => $$"""
        {
          "name": "segment", "durationS": 2,
          "road": { "friction": 1.0, "frictionSegments": [ {{segments}} ] },
          "ego": { "speedKph": 80 },
          "driver": { "brake": [ { "t": 0, "value": 1.0 } ] }
        }
        """;

    [Fact]
    public void On_a_low_friction_segment_the_car_brakes_no_harder_than_the_road_allows()
    {
        var r = new ScenarioRunner().Run(ScenarioLoader.Parse(FullBrake("""{ "fromM": -10, "toM": 500, "friction": 0.3 }"""), "s.json"));
        // μ g plus rolling resistance and drag at 80 km/h (about 0.1 + 0.25 m/s²).
        Assert.InRange(r.MaxDecelMps2, 0.3f * 9.81f, 0.3f * 9.81f + 0.5f);
    }

    [Fact]
    public void Beyond_the_segment_the_base_friction_holds()
    {
        var r = new ScenarioRunner().Run(ScenarioLoader.Parse(FullBrake("""{ "fromM": 200, "toM": 500, "friction": 0.3 }"""), "s.json"));
        Assert.True(r.MaxDecelMps2 > 9.5f, $"max deceleration {r.MaxDecelMps2} m/s²");
    }

    [Theory]
    [InlineData("""{ "fromM": 10, "toM": 5, "friction": 0.3 }""", "road.frictionSegments[0].toM")]
    [InlineData("""{ "fromM": 0, "toM": 5, "friction": 3 }""", "road.frictionSegments[0].friction")]
    [InlineData("""{ "fromM": 0, "friction": 0.3 }""", "road.frictionSegments[0].toM")]
    public void A_bad_segment_is_refused_naming_its_field(string segment, string field)
    {
        var ex = Assert.Throws<ScenarioFormatException>(() => ScenarioLoader.Parse(FullBrake(segment), "s.json"));
        Assert.Equal(field, ex.Field);
    }

    [Fact]
    public void A_restart_clears_codes_latched_before_it()
    {
        // Wheel speed reads NaN from 1.0 to 1.2 s: the code latches and stays latched until the restart at 2 s.
        var r = new ScenarioRunner().Run(ScenarioLoader.Parse("""
            {
              "name": "restart", "durationS": 3,
              "ego": { "speedKph": 30, "holdSpeed": true },
              "faults": [ { "input": "wheelSpeed", "kind": "naN", "startS": 1.0, "endS": 1.2 } ],
              "restarts": [ { "atS": 2.0 } ]
            }
            """, "r.json"));
        Assert.NotEqual(Firmware.Signals.DiagnosticCode.None, r.Trace[150].Diagnostics);
        Assert.NotEqual(Firmware.Signals.DiagnosticCode.None, r.Trace[199].Diagnostics);
        Assert.Equal(Firmware.Signals.DiagnosticCode.None, r.Trace[250].Diagnostics);
    }

    [Fact]
    public void A_restart_outside_the_run_is_refused()
    {
        var ex = Assert.Throws<ScenarioFormatException>(() => ScenarioLoader.Parse("""
            { "name": "r", "durationS": 3, "ego": { "speedKph": 30 }, "restarts": [ { "atS": 4 } ] }
            """, "r.json"));
        Assert.Equal("restarts[0].atS", ex.Field);
    }
}
