namespace AebController.Scenarios.Model;

/// <summary>The ASAM OpenDRIVE plan-view primitive of one road geometry record.</summary>
public enum RoadGeometryType
{
    Line,
    Arc,
    Spiral,
    Poly3,
    ParamPoly3,
}
