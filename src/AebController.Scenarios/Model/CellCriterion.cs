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

    /// <summary>
    /// Euro NCAP 2023 head-on (CCFhos, CCFhol; SA v10.4.1 §3.3): full points for a speed reduction of at least
    /// 20 km/h before contact, half for 10–20 km/h, none below.
    /// </summary>
    HeadOnReduction2023,

    /// <summary>
    /// Euro NCAP 2023 CCCscp AEB (SA v10.4.1 §3.3): up to 30 km/h pass/fail avoidance; from 40 km/h full points when
    /// avoided, half when the VUT's speed was reduced by at least 30 km/h before contact.
    /// </summary>
    Cccscp2023,

    /// <summary>The comparison run of another cell; not judged itself.</summary>
    BaselineRun,
}
