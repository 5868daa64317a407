namespace AebController.Scenarios.Scoring.Protocols;

/// <summary>
/// The points each scenario is worth. Euro NCAP 2026 (FC v1.1 and LSC v1.1 scoring tables, cross-checked
/// with the rating calculator): CCRs 1.2/0.15/0.15 (standard/extended/robustness), CCRm 2.4/0.3/0.3,
/// CCRb 1.6/0.2/0.2, CMRs 1.2/0.15/0.15, CMRb 1.6/0.2/0.2, CCFhos and CCFhol 2.0/0.25/0.25, CCFtap and CMFtap 4.0/0.5/0.5,
/// CCCscp and CMCscp 6.0/0.75/0.75 (chapters: Longitudinal 15, Turning 10, Crossing 15 = Car &amp; PTW 40);
/// verification 3 standard cells (CCFhos/hol 4, CCCscp 5) and 2 extended. Low Speed Collisions:
/// CPMRCs 1.5, CPMRCm 1.5, CPMFC 2.0, CCCscp SfS 3.0, CMCscp SfS 3.0, CCFtap SfS 1.0, CMFtap SfS 3.0, CBNAO SfS 3.0,
/// CBDA 2.0 (standard only; the calculator's TOTAL_SCORES: Car &amp; PTW 10, Pedestrian &amp; Cyclist 10). Pedestrian & Cyclist crossing (FC v1.1, rating calculator's TOTAL_SCORES): CPNA day and
/// night 0.5/0.0625 each, CPFA day and night 0.5/0.0625 each, CPNCO day and night 1.0/0.125 each, CBNA and CBFA
/// 1.0/0.125, CBNAO 2.0/0.25 (standard/extended; robustness only by day: 0.125, 0.125, 0.25; 0.125, 0.125, 0.25).
/// Pedestrian & Cyclist longitudinal: CPLA day 1.0/0.125 (robustness 0.25), CPLA night 1.0/0.125, CBLA 2.0/0.25/0.25.
/// Pedestrian & Cyclist turning (the calculator's four grids): CPTA far/near side 1.0/0.125/0.125, CPTA far/near side
/// obstructed (fo, no) 1.0/0.125/0.125, CBTA fs/ns and fo/no the same: 5 in all (Ped &amp; Cyclist: 5 + 5 + 10 = 20).
/// Euro NCAP 2023 (SA v10.4.1 §3.3): CCRs AEB 1.0, CCRm 1.0, CCRb 1.0, CCRs FCW 0.5, CCFtap 1.0 (avoidance, 9 tests),
/// CCCscp AEB 2.0 (30 cells by weight), CCFhos/hol 1.0 (0.25 per case). Not here: CCCscp FCW 1.0, HMI 0.5.
/// </summary>
public static class ProtocolPoints
{
    public const string FrontalLongitudinal = "Frontal Collisions / Car & PTW / Longitudinal";
    public const string FrontalTurning = "Frontal Collisions / Car & PTW / Turning";
    public const string FrontalCrossing = "Frontal Collisions / Car & PTW / Crossing";
    public const string FrontalPedCycTurning = "Frontal Collisions / Pedestrian & Cyclist / Turning";
    public const string FrontalPedCycCrossing = "Frontal Collisions / Pedestrian & Cyclist / Crossing";
    public const string FrontalPedCycLongitudinal = "Frontal Collisions / Pedestrian & Cyclist / Longitudinal";
    public const string LowSpeedPedCyc = "Low Speed Collisions / Pedestrian & Cyclist";
    public const string LowSpeedCar = "Low Speed Collisions / Car & PTW";
    public const string C2c2023 = "AEB Car-to-Car / CCR";
    public const string C2cTurning2023 = "AEB Car-to-Car / CCFtap";
    public const string C2cCrossing2023 = "AEB Car-to-Car / CCCscp";
    public const string C2cHeadOn2023 = "AEB Car-to-Car / CCFhos & CCFhol";

    private static readonly ScenarioPoints[] All =
    [
        new("euro-ncap-2026", "CCRs", FrontalLongitudinal, 1.2f, 0.15f, 0.15f, 3, 2),
        new("euro-ncap-2026", "CCRm", FrontalLongitudinal, 2.4f, 0.3f, 0.3f, 3, 2),
        new("euro-ncap-2026", "CCRb", FrontalLongitudinal, 1.6f, 0.2f, 0.2f, 3, 2),
        new("euro-ncap-2026", "CCFhos", FrontalLongitudinal, 2.0f, 0.25f, 0.25f, 4, 2),
        new("euro-ncap-2026", "CCFhol", FrontalLongitudinal, 2.0f, 0.25f, 0.25f, 4, 2),
        new("euro-ncap-2026", "CMRs", FrontalLongitudinal, 1.2f, 0.15f, 0.15f, 3, 2),
        new("euro-ncap-2026", "CMRb", FrontalLongitudinal, 1.6f, 0.2f, 0.2f, 3, 2),
        new("euro-ncap-2026", "CCFtap", FrontalTurning, 4.0f, 0.5f, 0.5f, 3, 2),
        new("euro-ncap-2026", "CMFtap", FrontalTurning, 4.0f, 0.5f, 0.5f, 3, 2),
        new("euro-ncap-2026", "CCCscp", FrontalCrossing, 6.0f, 0.75f, 0.75f, 5, 2),
        new("euro-ncap-2026", "CMCscp", FrontalCrossing, 6.0f, 0.75f, 0.75f, 5, 2),
        new("euro-ncap-2026", "CPTAfs & CPTAns", FrontalPedCycTurning, 1.0f, 0.125f, 0.125f, 3, 2),
        new("euro-ncap-2026", "CPTAfo & CPTAno", FrontalPedCycTurning, 1.0f, 0.125f, 0.125f, 3, 2),
        new("euro-ncap-2026", "CBTAfs & CBTAns", FrontalPedCycTurning, 1.0f, 0.125f, 0.125f, 3, 2),
        new("euro-ncap-2026", "CBTAfo & CBTAno", FrontalPedCycTurning, 1.0f, 0.125f, 0.125f, 3, 2),
        new("euro-ncap-2026", "CPNA day", FrontalPedCycCrossing, 0.5f, 0.0625f, 0.125f, 3, 2),
        new("euro-ncap-2026", "CPNA night", FrontalPedCycCrossing, 0.5f, 0.0625f, 0f, 3, 2),
        new("euro-ncap-2026", "CPFA day", FrontalPedCycCrossing, 0.5f, 0.0625f, 0.125f, 3, 2),
        new("euro-ncap-2026", "CPFA night", FrontalPedCycCrossing, 0.5f, 0.0625f, 0f, 3, 2),
        new("euro-ncap-2026", "CPNCO day", FrontalPedCycCrossing, 1.0f, 0.125f, 0.25f, 3, 2),
        new("euro-ncap-2026", "CPNCO night", FrontalPedCycCrossing, 1.0f, 0.125f, 0f, 3, 2),
        new("euro-ncap-2026", "CBNA", FrontalPedCycCrossing, 1.0f, 0.125f, 0.125f, 3, 2),
        new("euro-ncap-2026", "CBFA", FrontalPedCycCrossing, 1.0f, 0.125f, 0.125f, 3, 2),
        new("euro-ncap-2026", "CBNAO", FrontalPedCycCrossing, 2.0f, 0.25f, 0.25f, 3, 2),
        new("euro-ncap-2026", "CPLA day", FrontalPedCycLongitudinal, 1.0f, 0.125f, 0.25f, 3, 2),
        new("euro-ncap-2026", "CPLA night", FrontalPedCycLongitudinal, 1.0f, 0.125f, 0f, 3, 2),
        new("euro-ncap-2026", "CBLA", FrontalPedCycLongitudinal, 2.0f, 0.25f, 0.25f, 3, 2),
        new("euro-ncap-2026", "CPMRCs", LowSpeedPedCyc, 1.5f, 0f, 0f, 0, 0),
        new("euro-ncap-2026", "CPMRCm", LowSpeedPedCyc, 1.5f, 0f, 0f, 0, 0),
        new("euro-ncap-2026", "CPMFC", LowSpeedPedCyc, 2.0f, 0f, 0f, 0, 0),
        new("euro-ncap-2026", "CBNAO SfS", LowSpeedPedCyc, 3.0f, 0f, 0f, 0, 0),
        new("euro-ncap-2026", "CBDA", LowSpeedPedCyc, 2.0f, 0f, 0f, 0, 0),
        new("euro-ncap-2026", "CCCscp SfS", LowSpeedCar, 3.0f, 0f, 0f, 0, 0),
        new("euro-ncap-2026", "CCFtap SfS", LowSpeedCar, 1.0f, 0f, 0f, 0, 0),
        new("euro-ncap-2026", "CMCscp SfS", LowSpeedCar, 3.0f, 0f, 0f, 0, 0),
        new("euro-ncap-2026", "CMFtap SfS", LowSpeedCar, 3.0f, 0f, 0f, 0, 0),
        new("euro-ncap-2023", "CCRs AEB", C2c2023, 1.0f, 0f, 0f, 0, 0),
        new("euro-ncap-2023", "CCRm", C2c2023, 1.0f, 0f, 0f, 0, 0),
        new("euro-ncap-2023", "CCRb", C2c2023, 1.0f, 0f, 0f, 0, 0),
        new("euro-ncap-2023", "CCRs FCW", C2c2023, 0.5f, 0f, 0f, 0, 0),
        new("euro-ncap-2023", "CCFtap", C2cTurning2023, 1.0f, 0f, 0f, 0, 0),
        new("euro-ncap-2023", EuroNcap2023Bands.CccscpAeb, C2cCrossing2023, 2.0f, 0f, 0f, 0, 0),
        new("euro-ncap-2023", EuroNcap2023Bands.HeadOn, C2cHeadOn2023, 1.0f, 0f, 0f, 0, 0),
    ];

    public static ScenarioPoints? Find(string protocol, string scenario) =>
        Array.Find(All, p => p.Protocol == protocol && p.Scenario == scenario);

    public static IReadOnlyList<ScenarioPoints> Of(string protocol) => All.Where(p => p.Protocol == protocol).ToArray();
}
