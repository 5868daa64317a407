namespace AebController.Emulation.World.Road;

/// <summary>The ASAM OpenDRIVE plan-view primitives of a reference line.</summary>
public enum RoadGeometryKind : byte
{
    /// <summary>Straight line.</summary>
    Line = 0,

    /// <summary>Constant curvature (1/m, positive turns left).</summary>
    Arc = 1,

    /// <summary>Clothoid: curvature changes linearly with length from start to end.</summary>
    Spiral = 2,

    /// <summary>Parametric cubic u(p), v(p) in the local frame of the start point.</summary>
    ParamPoly3 = 3,
}
