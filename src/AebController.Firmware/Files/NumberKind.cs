namespace AebController.Firmware.Files;

/// <summary>What a numeric field's type can hold, so the strict reader can say "a whole number" or "a finite number".</summary>
internal sealed record NumberKind(bool Whole, bool Unsigned, bool Single, long MinWhole, ulong MaxWhole)
{
    public static NumberKind? Of(Type type) => type switch
    {
        _ when type == typeof(float) => new NumberKind(false, false, true, 0, 0),
        _ when type == typeof(double) || type == typeof(decimal) => new NumberKind(false, false, false, 0, 0),
        _ when type == typeof(int) => new NumberKind(true, false, false, int.MinValue, int.MaxValue),
        _ when type == typeof(long) => new NumberKind(true, false, false, long.MinValue, long.MaxValue),
        _ when type == typeof(short) => new NumberKind(true, false, false, short.MinValue, (ulong)short.MaxValue),
        _ when type == typeof(sbyte) => new NumberKind(true, false, false, sbyte.MinValue, (ulong)sbyte.MaxValue),
        _ when type == typeof(byte) => new NumberKind(true, true, false, 0, byte.MaxValue),
        _ when type == typeof(ushort) => new NumberKind(true, true, false, 0, ushort.MaxValue),
        _ when type == typeof(uint) => new NumberKind(true, true, false, 0, uint.MaxValue),
        _ when type == typeof(ulong) => new NumberKind(true, true, false, 0, ulong.MaxValue),
        _ => null,
    };

    public string Describe()
    {
        if (!Whole) return Single ? "a finite number (magnitude below 3.4e38)" : "a finite number";
        if (Unsigned) return $"a whole number between 0 and {MaxWhole}";
        return $"a whole number between {MinWhole} and {MaxWhole}";
    }
}
