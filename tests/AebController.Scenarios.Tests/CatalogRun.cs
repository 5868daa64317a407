using AebController.Emulation.Profiles;
using AebController.Firmware.Calibration;
using AebController.Scenarios.Catalog;
using AebController.Scenarios.Model;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests;

/// <summary>
/// A catalog case run as a user runs it (`aeb run <name> --seed S`): found by name, in the realistic world, with the
/// default calibration unless a test compares against another. One place for the opening many closed-loop tests share.
/// </summary>
internal static class CatalogRun
{
    /// <summary>The catalog's case, or the test fails naming the missing case.</summary>
    public static ScenarioDefinition Case(string name)
    {
        Assert.True(ScenarioCatalog.Builtin.TryGet(name, out var scenario), $"catalog has no '{name}'");
        return scenario;
    }

    /// <summary>The names of the catalog's cases with <paramref name="tag"/>, in catalog order.</summary>
    public static IEnumerable<string> Names(string tag) => ScenarioCatalog.Builtin.WithTag(tag).Select(s => s.Name);

    /// <summary>The catalog's cases with <paramref name="tag"/> as the rows of a theory.</summary>
    public static TheoryData<string> Tagged(string tag) => new(Names(tag));

    /// <summary>A runner for the realistic world; a runner reuses its cycle buffer, so a loop of runs shares one.</summary>
    public static ScenarioRunner Runner(AebCalibration? calibration = null) =>
        new(calibration ?? AebCalibration.Default, null, WorldProfile.Realistic);

    /// <summary>The case with the sensors' noise seeded at <paramref name="seed"/> (its own seed when null).</summary>
    public static ScenarioResult Seeded(string name, ulong? seed = null, AebCalibration? calibration = null) =>
        Seeded(Case(name), seed, calibration);

    /// <inheritdoc cref="Seeded(string, ulong?, AebCalibration?)"/>
    public static ScenarioResult Seeded(ScenarioDefinition scenario, ulong? seed = null, AebCalibration? calibration = null) =>
        Runner(calibration).Run(seed is ulong s ? scenario with { Seed = s } : scenario);
}
