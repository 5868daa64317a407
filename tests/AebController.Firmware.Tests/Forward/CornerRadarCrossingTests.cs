using AebController.Firmware.Calibration;
using AebController.Firmware.Runtime;
using AebController.Firmware.Signals;
using AebController.Firmware.Tests.Monitoring;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// Euro NCAP CCCscp seen by the left corner radar alone (the front radar and the camera cannot: the target keeps the
/// bearing atan(v_target / v_VUT), 71.6° for 20/60, beyond their ±65° and ±26°). Hand kinematics: a VUT at 20 km/h, a
/// 4.5 × 1.8 m car crossing from the left at 60 km/h along x = 12 m ahead of the bumper, its centre reaching the VUT's
/// centre line when the bumper reaches its near side (a centre hit), against one that clears the VUT's path 1.0 s
/// before the VUT gets there. The corner radar's list is computed by hand from the geometry each cycle (nearest point of
/// the footprint, turned by the documented 45° mounting).
/// </summary>
public sealed class CornerRadarCrossingTests
{
    private const long CycleUs = 10_000;
    private const float CycleS = 0.01f;
    private const float VutMps = 20f / 3.6f;
    private const float TargetMps = 60f / 3.6f;
    private const float LaneXM = 12f;
    private const float TargetLengthM = 4.5f;
    private const float TargetWidthM = 1.8f;
    private const float VutWidthM = 1.8f;

    private static (bool Hit, float MaxRequestMps2, bool Warned) Drive(float targetLeadS, bool fitted = true)
    {
        var cal = AebCalibration.Default;
        if (!fitted) cal = cal with { CornerRadars = cal.CornerRadars with { Fitted = false } };
        var firmware = new AebFirmware(cal);
        var frame = HealthyFrame.Create(0, speedMps: VutMps, pedal: 0f);
        float v = VutMps, x = 0f, decel = 0f, maxRequest = 0f;
        bool warned = false;
        // The VUT's bumper reaches the target's near side at tMeet; the target's centre then is targetLeadS of travel
        // past the centre line (0: a centre hit).
        float tMeet = (LaneXM - 0.5f * TargetWidthM) / VutMps;
        float startYM = TargetMps * (tMeet + targetLeadS);
        float k = MathF.Sqrt(0.5f);
        for (int i = 0; i < 600; i++)
        {
            long now = i * CycleUs;
            float t = i * CycleS;
            HealthyFrame.Refresh(frame, now, speedMps: v, pedal: 0f);
            frame.Motion.LongAccelMps2 = -decel;
            float centreYM = startYM - TargetMps * t;
            float nearXM = LaneXM - 0.5f * TargetWidthM - x;
            // Contact: the bumper at the near side while the footprints overlap across.
            // Contact: the VUT's front between the target's sides while the footprints overlap across.
            if (nearXM <= 0f && nearXM >= -TargetWidthM && MathF.Abs(centreYM) < 0.5f * (TargetLengthM + VutWidthM)) return (true, maxRequest, warned);
            // Nearest point of the footprint to the left sensor (0.35 m behind the bumper, 0.75 m left), car frame at the bumper.
            float py = Math.Clamp(0.75f, centreYM - 0.5f * TargetLengthM, centreYM + 0.5f * TargetLengthM);
            float dx = nearXM + 0.35f, dy = py - 0.75f;
            frame.FrontLeftCornerRadar.Count = 0;
            if (nearXM > 0f && dx * k + dy * k > 0f)
            {
                // Relative velocity (−v, −v_target) turned by −45°.
                frame.FrontLeftCornerRadar.Count = 1;
                frame.FrontLeftCornerRadar.Tracks[0] = new RadarTrack
                {
                    Id = 7, LongitudinalM = (dx + dy) * k, LateralM = (dy - dx) * k,
                    RelVelLongMps = (-v - TargetMps) * k, RelVelLatMps = (v - TargetMps) * k,
                    WidthM = TargetLengthM, ElevationM = 0.5f, RcsDbsm = 10f, UpdateCount = 10 + i,
                };
            }

            var c = firmware.Step(frame);
            maxRequest = MathF.Max(maxRequest, c.BrakeDecelRequestMps2);
            warned |= c.Warnings != WarningOutputs.None;
            decel += (c.BrakeDecelRequestMps2 - decel) * (CycleS / 0.1f);
            v = MathF.Max(0f, v - decel * CycleS);
            x += v * CycleS;
            if (v <= 0f) break;
        }

        return (false, maxRequest, warned);
    }

    [Fact]
    public void The_bearing_of_a_CCCscp_20_60_target_is_constant_and_beyond_the_front_radar()
    {
        // atan(60 / 20) = 71.57°: the target's centre at t before the meeting is (v_VUT·t, v_target·t) from the meeting point.
        for (float t = 0.5f; t <= 3f; t += 0.5f)
        {
            Assert.Equal(71.57, Math.Atan2(TargetMps * t, VutMps * t) * 180 / Math.PI, 2);
        }
    }

    [Fact]
    public void A_car_crossing_into_the_path_seen_only_by_the_corner_radar_is_avoided()
    {
        var withCorner = Drive(targetLeadS: 0f);
        Assert.False(withCorner.Hit, "hit the crossing car");
        Assert.True(withCorner.Warned);
        // Without corner radars nothing sees it: the same drive ends in the collision.
        Assert.True(Drive(targetLeadS: 0f, fitted: false).Hit);
    }

    [Theory]
    [InlineData(1.0f)]
    [InlineData(-1.0f)]
    public void A_car_crossing_clear_of_the_path_by_a_second_is_no_threat(float targetLeadS)
    {
        // −1.0 s: it crossed a second before the VUT gets there; 1.0 s: it reaches the path a second after the VUT has
        // passed (Euro NCAP's crossing geometry as in the false-activation catalog, post-encroachment 1 s).
        var run = Drive(targetLeadS);
        Assert.False(run.Hit);
        Assert.Equal(0f, run.MaxRequestMps2);
        Assert.False(run.Warned);
    }
}
