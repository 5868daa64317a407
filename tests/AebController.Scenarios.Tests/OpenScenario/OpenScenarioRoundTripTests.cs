using System.Xml;
using System.Xml.Schema;
using AebController.Emulation.Vehicle;
using AebController.Firmware.Calibration;
using AebController.Scenarios.Catalog;
using AebController.Scenarios.OpenScenario;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests.OpenScenario;

/// <summary>
/// aeb → OpenSCENARIO → aeb: the exported file is valid against the ASAM OpenSCENARIO 1.0 schema, and
/// running what is read back gives the same run, cycle for cycle, as the original.
/// </summary>
public class OpenScenarioRoundTripTests
{
    public static TheoryData<string> Cases => new() { "ccrs-50", "ccrs-30-o-50", "ccrm-50", "ccrb-12m-6", "cpna-30", "cpfa-40", "cbna-20" };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_exported_file_runs_as_the_original(string name)
    {
        var original = ScenarioCatalog.Builtin.Resolve(name);
        var (back, dir) = RoundTrip(original);
        try
        {
            var runner = new ScenarioRunner(AebCalibration.Default);
            var a = runner.Run(original);
            var b = runner.Run(back);
            Assert.Equal(a.Collided, b.Collided);
            Assert.Equal(a.ImpactSpeedKph, b.ImpactSpeedKph);
            Assert.Equal(a.MinGapM, b.MinGapM);
            Assert.Equal(a.FirstBrakeS, b.FirstBrakeS);
            Assert.Equal(a.FirstWarningS, b.FirstWarningS);
            Assert.Equal(a.EndTimeS, b.EndTimeS);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_exported_file_is_valid_against_the_OpenSCENARIO_schema(string name)
    {
        var (xosc, _) = XoscExporter.Export(ScenarioCatalog.Builtin.Resolve(name), "case.xosc");
        var schemas = new XmlSchemaSet();
        schemas.Add(null, Path.Combine(AppContext.BaseDirectory, "OpenScenario", "schema", "OpenSCENARIO-1.0.xsd"));
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}");
        using (var reader = XmlReader.Create(new StringReader(xosc), settings))
        {
            while (reader.Read())
            {
            }
        }

        Assert.Empty(errors);
    }

    [Fact]
    public void What_OpenSCENARIO_cannot_say_is_refused_by_name()
    {
        var withFault = ScenarioCatalog.Builtin.Entries.Select(e => e.Scenario).First(s => s.Faults.Length > 0);
        var ex = Assert.Throws<AebController.Scenarios.Loading.ScenarioFormatException>(() => XoscExporter.Export(withFault, "f.xosc"));
        Assert.Contains("faults", ex.Message);
    }

    private static (Model.ScenarioDefinition Back, string Dir) RoundTrip(Model.ScenarioDefinition original)
    {
        string dir = Path.Combine(Path.GetTempPath(), $"aeb-xosc-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, original.Name + ".xosc");
        var (xosc, xodr) = XoscExporter.Export(original, path, new VehicleParameters());
        File.WriteAllText(path, xosc);
        File.WriteAllText(Path.ChangeExtension(path, ".xodr"), xodr);
        var back = Assert.Single(OpenScenarioImporter.Load(path));
        return (back with { Name = original.Name, Expect = original.Expect, Score = original.Score, Tags = original.Tags }, dir);
    }
}
