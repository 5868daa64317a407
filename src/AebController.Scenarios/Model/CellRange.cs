namespace AebController.Scenarios.Model;

/// <summary>Euro NCAP 2026 splits each grid into a standard and an extended range, scored differently.</summary>
public enum CellRange
{
    Standard,
    Extended,
}
