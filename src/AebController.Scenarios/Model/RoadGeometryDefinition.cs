using System.Text.Json.Serialization;

namespace AebController.Scenarios.Model;

/// <summary>
/// One record of the road's reference line, as OpenDRIVE's &lt;geometry&gt;: start s, start point,
/// start heading (degrees here, radians in OpenDRIVE), length, and the primitive's own numbers.
/// </summary>
public sealed record RoadGeometryDefinition
{
    [JsonPropertyName("sM")]
    public float SM { get; init; }
    [JsonPropertyName("xM")]
    public float XM { get; init; }
    [JsonPropertyName("yM")]
    public float YM { get; init; }
    public float HdgDeg { get; init; }
    public required float LengthM { get; init; }
    public RoadGeometryType Type { get; init; } = RoadGeometryType.Line;

    /// <summary>Arc: curvature (1/m, positive turns left).</summary>
    public float? CurvaturePerM { get; init; }

    /// <summary>Spiral: curvature at the start and at the end.</summary>
    public float? CurvStartPerM { get; init; }
    public float? CurvEndPerM { get; init; }

    /// <summary>Poly3: v = a + b·u + c·u² + d·u³.</summary>
    public float? A { get; init; }
    public float? B { get; init; }
    public float? C { get; init; }
    public float? D { get; init; }

    /// <summary>ParamPoly3: u(p) and v(p) coefficients and the range of p.</summary>
    [JsonPropertyName("aU")] public float? AU { get; init; }
    [JsonPropertyName("bU")] public float? BU { get; init; }
    [JsonPropertyName("cU")] public float? CU { get; init; }
    [JsonPropertyName("dU")] public float? DU { get; init; }
    [JsonPropertyName("aV")] public float? AV { get; init; }
    [JsonPropertyName("bV")] public float? BV { get; init; }
    [JsonPropertyName("cV")] public float? CV { get; init; }
    [JsonPropertyName("dV")] public float? DV { get; init; }
    public ParamPolyRange PRange { get; init; } = ParamPolyRange.Normalized;
}
