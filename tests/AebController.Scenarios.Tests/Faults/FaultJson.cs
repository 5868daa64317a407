namespace AebController.Scenarios.Tests.Faults;

/// <summary>
/// The "faults" array of a test scenario in the documented format (docs/scenario-format.md): one fault of
/// <paramref name="kind"/> on <paramref name="input"/> from <paramref name="startS"/>, or none for the input "none"
/// (the fault-free twin the campaign judges against).
/// </summary>
internal static class FaultJson
{
    public static string Array(string input, string kind, float startS, float value) =>
        input == "none" ? "[]" : $$"""[{ "input": "{{input}}", "kind": "{{kind}}", "startS": {{startS}}, "value": {{value}} }]""";
}
