namespace AebController.Emulation.Sensors;

/// <summary>
/// The width an object list can carry. The ARS 408 sends an object's width in one byte of 0.2 m steps (its extended
/// information message 0x60D, as Apollo's conti_radar driver decodes it: R3 of /work/shared/reference/sensors.md), so no
/// width above 51 m ever arrives: a wider footprint (a bridge deck, a wall across the road, a 50 m box turned across it)
/// is reported at the field's end, as the sensor would saturate it, not as a number no message can hold.
/// </summary>
public static class ReportedWidth
{
    /// <summary>255 × 0.2 m: the largest width the object message's field holds.</summary>
    public const float MaxM = 51f;

    /// <summary>The footprint's width across, saturated at what the message can carry.</summary>
    public static float Of(float halfWidthM) => MathF.Min(2f * halfWidthM, MaxM);
}
