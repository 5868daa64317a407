using AebController.Firmware.Files;

namespace AebController.Scenarios.OpenScenario;

/// <summary>
/// The physically possible range of the OpenSCENARIO attributes the reader reads as numbers, from the
/// standard's own ranges (ASAM OpenSCENARIO 1.x model documentation: mass, distances, durations, time gaps,
/// variances and intensities are "[0..inf[") and from physics (nothing has zero mass or a zero-sized box, a
/// wheel has a diameter). Checked where every number is read (<see cref="OscParameters.Number(System.Xml.Linq.XElement, string)"/>),
/// so a value given through a parameter or an expression is held to the same limit as a literal.
/// </summary>
public static class OscLimits
{
    private const double Inf = double.PositiveInfinity;

    private static readonly Dictionary<(string Element, string Attribute), JsonLimitsAttribute> Table = Build();

    /// <summary>The limit of <paramref name="attribute"/> on an element named <paramref name="element"/>; null when any finite number will do.</summary>
    public static JsonLimitsAttribute? For(string element, string attribute) =>
        Table.TryGetValue((element, attribute), out var limits) ? limits : null;

    private static Dictionary<(string, string), JsonLimitsAttribute> Build()
    {
        var t = new Dictionary<(string, string), JsonLimitsAttribute>();
        void Above0(string unit, string attribute, params string[] elements)
        {
            foreach (var e in elements) t[(e, attribute)] = new JsonLimitsAttribute(0, Inf, unit) { ExclusiveMin = true };
        }

        void AtLeast0(string unit, string attribute, params string[] elements)
        {
            foreach (var e in elements) t[(e, attribute)] = new JsonLimitsAttribute(0, Inf, unit);
        }

        // Objects: mass and size.
        Above0("kg", "mass", "Vehicle", "Pedestrian", "MiscObject");
        Above0("m", "length", "Dimensions");
        Above0("m", "width", "Dimensions");
        Above0("m", "height", "Dimensions");
        AtLeast0("m/s", "maxSpeed", "Performance");
        AtLeast0("m/s²", "maxAcceleration", "Performance");
        AtLeast0("m/s²", "maxDeceleration", "Performance");
        Above0("m", "wheelDiameter", "FrontAxle", "RearAxle", "AdditionalAxle");
        AtLeast0("m", "trackWidth", "FrontAxle", "RearAxle", "AdditionalAxle");
        AtLeast0("m", "positionZ", "FrontAxle", "RearAxle", "AdditionalAxle");
        t[("FrontAxle", "maxSteering")] = new JsonLimitsAttribute(0, Math.PI, "rad");
        t[("RearAxle", "maxSteering")] = new JsonLimitsAttribute(0, Math.PI, "rad");
        t[("AdditionalAxle", "maxSteering")] = new JsonLimitsAttribute(0, Math.PI, "rad");

        // Dynamics and actions: a transition takes no negative time, distance or rate.
        AtLeast0("s, m or rate", "value", "SpeedActionDynamics", "LaneChangeActionDynamics", "TransitionDynamics");
        AtLeast0("m", "distance", "LongitudinalDistanceAction");
        AtLeast0("s", "timeGap", "LongitudinalDistanceAction");

        // Conditions: delays, durations, gaps and tolerances.
        AtLeast0("s", "delay", "Condition");
        AtLeast0("s", "duration", "StandStillCondition");
        AtLeast0("s", "value", "TimeHeadwayCondition", "TimeToCollisionCondition");
        AtLeast0("m", "value", "RelativeDistanceCondition", "DistanceCondition", "TraveledDistanceCondition");
        AtLeast0("m", "tolerance", "ReachPositionCondition");

        // Distributions.
        Above0("", "stepWidth", "DistributionRange");
        AtLeast0("", "variance", "NormalDistribution");
        AtLeast0("", "weight", "Element");

        // Environment.
        AtLeast0("lux", "intensity", "Sun");
        AtLeast0("lux", "illuminance", "Sun");
        AtLeast0("", "frictionScaleFactor", "RoadCondition");
        return t;
    }
}
