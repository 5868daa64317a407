using System.Globalization;

namespace AebController.Timing.Tests;

/// <summary>
/// One step-shaped method per way C# allocates, each behind a condition no run meets (a negative time),
/// as a careless change would put it at the top of a firmware step. The scanner must flag every one.
/// The methods are never called: the scan reads their IL.
/// </summary>
public sealed class InjectedAllocations : IInjectedSink
{
    private static readonly List<int> ExistingList = [];
    private static readonly int[] ExistingArray = [1, 2, 3];
    private static readonly IInjectedSink Sink = new InjectedAllocations();
    private float _gain = 1f;

    public static float Clean(long nowUs, float valueMps)
    {
        if (nowUs < 0)
        {
            valueMps = MathF.Sqrt(MathF.Abs(valueMps)) + Math.Clamp(valueMps, 0f, 1f);
        }

        return valueMps * 2f;
    }

    public static float InterpolatedString(long nowUs, float valueMps)
    {
        if (nowUs < 0) Keep($"t={nowUs}");
        return valueMps;
    }

    public static float ToStringCall(long nowUs, float valueMps)
    {
        if (nowUs < 0) Keep(nowUs.ToString(CultureInfo.InvariantCulture));
        return valueMps;
    }

    public static float Boxing(long nowUs, float valueMps)
    {
        if (nowUs < 0) KeepObject(nowUs);
        return valueMps;
    }

    public static float BoxingThroughInterface(long nowUs, float valueMps)
    {
        if (nowUs < 0) KeepComparable(nowUs);
        return valueMps;
    }

    public static float BoxingThroughGenericConstrainedCall(long nowUs, float valueMps)
    {
        if (nowUs < 0) return HashOf(new PlainValue { A = nowUs });
        return valueMps;
    }

    public static float LambdaCapture(long nowUs, float valueMps)
    {
        if (nowUs < 0)
        {
            Func<long> later = () => nowUs + 1;
            return later();
        }

        return valueMps;
    }

    public static float StaticLambda(long nowUs, float valueMps)
    {
        if (nowUs < 0) return Apply(static x => x * 2f, valueMps);
        return valueMps;
    }

    public static float MethodGroupDelegate(long nowUs, float valueMps)
    {
        if (nowUs < 0) return Apply(MathF.Abs, valueMps);
        return valueMps;
    }

    public static float ParamsArray(long nowUs, float valueMps)
    {
        if (nowUs < 0) return Sum(1f, 2f, valueMps);
        return valueMps;
    }

    public static float NewList(long nowUs, float valueMps)
    {
        if (nowUs < 0)
        {
            var list = new List<float> { valueMps };
            return list[0];
        }

        return valueMps;
    }

    public static float ListGrowth(long nowUs, float valueMps)
    {
        if (nowUs < 0) ExistingList.Add((int)nowUs);
        return valueMps;
    }

    public static float NewArray(long nowUs, float valueMps)
    {
        if (nowUs < 0)
        {
            var buffer = new float[4];
            buffer[0] = valueMps;
            return buffer[0];
        }

        return valueMps;
    }

    public static float StringConcat(long nowUs, float valueMps)
    {
        if (nowUs < 0) Keep("t=" + nowUs);
        return valueMps;
    }

    public static float StringFormat(long nowUs, float valueMps)
    {
        if (nowUs < 0) Keep(string.Format(CultureInfo.InvariantCulture, "{0}", valueMps));
        return valueMps;
    }

    public static float Linq(long nowUs, float valueMps)
    {
        if (nowUs < 0) return ExistingArray.Sum();
        return valueMps;
    }

    public static float LinqWithLambda(long nowUs, float valueMps)
    {
        if (nowUs < 0) return ExistingArray.Count(x => x > 1);
        return valueMps;
    }

    public static float Async(long nowUs, float valueMps)
    {
        if (nowUs < 0) return DelayedAsync(valueMps).Result;
        return valueMps;
    }

    public static float Iterator(long nowUs, float valueMps)
    {
        if (nowUs < 0)
        {
            foreach (float v in Values(valueMps)) valueMps += v;
        }

        return valueMps;
    }

    public static float Throw(long nowUs, float valueMps)
    {
        if (nowUs < 0) throw new InvalidOperationException("never");
        return valueMps;
    }

    /// <summary>The allocation is inside the BCL (an array made by BitConverter), so the scan must follow the call there.</summary>
    public static float HiddenInBcl(long nowUs, float valueMps)
    {
        if (nowUs < 0) return BitConverter.GetBytes(nowUs)[0];
        return valueMps;
    }

    /// <summary>The allocation is three calls deep in our own code.</summary>
    public static float DeepInOwnCode(long nowUs, float valueMps)
    {
        if (nowUs < 0) return Level1(valueMps);
        return valueMps;
    }

    /// <summary>The allocation is behind an interface call, in the implementation.</summary>
    public static float BehindInterface(long nowUs, float valueMps)
    {
        if (nowUs < 0) return Sink.Scale(valueMps);
        return valueMps;
    }

    /// <summary>An instance step, as the firmware's functions are: the allocation is in a closure over `this`.</summary>
    public float InstanceLambdaOverThis(long nowUs, float valueMps)
    {
        if (nowUs < 0)
        {
            Func<float, float> scale = v => v * _gain;
            return scale(valueMps);
        }

        return valueMps;
    }

    public float Scale(float valueMps)
    {
        _gain = new Random(1).NextSingle();
        return valueMps * _gain;
    }

    private static float Level1(float v) => Level2(v) + 1f;

    private static float Level2(float v) => Level3(v) * 2f;

    private static float Level3(float v) => new float[] { v }[0];

    private static float Apply(Func<float, float> f, float v) => f(v);

    private static float Sum(params float[] values) => values.Length;

    private static int HashOf<T>(T value) => value!.GetHashCode();

    private static async Task<float> DelayedAsync(float v)
    {
        await Task.Yield();
        return v;
    }

    private static IEnumerable<float> Values(float v)
    {
        yield return v;
    }

    private static void Keep(string text) => GC.KeepAlive(text);

    private static void KeepObject(object value) => GC.KeepAlive(value);

    private static void KeepComparable(IComparable<long> value) => GC.KeepAlive(value);

    private struct PlainValue
    {
        public long A;
    }
}
