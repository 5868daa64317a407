using AebController.Scenarios.Scoring.Protocols;

namespace AebController.Scenarios.Model;

/// <summary>
/// A robustness verification run (Euro NCAP 2026 FC v1.1 §4.2.2): the cell <see cref="Nominal"/> run again under one
/// verification condition of one layer, judged against the nominal cell's colour (the prediction). The maker's
/// declaration for the scenario travels with it: the layers that apply and the layers claimed (every run of one
/// scenario declares the same). See docs/conformance.md "Robustness layers".
/// </summary>
public sealed record RobustnessRunDefinition
{
    public required RobustnessLayer Layer { get; init; }

    /// <summary>The verification condition, as the protocol's table words it (Robustness.Conditions).</summary>
    public required string Condition { get; init; }

    /// <summary>Name of the nominal case of the same grid cell.</summary>
    public required string Nominal { get; init; }

    /// <summary>The layers that apply to the scenario (the robustness sheet's non-empty cells).</summary>
    public RobustnessLayer[] Applicable { get; init; } = [];

    /// <summary>The layers the maker claims for the scenario.</summary>
    public RobustnessLayer[] Claimed { get; init; } = [];
}
