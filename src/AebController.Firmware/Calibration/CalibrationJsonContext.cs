using System.Text.Json;
using System.Text.Json.Serialization;

namespace AebController.Firmware.Calibration;

/// <summary>Source-generated JSON metadata, so calibration loading works trimmed and under NativeAOT on the Pi.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    NumberHandling = JsonNumberHandling.Strict,
    WriteIndented = true)]
[JsonSerializable(typeof(AebCalibration))]
internal sealed partial class CalibrationJsonContext : JsonSerializerContext;
