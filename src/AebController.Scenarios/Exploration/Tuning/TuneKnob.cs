namespace AebController.Scenarios.Exploration.Tuning;

/// <summary>One calibration value the tuner may move: its path in the calibration file ("section.field") and its allowed interval.</summary>
public sealed record TuneKnob(string Path, double Min, double Max)
{
    /// <summary>Knobs for a space, chosen by the function it exercises (its template's tags).</summary>
    public static IReadOnlyList<TuneKnob> For(IEnumerable<string> tags)
    {
        var t = tags.ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (t.Contains("reverse")) return Obstacle("reverseAeb");
        if (t.Contains("low-speed") || t.Contains("mai")) return Obstacle("lowSpeedForward");
        return
        [
            new("forwardAeb.driverReactionTimeS", 0.6, 2.0),
            new("forwardAeb.partialBrakeEntryDecelMps2", 2.0, 4.2),
            new("forwardAeb.fullBrakeEntryDecelMps2", 4.5, 7.5),
            new("forwardAeb.brakeLatencyS", 0.1, 0.6),
            new("forwardAeb.stopMarginM", 0.5, 3.0),
        ];
    }

    private static TuneKnob[] Obstacle(string section) =>
    [
        new($"{section}.stopMarginM", 0.2, 1.5),
        new($"{section}.brakeTriggerDecelMps2", 1.0, 4.0),
        new($"{section}.brakeGain", 1.0, 2.5),
        new($"{section}.brakeLatencyS", 0.1, 0.5),
    ];
}
