namespace AebController.Scenarios.Model;

/// <summary>How a grid cell is judged, as its document words it.</summary>
public enum CellCriterion
{
    /// <summary>The case's expectations (a regulation's table value, warning lead, braking demand).</summary>
    PassFail,

    /// <summary>Euro NCAP 2026 colour bands of relative impact speed per test speed (FC v1.1 §5.2).</summary>
    Bands2026,

    /// <summary>Green only when contact is avoided (Euro NCAP 2026 turning, crossing, LSC).</summary>
    Avoidance,

    /// <summary>Euro NCAP 2026 CPMFC: drivetrain torque suppressed, judged against the same run without pedal input.</summary>
    TorqueSuppression,

    /// <summary>Euro NCAP 2023 CCRs/CCRb colour bands of impact speed (SA v10.4.1 §3.3).</summary>
    Bands2023Ccrs,

    /// <summary>Euro NCAP 2023 CCRm colour bands of relative impact speed.</summary>
    Bands2023Ccrm,

    /// <summary>UN R175: no contact, or impact at most 8 km/h and at least 30 % slower than without the system.</summary>
    PedalErrorR175,

    /// <summary>
    /// Euro NCAP 2026 head-on (CCFhos, CCFhol): colour from the VUT's speed reduction before contact, as the
    /// rating calculator bands it (≤ 10 km/h Red, ≤ 20 Orange, ≤ 30 Green, above Red: FC v1.1's dossier case).
    /// </summary>
    HeadOnReduction2026,

    /// <summary>The comparison run of another cell; not judged itself.</summary>
    BaselineRun,
}
