using AebController.Firmware.Calibration;

namespace AebController.Firmware.Tests.Calibration;

public class CalibrationFileTests
{
    [Fact]
    public void A_file_overrides_only_what_it_names()
    {
        var cal = CalibrationFile.Parse("""{ "forwardAeb": { "stopMarginM": 1.5 }, "mai": { "deepPedal": 0.8 } }""", "cal.json");
        Assert.Equal(1.5f, cal.ForwardAeb.StopMarginM);
        Assert.Equal(0.8f, cal.Mai.DeepPedal);
        Assert.Equal(AebCalibration.Default.ForwardAeb.FullBrakeDecelMps2, cal.ForwardAeb.FullBrakeDecelMps2);
        Assert.Equal(AebCalibration.Default.CyclePeriodUs, cal.CyclePeriodUs);
        Assert.Equal(AebCalibration.Default.Ultrasonic.LateralM, cal.Ultrasonic.LateralM);
    }

    [Fact]
    public void The_defaults_round_trip_through_json()
    {
        var cal = CalibrationFile.Parse(CalibrationFile.ToJson(AebCalibration.Default), "default.json");
        Assert.Equal(CalibrationFile.ToJson(AebCalibration.Default), CalibrationFile.ToJson(cal));
    }

    [Theory]
    [InlineData("""{ "forwardAeb": { "stopMarginn": 1 } }""", "forwardAeb.stopMarginn")]
    [InlineData("""{ "forwardAeb": { "fullBrakeDecelMps2": 40 } }""", "forwardAeb.fullBrakeDecelMps2")]
    [InlineData("""{ "forwardAeb": { "minSpeedMps": 20, "maxSpeedMps": 10 } }""", "forwardAeb.minSpeedMps")]
    [InlineData("""{ "cyclePeriodUs": "fast" }""", "cyclePeriodUs")]
    [InlineData("""{ "ultrasonic": { "lateralM": [0.1, 0.2] } }""", "ultrasonic.lateralM")]
    public void A_bad_field_is_refused_by_name(string json, string field)
    {
        var ex = Assert.Throws<CalibrationException>(() => CalibrationFile.Parse(json, "cal.json"));
        Assert.Contains(ex.Errors, e => e.Field.StartsWith(field, StringComparison.Ordinal) || e.Problem.Contains(field.Split('.')[^1], StringComparison.Ordinal));
    }

    [Fact]
    public void The_firmware_refuses_a_bad_calibration_before_it_runs()
    {
        var bad = AebCalibration.Default with { CyclePeriodUs = 0 };
        var ex = Assert.Throws<CalibrationException>(() => new AebController.Firmware.Runtime.AebFirmware(bad));
        Assert.Contains(ex.Errors, e => e.Field == "cyclePeriodUs");
    }
}
