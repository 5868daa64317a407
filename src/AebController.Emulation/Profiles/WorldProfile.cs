using AebController.Emulation.Sensors;
using AebController.Emulation.Vehicle;

namespace AebController.Emulation.Profiles;

/// <summary>
/// Which world the emulator simulates: the sensor models' parameters, each with its source in the
/// profile file. <see cref="Ideal"/> keeps the original exact models (regression, teaching);
/// <see cref="Realistic"/> models the sensors as real ones behave and is the default everywhere.
/// </summary>
public sealed record WorldProfile
{
    public const string IdealName = "ideal";
    public const string RealisticName = "realistic";

    private static readonly Lazy<WorldProfile> IdealProfile = new(() => WorldProfileLoader.LoadBuiltin(IdealName));
    private static readonly Lazy<WorldProfile> RealisticProfile = new(() => WorldProfileLoader.LoadBuiltin(RealisticName));

    public string Name { get; init; } = IdealName;
    public RadarParameters FrontRadar { get; init; } = new();
    public RadarParameters RearRadar { get; init; } = RadarParameters.RearCorner;

    /// <summary>The two front corner radars' reach, rate and noise (both alike).</summary>
    public RadarParameters FrontCornerRadar { get; init; } = RadarParameters.FrontCorner;

    /// <summary>Where the front corner radars sit (the right mirrors the left).</summary>
    public CornerRadarMount FrontCornerMount { get; init; } = new();
    public CameraParameters Camera { get; init; } = new();
    public UltrasonicParameters Ultrasonics { get; init; } = new();
    public VehicleSignalParameters VehicleSignals { get; init; } = new();

    /// <summary>The car and the other road users: friction circle, driver brake hydraulics, governors, actor jerk, occlusion.</summary>
    public VehicleRealism Vehicle { get; init; } = VehicleRealism.Ideal;

    /// <summary>Where each parameter's value comes from, by "section.parameter".</summary>
    public IReadOnlyDictionary<string, string> Sources { get; init; } = new Dictionary<string, string>();

    /// <summary>Today's exact models, from the built-in ideal.json.</summary>
    public static WorldProfile Ideal => IdealProfile.Value;

    /// <summary>Real sensor behaviour with sources, from the built-in realistic.json. The default.</summary>
    public static WorldProfile Realistic => RealisticProfile.Value;

    /// <summary>Names accepted by --world besides a path to a profile file.</summary>
    public static readonly string[] BuiltinNames = [IdealName, RealisticName];

    /// <summary>"ideal", "realistic", or a path to a user's profile JSON file.</summary>
    public static WorldProfile Resolve(string nameOrPath)
    {
        if (string.Equals(nameOrPath, IdealName, StringComparison.OrdinalIgnoreCase)) return Ideal;
        if (string.Equals(nameOrPath, RealisticName, StringComparison.OrdinalIgnoreCase)) return Realistic;
        return WorldProfileLoader.Load(nameOrPath);
    }
}
