namespace AebController.Scenarios.OpenDrive;

public enum OdrGeometryKind
{
    Line,
    Arc,
    Spiral,
    Poly3,
    ParamPoly3,
}
