using System.Text.Json;
using AebController.Cli.Commands;
using AebController.Firmware.Calibration;

namespace AebController.Scenarios.Tests.Exploration;

/// <summary>`aeb tune` searches calibration values, never code, and writes a file that --calibration takes.</summary>
public class TuneCommandTests
{
    [Fact]
    public void Tune_writes_a_valid_calibration_file_and_never_scores_below_the_default_on_training()
    {
        using var tmp = new TempFolder();
        string file = tmp.Sub("tuned.json");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run(["tune", "low-speed-obstacles", "--cases", "12", "--held-out", "8", "--population", "3", "--iterations", "1",
            "--out", file, "--json", "--world", "ideal"], stdout, stderr);
        Assert.True(code == 0, stderr.ToString());
        using var doc = JsonDocument.Parse(stdout.ToString());
        var root = doc.RootElement;
        // The search starts at the default calibration, so the best training score is at least the default's.
        Assert.True(root.GetProperty("tunedTrainingScore").GetDouble() >= root.GetProperty("defaultTrainingScore").GetDouble());
        Assert.InRange(root.GetProperty("tunedHeldOutScore").GetDouble(), 0, 1);

        // The file holds only calibration fields, loads through the same validation as any calibration file,
        // and every tuned value lands in the calibration.
        var calibration = CalibrationFile.Load(file);
        foreach (var value in root.GetProperty("values").EnumerateObject())
        {
            var parts = value.Name.Split('.');
            Assert.Equal("lowSpeedForward", parts[0]);
            using var cal = JsonDocument.Parse(CalibrationFile.ToJson(calibration));
            var field = cal.RootElement.GetProperty(parts[0]).GetProperty(parts[1]);
            Assert.Equal(value.Value.GetDouble(), field.GetDouble(), 3);
        }

        // `aeb run --calibration` takes it (exit 2 would be a refused file).
        var err = new StringWriter();
        Assert.NotEqual(2, CliApp.Run(["run", "lsf-wall-6", "--calibration", file], new StringWriter(), err));
        Assert.Equal("", err.ToString());
    }
}
