using System.Reflection;
using System.Reflection.Emit;

namespace AebController.Timing.Tests;

/// <summary>
/// Our allocation analyzer (no allocation analyzer package is served here): walks the IL of every
/// method reachable from the entry points inside one assembly and reports each instruction that
/// allocates on the heap — newobj of a class, newarr, box — and calls into known allocating APIs.
/// A `newobj` directly followed by `throw` is a throw path, reported separately (the firmware has none
/// in its cycle path either). Interface calls cannot be followed statically; the HAL implementations
/// behind them are covered by the measured closed-loop allocation tests.
/// </summary>
public static class IlAllocationScanner
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private static readonly string[] AllocatingTypes = ["System.String", "System.Linq.Enumerable", "System.Text.StringBuilder"];

    public sealed record Finding(string Method, int Offset, string Instruction, bool ThrowPath)
    {
        public override string ToString() => $"{Method} IL_{Offset:X4}: {Instruction}{(ThrowPath ? " (throw path)" : "")}";
    }

    public static IReadOnlyList<Finding> Scan(IEnumerable<MethodBase> entryPoints, Assembly within) => Scan(entryPoints, within, out _);

    public static IReadOnlyList<Finding> Scan(IEnumerable<MethodBase> entryPoints, Assembly within, out IReadOnlyCollection<MethodBase> visited)
    {
        var findings = new List<Finding>();
        var seen = new HashSet<MethodBase>();
        var queue = new Queue<MethodBase>(entryPoints);
        while (queue.Count > 0)
        {
            var method = queue.Dequeue();
            if (!seen.Add(method)) continue;
            var body = method.GetMethodBody();
            if (body is null) continue;
            byte[] il = body.GetILAsByteArray() ?? [];
            Type[] typeArgs = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : [];
            Type[] methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : [];
            string name = $"{method.DeclaringType?.Name}.{method.Name}";
            int pos = 0;
            while (pos < il.Length)
            {
                int offset = pos;
                short value = il[pos++];
                if (value == 0xFE) value = (short)(0xFE00 | il[pos++]);
                var op = OpCodesByValue[value];
                int operandSize = OperandSize(op, il, pos);
                int token = operandSize == 4 && op.OperandType is not OperandType.InlineI and not OperandType.ShortInlineR and not OperandType.InlineBrTarget
                    ? BitConverter.ToInt32(il, pos) : 0;
                pos += operandSize;
                bool nextIsThrow = pos < il.Length && il[pos] == OpCodes.Throw.Value;

                if (op == OpCodes.Newarr)
                {
                    findings.Add(new Finding(name, offset, "newarr", nextIsThrow));
                }
                else if (op == OpCodes.Box)
                {
                    var boxed = method.Module.ResolveType(token, typeArgs, methodArgs);
                    if (!boxed.IsGenericParameter) findings.Add(new Finding(name, offset, $"box {boxed.Name}", nextIsThrow));
                }
                else if (op == OpCodes.Newobj)
                {
                    var ctor = method.Module.ResolveMethod(token, typeArgs, methodArgs)!;
                    if (ctor.DeclaringType is { IsValueType: false }) findings.Add(new Finding(name, offset, $"newobj {ctor.DeclaringType.Name}", nextIsThrow));
                    else Follow(ctor);
                }
                else if (op == OpCodes.Call || op == OpCodes.Callvirt)
                {
                    var callee = method.Module.ResolveMethod(token, typeArgs, methodArgs)!;
                    string? declaring = callee.DeclaringType?.FullName;
                    if (declaring is not null && AllocatingTypes.Contains(declaring) && callee.Name is not ("get_Length" or "get_Chars" or "op_Equality" or "Equals"))
                    {
                        findings.Add(new Finding(name, offset, $"call {declaring}.{callee.Name}", nextIsThrow));
                    }

                    Follow(callee);
                }
            }
        }

        visited = seen;
        return findings;

        void Follow(MethodBase callee)
        {
            if (callee.DeclaringType?.Assembly == within && !callee.IsAbstract) queue.Enqueue(callee);
        }
    }

    private static int OperandSize(OpCode op, byte[] il, int pos) => op.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, pos),
        _ => 4,
    };
}
