using System.Xml.Linq;

namespace AebController.Scenarios.OpenScenario;

/// <summary>GlobalAction in Init: an EnvironmentAction (inline or from a catalog) gives the light level; other global actions are refused.</summary>
public static class OscEnvironment
{
    public static void Apply(XElement global, OscContext ctx)
    {
        var action = global.Elements().FirstOrDefault() ?? throw OscError.At(global, "is empty");
        if (action.Name.LocalName != "EnvironmentAction") throw OscError.Unsupported(action);
        var (environment, scope) = action.Element("CatalogReference") is { } reference
            ? ctx.Catalogs.Resolve(reference, ctx.Scope)
            : (action.Element("Environment") ?? throw OscError.At(action, "needs an Environment or CatalogReference"), ctx.Scope);
        if (environment.Element("Weather")?.Element("Sun") is { } sun)
        {
            // 1.2+ names it illuminance, 1.0–1.1 intensity; both in lux.
            string? attribute = sun.Attribute("illuminance") is not null ? "illuminance" : sun.Attribute("intensity") is not null ? "intensity" : null;
            if (attribute is not null) ctx.IlluminanceLux = scope.Number(sun, attribute);
        }

        if (environment.Element("RoadCondition") is { } road && road.Attribute("frictionScaleFactor") is not null)
        {
            ctx.FrictionScale = scope.Number(road, "frictionScaleFactor");
        }
    }
}
