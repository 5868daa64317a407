using AebController.Firmware.Calibration;

namespace AebController.Firmware.Tests.Calibration;

/// <summary>
/// The default calibration is the one the documents publish. Oracles: the product's operating ranges
/// (/work/shared/DESIGN.md §1 and the reference it cites: forward AEB 1-135 km/h, reverse AEB 1-30 km/h), the
/// defaults columns of docs/calibration.md (written here by hand from the document, in its units), and the car
/// the product is built for (every input fitted; only the bench Pi leaves some out). A default that drifts
/// from what is published - an edited number, a lost initialiser - fails here, not somewhere in a scenario.
/// </summary>
public sealed class CalibrationDefaultsTests
{
    private const double Kph = 1 / 3.6;
    private static readonly AebCalibration Cal = AebCalibration.Default;

    [Fact]
    public void Forward_aeb_arms_from_1_to_135_kph_and_warns_up_to_250_kph_leaving_each_window_half_a_kph_beyond_it()
    {
        Assert.Equal(1 * Kph, Cal.ForwardAeb.MinSpeedMps, 5);
        Assert.Equal(135 * Kph, Cal.ForwardAeb.MaxSpeedMps, 4);
        Assert.Equal(250 * Kph, Cal.ForwardAeb.FcwMaxSpeedMps, 4);
        Assert.Equal(0.5 * Kph, Cal.ForwardAeb.SpeedHysteresisMps, 5);
    }

    [Fact]
    public void A_turn_across_an_oncoming_path_is_judged_up_to_30_kph_and_on_the_left_in_right_hand_traffic()
    {
        Assert.Equal(30 * Kph, Cal.ForwardAeb.TurnMaxSpeedMps, 4);
        Assert.True(Cal.ForwardAeb.TurnAcrossLeft);
    }

    [Fact]
    public void A_stationary_radar_return_needs_the_camera_by_default()
    {
        // docs/calibration.md: stationaryNeedsCamera true (realistic radar elevation cannot tell covers from obstacles).
        Assert.True(Cal.ForwardAeb.StationaryNeedsCamera);
    }

    [Theory]
    [InlineData("reverseAeb", 1, 30, 0.6, 1.5, 3.0, 4, 9)]
    [InlineData("lowSpeedForward", 1, 16.2, 0.5, 1.2, 2.5, 3, 8)] // session 14: L-AEB forward to 16.2 km/h (docs/calibration.md)
    [InlineData("lowSpeedRear", 1, 12, 0.5, 1.2, 2.5, 3, 8)]
    public void The_obstacle_functions_have_the_published_speed_windows_margins_and_brake_levels(
        string section, double minKph, double maxKph, double stopMarginM, double warningMps2, double triggerMps2, double minBrakeMps2, double maxBrakeMps2)
    {
        var c = section switch
        {
            "reverseAeb" => Cal.ReverseAeb,
            "lowSpeedForward" => Cal.LowSpeedForward,
            _ => Cal.LowSpeedRear,
        };
        Assert.Equal(minKph * Kph, c.MinSpeedMps, 5);
        Assert.Equal(maxKph * Kph, c.MaxSpeedMps, 4);
        Assert.Equal(stopMarginM, c.StopMarginM, 5);
        Assert.Equal(warningMps2, c.WarningDecelMps2, 5);
        Assert.Equal(triggerMps2, c.BrakeTriggerDecelMps2, 5);
        Assert.Equal(minBrakeMps2, c.MinBrakeDecelMps2, 5);
        Assert.Equal(maxBrakeMps2, c.MaxBrakeDecelMps2, 5);
    }

    [Fact]
    public void Mai_watches_up_to_15_kph_and_its_open_case_up_to_5_kph()
    {
        Assert.Equal(15 * Kph, Cal.Mai.MaxSpeedMps, 5);
        Assert.Equal(5 * Kph, Cal.Mai.OpenMaxSpeedMps, 5);
    }

    [Fact]
    public void The_parking_sensors_run_left_to_right_at_the_published_places_mirrored_about_the_centre_line()
    {
        // docs/calibration.md (Ultrasonic sensors): six per bumper at 0.80, 0.50, 0.18 m left/right of centre, axes
        // angled 60, 25, 5 deg outward; UltrasonicCalibration: listed left to right, positive left. So the list
        // falls from +0.80 m to -0.80 m, each sensor mirrors the one opposite, and each axis turns away from the centre.
        float[] publishedLateralM = [0.80f, 0.50f, 0.18f];
        float[] publishedOutwardDeg = [60f, 25f, 5f];
        var u = Cal.Ultrasonic;
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(publishedLateralM[i], u.LateralM[i], 5);
            Assert.Equal(-publishedLateralM[i], u.LateralM[5 - i], 5);
            Assert.Equal(publishedOutwardDeg[i], u.AngleDeg[i], 4);
            Assert.Equal(-publishedOutwardDeg[i], u.AngleDeg[5 - i], 4);
        }

        for (int i = 1; i < 6; i++)
        {
            Assert.True(u.LateralM[i] < u.LateralM[i - 1], $"sensor {i} is not right of sensor {i - 1}");
            Assert.True(Math.Sign(u.AngleDeg[i]) == Math.Sign(u.LateralM[i]), $"sensor {i}'s axis turns toward the centre line");
        }
    }

    [Fact]
    public void The_default_car_has_every_input_fitted()
    {
        Assert.True(Cal.Monitoring.CameraFitted);
        Assert.True(Cal.Monitoring.UltrasonicsFitted);
        Assert.True(Cal.Monitoring.BrakeFeedbackFitted);
    }
}
