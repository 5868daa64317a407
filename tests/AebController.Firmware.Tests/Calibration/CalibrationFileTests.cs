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

    /// <summary>
    /// README's bad-input contract: one line, each problem naming the file, the field, what was expected (the range
    /// docs/calibration.md publishes) and the value exactly as the file wrote it (not as the float it became).
    /// </summary>
    [Fact]
    public void Several_bad_fields_are_refused_in_one_line_each_with_the_value_as_written()
    {
        var ex = Assert.Throws<CalibrationException>(() => CalibrationFile.Parse(
            """{ "forwardAeb": { "stopMarginM": -9.80 }, "vehicle": { "widthM": 9e0 } }""", "my-car.json"));

        var width = CalibrationDoc.Range("vehicle.widthM");
        var margin = CalibrationDoc.Range("forwardAeb.stopMarginM");
        Assert.Equal(
            $"my-car.json: vehicle.widthM: expected a number between {width.MinText} and {width.MaxText} ({width.Unit}), found 9e0; "
            + $"my-car.json: forwardAeb.stopMarginM: expected a number between {margin.MinText} and {margin.MaxText} ({margin.Unit}), found -9.80",
            ex.Message);
        Assert.Equal("my-car.json", ex.File);
        Assert.Equal(["vehicle.widthM", "forwardAeb.stopMarginM"], ex.Errors.Select(e => e.Field));
    }

    /// <summary>
    /// The strict walk refuses every bad file before the deserializer sees it, so no file reaches this path today;
    /// should the walk ever miss a case, the deserializer's refusal is still one line naming the file and the field.
    /// </summary>
    [Theory]
    [InlineData("$.forwardAeb.stopMarginM", "cal.json: forwardAeb.stopMarginM: this value cannot be used here (see docs/calibration.md)")]
    [InlineData("$.ultrasonic.lateralM[7]", "cal.json: ultrasonic.lateralM[7]: this value cannot be used here (see docs/calibration.md)")]
    [InlineData("$", "cal.json: this value cannot be used here (see docs/calibration.md)")]
    [InlineData("", "cal.json: this value cannot be used here (see docs/calibration.md)")]
    [InlineData(null, "cal.json: this value cannot be used here (see docs/calibration.md)")]
    public void A_value_the_deserializer_refuses_is_one_line_naming_the_field(string? path, string expected)
    {
        var ex = CalibrationFile.DeserializerRefused(new System.Text.Json.JsonException("a gap in the walk", path, null, null), "cal.json");
        Assert.Equal(expected, ex.Message);
        string field = Assert.Single(ex.Errors).Field;
        Assert.Equal(path is null or "" or "$" ? "$" : path[2..], field);
    }

    [Fact]
    public void The_firmware_refuses_a_bad_calibration_before_it_runs()
    {
        var bad = AebCalibration.Default with { CyclePeriodUs = 0 };
        var ex = Assert.Throws<CalibrationException>(() => new AebController.Firmware.Runtime.AebFirmware(bad));
        Assert.Contains(ex.Errors, e => e.Field == "cyclePeriodUs");
    }
}
