using System.Reflection;

namespace AebController.Timing.Tests;

/// <summary>
/// BCL methods the scanner accepts without reading their IL, each with the reason it cannot allocate.
/// Everything else in the BCL is read like our own code. Keep it short: an entry is a claim, and a test
/// fails if an entry is no longer reached from the cycle (a stale claim).
/// </summary>
public static class BclAllowList
{
    private static readonly Dictionary<string, string> Reasons = new(StringComparer.Ordinal)
    {
        ["System.MathF.*"] = "float arithmetic: JIT intrinsics or libm calls on registers, nothing on the heap",
        ["System.Math.*"] = "arithmetic on primitives (JIT intrinsics or libm calls on registers); its only throws are argument checks such as Clamp's min > max, and every bound the firmware passes is a validated calibration pair or a constant",
        ["System.Runtime.CompilerServices.Unsafe.*"] = "JIT intrinsics: the IL body is a placeholder the JIT replaces with pointer arithmetic",
        ["System.Span`1.get_Item"] = "an indexed load; its only throw is the bounds check (IndexOutOfRange), and every firmware loop is bounded by the buffer's count",
        ["System.ReadOnlySpan`1.get_Item"] = "an indexed load, as Span's; the forward AEB transition table is read through it, every index bounded by the table's length",
        ["System.Numerics.BitOperations.LeadingZeroCount"] = "one lzcnt instruction (its software fallback indexes a static byte table)",
        ["System.Diagnostics.Stopwatch.GetTimestamp"] = "reads the monotonic clock (clock_gettime through a QCall) into a long",
        ["System.Threading.Thread.SpinWait"] = "a loop of pause instructions",
        ["System.Threading.Thread.Sleep"] = "one nanosleep system call; only the real-time clock's fallback uses it, between cycles",
    };

    /// <summary>Why each entry is allowed, for the tests that print and check the list.</summary>
    public static IReadOnlyDictionary<string, string> Entries => Reasons;

    /// <summary>The allow-list entry covering <paramref name="method"/>, or null.</summary>
    public static string? EntryFor(MethodBase method)
    {
        var type = method.DeclaringType;
        if (type is null || type.Assembly == typeof(BclAllowList).Assembly) return null;
        if (type.IsGenericType) type = type.GetGenericTypeDefinition();
        string? ns = type.Namespace;
        if (ns is null || !(ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal))) return null;
        string exact = $"{type.FullName}.{method.Name}";
        if (Reasons.ContainsKey(exact)) return exact;
        string wildcard = $"{type.FullName}.*";
        return Reasons.ContainsKey(wildcard) ? wildcard : null;
    }

    public static bool Allows(MethodBase method) => EntryFor(method) is not null;
}
