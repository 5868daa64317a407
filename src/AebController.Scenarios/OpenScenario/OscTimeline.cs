namespace AebController.Scenarios.OpenScenario;

/// <summary>
/// Start and end times of storyboard elements whose times the compiler knows (acts, maneuver groups,
/// maneuvers, events, actions): a StoryboardElementStateCondition on one of them becomes a time.
/// </summary>
public sealed class OscTimeline
{
    private readonly Dictionary<string, (double? StartS, double? EndS)> _times = new(StringComparer.Ordinal);

    public void Record(string name, double? startS, double? endS)
    {
        if (_times.TryGetValue(name, out var old))
        {
            startS = Min(old.StartS, startS);
            endS = Max(old.EndS, endS);
        }

        _times[name] = (startS, endS);
    }

    public bool TryGet(string name, out (double? StartS, double? EndS) times) => _times.TryGetValue(name, out times);

    private static double? Min(double? a, double? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    private static double? Max(double? a, double? b) => a is null || b is null ? null : Math.Max(a.Value, b.Value);
}
