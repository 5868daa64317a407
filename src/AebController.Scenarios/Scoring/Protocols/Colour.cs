namespace AebController.Scenarios.Scoring.Protocols;

/// <summary>Euro NCAP's grid colours, best first.</summary>
public enum Colour
{
    Green,
    Yellow,
    Orange,
    Brown,
    Red,
}
