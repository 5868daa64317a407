using System.CommandLine;
using AebController.Firmware.Calibration;

namespace AebController.Cli.Commands;

/// <summary>The shared --calibration option: a JSON calibration file, validated before anything runs.</summary>
public static class CalibrationOption
{
    public static Option<FileInfo?> Create() => new("--calibration")
    {
        Description = "Calibration JSON file (default: the built-in calibration)",
    };

    /// <summary>Reads the file by the path as the user typed it (FileInfo.ToString), so messages name it that way.</summary>
    public static AebCalibration Load(FileInfo? file) =>
        file is null ? AebCalibration.Default : CalibrationFile.Load(file.ToString());
}
