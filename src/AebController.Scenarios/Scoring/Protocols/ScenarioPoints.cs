namespace AebController.Scenarios.Scoring.Protocols;

/// <summary>Points a protocol gives one scenario (grid): standard range, extended range, robustness layers.</summary>
public sealed record ScenarioPoints(string Protocol, string Scenario, string Chapter, float Standard, float Extended, float Robustness,
    int StandardVerificationTests, int ExtendedVerificationTests);
