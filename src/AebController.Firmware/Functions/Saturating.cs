namespace AebController.Firmware.Functions;

/// <summary>Counters that stop at their ceiling instead of wrapping: a wrapped counter would trust a faulty input again.</summary>
public static class Saturating
{
    /// <summary>Largest value any persistence counter reaches; far above every calibrated cycle count.</summary>
    public const int Ceiling = 1_000_000;

    /// <summary><paramref name="count"/> + 1 while <paramref name="condition"/> holds (stopping at <see cref="Ceiling"/>), else 0.</summary>
    public static int Count(int count, bool condition) => !condition ? 0 : count >= Ceiling ? Ceiling : count < 0 ? 1 : count + 1;

    /// <summary><paramref name="count"/> − 1, stopping at 0.</summary>
    public static int CountDown(int count) => count <= 0 ? 0 : count - 1;

    /// <summary>Whole cycles covering <paramref name="seconds"/> at the calibrated period; at least one.</summary>
    public static int CyclesFor(float seconds, float cyclePeriodS)
    {
        if (!(seconds > 0f) || !(cyclePeriodS > 0f)) return 1;
        // The slack absorbs float representation (0.3 / 0.01 is 30.000002 in single precision).
        double cycles = Math.Ceiling(seconds / (double)cyclePeriodS - 1e-3);
        return cycles < 1 ? 1 : cycles > Ceiling ? Ceiling : (int)cycles;
    }
}
