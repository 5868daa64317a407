using AebController.Emulation.Vehicle;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests.World;

/// <summary>The road, lane and path fields: read strictly, refused with one line naming the field, and built as written.</summary>
public sealed class RoadScenarioLoaderTests
{
    private const string Base = """
        {
          "name": "t", "durationS": 5,
          "road": ROAD,
          "ego": { "speedKph": 30, "gear": "drive" },
          "actors": [ ACTOR ]
        }
        """;

    private const string Bend = """
        { "geometry": [ { "sM": 0, "xM": -50, "yM": 0, "hdgDeg": 0, "lengthM": 50, "type": "line" },
                        { "sM": 50, "xM": 0, "yM": 0, "hdgDeg": 0, "lengthM": 200, "type": "arc", "curvaturePerM": 0.01 } ] }
        """;

    private const string Car = """{ "id": "car", "class": "passengerCar", "gapM": 30, "speedKph": 0 }""";

    private static string File(string road = "{}", string actor = Car) => Base.Replace("ROAD", road).Replace("ACTOR", actor);

    private static ScenarioFormatException Refused(string json)
    {
        var ex = Assert.Throws<ScenarioFormatException>(() => ScenarioLoader.Parse(json, "t.json"));
        Assert.DoesNotContain('\n', ex.Message);
        Assert.StartsWith($"t.json: {ex.Field}: ", ex.Message);
        return ex;
    }

    [Fact]
    public void A_file_without_road_fields_gets_the_straight_default_road()
    {
        var s = ScenarioLoader.Parse(File(), "t.json");
        Assert.Null(s.Road.Geometry);
        Assert.Same(AebController.Emulation.World.Road.RoadModel.Straight(), RoadBuild.From(s.Road, "t.json"));
    }

    [Fact]
    public void A_bend_and_a_car_in_its_lane_load_and_the_car_sits_on_the_bend()
    {
        var s = ScenarioLoader.Parse(File(Bend, """{ "id": "car", "class": "passengerCar", "gapM": 30, "laneId": -1, "speedKph": 0 }"""), "t.json");
        var hal = ScenarioBuild.CreateHal(s, new VehicleParameters());
        var car = hal.World.ActorAt(0);
        // Lane −1 is centred on the reference line (default lanes); the car's centre is 30 + 2.25 m along the arc of radius 100.
        double angle = 32.25 / 100;
        Assert.Equal(100 * Math.Sin(angle), car.XM, 2);
        Assert.Equal(100 - 100 * Math.Cos(angle), car.YM, 2);
        Assert.Equal(angle, car.HeadingRad, 3);
    }

    [Fact]
    public void Lane_markings_are_there_unless_the_file_says_false_and_a_wrong_type_is_named()
    {
        Assert.True(ScenarioLoader.Parse(File(), "t.json").Road.LaneMarkings);
        var s = ScenarioLoader.Parse(File("""{ "laneMarkings": false }"""), "t.json");
        Assert.False(s.Road.LaneMarkings);
        Assert.False(ScenarioBuild.CreateHal(s, new VehicleParameters()).World.LaneMarkings);
        var ex = Refused(File("""{ "laneMarkings": "no" }"""));
        Assert.Equal("road.laneMarkings", ex.Field);
    }

    [Fact]
    public void An_unknown_field_in_a_geometry_record_is_named()
    {
        var ex = Refused(File(Bend.Replace("\"curvaturePerM\"", "\"curvature\"")));
        Assert.Equal("road.geometry[1].curvature", ex.Field);
    }

    [Fact]
    public void An_arc_without_its_curvature_is_refused()
    {
        var ex = Refused(File(Bend.Replace(", \"curvaturePerM\": 0.01", "")));
        Assert.Equal("road.geometry[1].curvaturePerM", ex.Field);
    }

    [Fact]
    public void A_number_that_belongs_to_another_type_is_refused()
    {
        var ex = Refused(File(Bend.Replace("\"type\": \"line\"", "\"type\": \"line\", \"curvaturePerM\": 0.1")));
        Assert.Equal("road.geometry[0].curvaturePerM", ex.Field);
    }

    [Fact]
    public void Overlapping_geometries_are_refused()
    {
        var ex = Refused(File(Bend.Replace("\"sM\": 50", "\"sM\": 40")));
        Assert.Equal("road.geometry[1].sM", ex.Field);
    }

    [Fact]
    public void A_curvature_of_the_wrong_type_is_refused()
    {
        var ex = Refused(File(Bend.Replace("0.01", "\"tight\"")));
        Assert.Equal("road.geometry[1].curvaturePerM", ex.Field);
    }

    [Fact]
    public void Lane_ids_with_a_gap_are_refused()
    {
        const string lanes = """{ "lanes": [ { "sM": 0, "right": [ { "id": -1, "width": [ { "a": 3.5 } ] }, { "id": -3, "width": [ { "a": 3.5 } ] } ] } ] }""";
        var ex = Refused(File(lanes));
        Assert.Equal("road.lanes[0].right[1].id", ex.Field);
    }

    [Fact]
    public void A_negative_lane_width_is_refused()
    {
        const string lanes = """{ "lanes": [ { "sM": 0, "right": [ { "id": -1, "width": [ { "a": -3.5 } ] } ] } ] }""";
        var ex = Refused(File(lanes));
        Assert.Equal("road.lanes[0].right[0].width[0].a", ex.Field);
    }

    [Fact]
    public void An_actor_in_a_lane_the_road_does_not_have_is_refused()
    {
        var ex = Refused(File("{}", """{ "id": "car", "class": "passengerCar", "gapM": 30, "laneId": -2, "speedKph": 0 }"""));
        Assert.Equal("actors[0].laneId", ex.Field);
    }

    [Fact]
    public void An_actor_in_a_lane_is_placed_across_it_by_laneOffsetM_not_yM()
    {
        var ex = Refused(File("{}", """{ "id": "car", "class": "passengerCar", "gapM": 30, "laneId": -1, "yM": 1, "speedKph": 0 }"""));
        Assert.Equal("actors[0].yM", ex.Field);
    }

    [Fact]
    public void A_lane_change_needs_a_lane_or_a_path()
    {
        var ex = Refused(File("{}", """{ "id": "car", "class": "passengerCar", "gapM": 30, "speedKph": 0, "events": [ { "atS": 1, "changeLane": { "byM": 3.5, "durationS": 3 } } ] }"""));
        Assert.Equal("actors[0].events[0].changeLane", ex.Field);
    }

    [Fact]
    public void A_lane_change_duration_out_of_range_is_refused()
    {
        var ex = Refused(File("{}", """{ "id": "car", "class": "passengerCar", "gapM": 30, "laneId": -1, "speedKph": 0, "events": [ { "atS": 1, "changeLane": { "toLaneId": 1, "durationS": 0 } } ] }"""));
        Assert.Equal("actors[0].events[0].changeLane.durationS", ex.Field);
        Assert.Contains("between 0.1 and 30", ex.Message);
    }

    [Fact]
    public void A_path_with_a_turn_too_wide_for_its_legs_is_refused()
    {
        var ex = Refused(File("{}", """{ "id": "car", "class": "passengerCar", "speedKph": 10, "path": [ { "xM": 0, "yM": -10 }, { "xM": 5, "yM": -10, "radiusM": 20 }, { "xM": 5, "yM": 10 } ] }"""));
        Assert.Equal("actors[0].path[1].radiusM", ex.Field);
    }

    [Fact]
    public void A_path_actor_may_not_also_be_placed_by_a_gap()
    {
        var ex = Refused(File("{}", """{ "id": "car", "class": "passengerCar", "gapM": 3, "speedKph": 10, "path": [ { "xM": 0, "yM": -10 }, { "xM": 50, "yM": -10 } ] }"""));
        Assert.Equal("actors[0].path", ex.Field);
    }

    [Fact]
    public void Lane_keeping_in_a_missing_lane_is_refused()
    {
        var ex = Refused(File("{}").Replace("\"gear\": \"drive\" }", "\"gear\": \"drive\" }, \"driver\": { \"laneKeeping\": { \"laneId\": 3 } }"));
        Assert.Equal("driver.laneKeeping.laneId", ex.Field);
    }
}
