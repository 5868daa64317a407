namespace AebController.Scenarios.Model;

/// <summary>One closed-loop test case as written in a scenario file. See docs/scenario-format.md.</summary>
public sealed record ScenarioDefinition
{
    public required string Name { get; init; }
    public string? Description { get; init; }

    /// <summary>Suite tags, for example "euro-ncap-ccr".</summary>
    public string[] Tags { get; init; } = [];
    public ulong Seed { get; init; } = 1;
    public required float DurationS { get; init; }
    public RoadDefinition Road { get; init; } = new();

    /// <summary>Light for the camera: day (default), night (unlit), nightLit (street lights), glare.</summary>
    public AebController.Emulation.Sensors.Lighting Lighting { get; init; } = AebController.Emulation.Sensors.Lighting.Day;
    public required EgoDefinition Ego { get; init; }
    public DriverDefinition Driver { get; init; } = new();
    public ActorDefinition[] Actors { get; init; } = [];
    public FaultDefinition[] Faults { get; init; } = [];

    /// <summary>Controller restarts during the run.</summary>
    public RestartDefinition[] Restarts { get; init; } = [];
    public EndDefinition End { get; init; } = new();
    public ExpectationDefinition Expect { get; init; } = new();
    public ScoreDefinition Score { get; init; } = new();

    /// <summary>The clause of the protocol or regulation this case encodes, shown in reports.</summary>
    public string? Clause { get; init; }

    /// <summary>The protocol grid cell this case fills, and how it is judged (docs/conformance.md).</summary>
    public ProtocolCellDefinition? Cell { get; init; }

    /// <summary>Whether the controller acts: "off" runs the same car with its commands ignored (a baseline run).</summary>
    public SystemMode System { get; init; } = SystemMode.On;
}
