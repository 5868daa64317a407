using AebController.Emulation.Sensors;
using AebController.Emulation.Vehicle;

namespace AebController.Emulation.Profiles;

/// <summary>
/// The shape of a world profile file for the shared strict reader. The section types are the sensor
/// parameter records themselves: <see cref="WorldProfileFileShape"/> gives each of their ranged
/// parameters the shape of a <see cref="ProfileParameterEntry"/>, so a parameter added to a model is
/// known to the reader without more code.
/// </summary>
public sealed class WorldProfileFile
{
    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public WorldProfileBase Base { get; set; }

    public RadarParameters FrontRadar { get; set; } = new();

    public RadarParameters RearRadar { get; set; } = new();

    public RadarParameters FrontCornerRadar { get; set; } = new();

    public CornerRadarMount FrontCornerMount { get; set; } = new();

    public CameraParameters Camera { get; set; } = new();

    public UltrasonicParameters Ultrasonics { get; set; } = new();

    public VehicleSignalParameters VehicleSignals { get; set; } = new();

    public VehicleRealism Vehicle { get; set; } = new();
}
