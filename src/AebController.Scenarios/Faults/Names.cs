namespace AebController.Scenarios.Faults;

/// <summary>camelCase names of the campaign's enums, as the JSON and the table write them.</summary>
public static class Names
{
    public static string Of(FaultClass c) => c switch
    {
        FaultClass.NaN => "nan",
        FaultClass.PositiveInfinity => "posInf",
        FaultClass.NegativeInfinity => "negInf",
        _ => Camel(c.ToString()),
    };

    public static string Of(CampaignMoment m) => Camel(m.ToString());

    public static string Of(FaultOutcome o)
    {
        var parts = new List<string>();
        if ((o & FaultOutcome.UnintendedRelease) != 0) parts.Add("unintendedRelease");
        if ((o & FaultOutcome.UnintendedIntervention) != 0) parts.Add("unintendedIntervention");
        if ((o & FaultOutcome.LateDetection) != 0) parts.Add("lateDetection");
        if ((o & FaultOutcome.Collision) != 0) parts.Add("collision");
        return string.Join("+", parts);
    }

    private static string Camel(string s) => char.ToLowerInvariant(s[0]) + s[1..];
}
