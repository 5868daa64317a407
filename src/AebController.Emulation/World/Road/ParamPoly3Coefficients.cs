namespace AebController.Emulation.World.Road;

/// <summary>
/// OpenDRIVE paramPoly3: u(p) = aU + bU·p + cU·p² + dU·p³ and v(p) likewise, in the frame of the
/// start point (u along the start heading, v to its left); p runs from 0 to <see cref="PEnd"/>
/// (1 for pRange "normalized", the geometry's length for "arcLength"). A poly3 is the case
/// u = p, v = a + b·p + c·p² + d·p³ with <see cref="PEnd"/> the u where the arc length is reached.
/// </summary>
public readonly record struct ParamPoly3Coefficients(
    double AU, double BU, double CU, double DU,
    double AV, double BV, double CV, double DV,
    double PEnd);
