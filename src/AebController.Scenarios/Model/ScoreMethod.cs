namespace AebController.Scenarios.Model;

public enum ScoreMethod
{
    /// <summary>Full points when every expectation holds, none otherwise.</summary>
    PassFail,

    /// <summary>
    /// Euro NCAP style: full points for avoidance; with contact, points × (test speed − impact speed) / test
    /// speed, and nothing when less than 5 km/h was removed.
    /// </summary>
    SpeedReduction,
}
