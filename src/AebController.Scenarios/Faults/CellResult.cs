namespace AebController.Scenarios.Faults;

/// <summary>A campaign cell and its verdict.</summary>
public readonly record struct CellResult(CampaignCell Cell, Verdict Verdict);
