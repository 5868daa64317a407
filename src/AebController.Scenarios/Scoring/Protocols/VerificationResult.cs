namespace AebController.Scenarios.Scoring.Protocols;

/// <summary>How a verification test compares with the predicted colour (Euro NCAP 2026 FC §4.2.4).</summary>
public enum VerificationResult
{
    Correct,
    InTolerance,
    Incorrect,
}
