namespace AebController.Scenarios.Model;

/// <summary>OpenDRIVE paramPoly3 pRange: p runs over [0, 1] or over [0, length].</summary>
public enum ParamPolyRange
{
    Normalized,
    ArcLength,
}
