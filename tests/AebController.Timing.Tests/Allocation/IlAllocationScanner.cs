using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AebController.Timing.Tests;

/// <summary>
/// Our allocation analyzer (no allocation analyzer package is served here). From the roots it follows
/// every call — into the BCL too, through virtual and interface dispatch to every implementation in the
/// scanned assemblies, through constrained calls to the value type's own method — and reports each way
/// C# can allocate on the heap. Deny by default: a method is accepted only if its own IL is proven clean
/// or it is on <see cref="BclAllowList"/> with a written reason; a method whose IL cannot be read
/// (extern, intrinsic, unresolvable dispatch) is a finding of its own, never silently skipped.
/// </summary>
public sealed class IlAllocationScanner
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private readonly Assembly[] _implementations;
    private readonly Dictionary<MethodBase, MethodBase?> _parent = [];
    private readonly Queue<MethodBase> _queue = new();
    private readonly List<AllocationFinding> _findings = [];

    private IlAllocationScanner(Assembly[] implementations) => _implementations = implementations;

    /// <summary>Every method the last scan read (or accepted from the allow-list).</summary>
    public IReadOnlyCollection<MethodBase> Visited => _parent.Keys;

    public IReadOnlyList<AllocationFinding> Findings => _findings;

    /// <summary>The method whose call first reached <paramref name="method"/> (null for a root).</summary>
    public MethodBase? ReachedFrom(MethodBase method) => _parent.GetValueOrDefault(method);

    /// <summary>
    /// Scans everything reachable from <paramref name="roots"/>. Virtual and interface calls are followed
    /// into every implementation found in <paramref name="implementations"/> (the product's assemblies);
    /// a virtual call with no implementation there is reported, since what it runs is unknown.
    /// </summary>
    public static IlAllocationScanner Scan(IEnumerable<MethodBase> roots, params Assembly[] implementations)
    {
        var scanner = new IlAllocationScanner(implementations);
        foreach (var root in roots) scanner.Enqueue(root, null);
        while (scanner._queue.Count > 0) scanner.ScanMethod(scanner._queue.Dequeue());
        return scanner;
    }

    private void Enqueue(MethodBase method, MethodBase? from)
    {
        if (_parent.TryAdd(method, from)) _queue.Enqueue(method);
    }

    private void Report(MethodBase method, int offset, AllocationKind kind, string detail) =>
        _findings.Add(new AllocationFinding(Describe(method), offset, kind, detail, CallChain(method)));

    private void ScanMethod(MethodBase method)
    {
        if (BclAllowList.Allows(method)) return;

        if (method.GetCustomAttribute<AsyncStateMachineAttribute>() is not null)
        {
            Report(method, 0, AllocationKind.AsyncStateMachine, "async method: its state machine and task are boxed onto the heap");
        }

        if (method.GetCustomAttribute<IteratorStateMachineAttribute>() is not null || method.GetCustomAttribute<AsyncIteratorStateMachineAttribute>() is not null)
        {
            Report(method, 0, AllocationKind.Iterator, "iterator method: its enumerator is an object");
        }

        if (method.IsAbstract)
        {
            // Reached only through dispatch resolution; implementations are queued by the caller.
            return;
        }

        MethodBody? body = null;
        try
        {
            body = method.GetMethodBody();
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or BadImageFormatException)
        {
            body = null;
        }

        if (body is null && method.Attributes.HasFlag(MethodAttributes.PinvokeImpl) && IsBlittableSignature(method))
        {
            // A native call whose arguments are primitives or pointers: no marshalling, so nothing managed is made.
            return;
        }

        if (body is null)
        {
            Report(method, 0, AllocationKind.Unprovable, $"no IL to read ({method.MethodImplementationFlags}{(method.Attributes.HasFlag(MethodAttributes.PinvokeImpl) ? ", P/Invoke" : "")}) and not on the BCL allow-list");
            return;
        }

        byte[] il = body.GetILAsByteArray() ?? [];
        Type[] typeArgs = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : [];
        Type[] methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : [];
        Type? constrained = null;
        int pos = 0;
        while (pos < il.Length)
        {
            int offset = pos;
            short value = il[pos++];
            if (value == 0xFE) value = (short)(0xFE00 | il[pos++]);
            var op = OpCodesByValue[value];
            int operandSize = OperandSize(op, il, pos);
            int token = op.OperandType is OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok or OperandType.InlineField
                ? BitConverter.ToInt32(il, pos) : 0;
            pos += operandSize;
            Type? constrainedHere = constrained;
            constrained = null;

            if (op == OpCodes.Constrained)
            {
                constrained = Resolve(() => method.Module.ResolveType(token, typeArgs, methodArgs));
            }
            else if (op == OpCodes.Newarr)
            {
                Report(method, offset, AllocationKind.Array, "newarr (an array, a params array or a collection expression)");
            }
            else if (op == OpCodes.Box)
            {
                var boxed = Resolve(() => method.Module.ResolveType(token, typeArgs, methodArgs));
                if (boxed is null || boxed.IsValueType || boxed.IsGenericParameter)
                {
                    Report(method, offset, AllocationKind.Boxing, $"box {boxed?.Name ?? "?"}");
                }
            }
            else if (op == OpCodes.Throw || op == OpCodes.Rethrow)
            {
                Report(method, offset, AllocationKind.Throw, op.Name!);
            }
            else if (op == OpCodes.Calli)
            {
                Report(method, offset, AllocationKind.Unprovable, "calli: an indirect call cannot be followed");
            }
            else if (op == OpCodes.Newobj)
            {
                var ctor = Resolve(() => method.Module.ResolveMethod(token, typeArgs, methodArgs));
                if (ctor?.DeclaringType is not { } type)
                {
                    Report(method, offset, AllocationKind.Unprovable, "newobj of an unresolvable constructor");
                }
                else if (type.IsValueType)
                {
                    Call(method, offset, ctor, virtualCall: false, constrainedTo: null);
                }
                else
                {
                    Report(method, offset, KindOfObject(type), $"newobj {TypeName(type)}");
                }
            }
            else if (op == OpCodes.Call || op == OpCodes.Callvirt || op == OpCodes.Ldftn || op == OpCodes.Ldvirtftn)
            {
                var callee = Resolve(() => method.Module.ResolveMethod(token, typeArgs, methodArgs));
                if (callee is null)
                {
                    Report(method, offset, AllocationKind.Unprovable, $"{op.Name} of an unresolvable method");
                }
                else if (op == OpCodes.Ldftn || op == OpCodes.Ldvirtftn)
                {
                    // Taking a method's address is how C# makes a delegate; the target runs later, whenever invoked.
                    Report(method, offset, AllocationKind.Delegate, $"{op.Name} {Describe(callee)}");
                    Enqueue(callee, method);
                }
                else
                {
                    Call(method, offset, callee, op == OpCodes.Callvirt, constrainedHere);
                }
            }
        }
    }

    private void Call(MethodBase caller, int offset, MethodBase callee, bool virtualCall, Type? constrainedTo)
    {
        if (KnownAllocator(callee) is { } known)
        {
            Report(caller, offset, known.Kind, $"call {Describe(callee)}: {known.Why}");
            return;
        }

        if (constrainedTo is not null)
        {
            if (!constrainedTo.IsValueType)
            {
                // A reference type: an ordinary virtual call on it.
                Dispatch(caller, offset, callee, constrainedTo);
                return;
            }

            var own = ImplementationOn(constrainedTo, callee);
            if (callee.IsStatic)
            {
                // A static abstract interface member: resolved at compile time per type, nothing is boxed.
                if (own is not null) Enqueue(own, caller);
                else Report(caller, offset, AllocationKind.Unprovable, $"constrained static call of {Describe(callee)} on {TypeName(constrainedTo)}: no implementation found");
                return;
            }

            if (own is null)
            {
                Report(caller, offset, AllocationKind.Boxing, $"constrained call of {Describe(callee)} on {TypeName(constrainedTo)}, which does not implement it itself: the value is boxed");
                return;
            }

            Enqueue(own, caller);
            return;
        }

        if (virtualCall && callee.IsVirtual && !callee.IsFinal && callee.DeclaringType is { IsSealed: false })
        {
            Dispatch(caller, offset, callee, callee.DeclaringType!);
            return;
        }

        Enqueue(callee, caller);
    }

    /// <summary>A virtual or interface call: every implementation in the scanned assemblies is followed.</summary>
    private void Dispatch(MethodBase caller, int offset, MethodBase callee, Type receiver)
    {
        if (receiver.IsSealed || receiver.IsValueType)
        {
            var own = ImplementationOn(receiver, callee);
            if (own is not null) Enqueue(own, caller);
            else Report(caller, offset, AllocationKind.Unprovable, $"callvirt {Describe(callee)} on {TypeName(receiver)}: no implementation found");
            return;
        }

        if (!callee.IsAbstract) Enqueue(callee, caller);
        int found = 0;
        foreach (var type in _implementations.SelectMany(LoadableTypes))
        {
            if (type.IsAbstract || type.IsInterface || type.ContainsGenericParameters || !receiver.IsAssignableFrom(type)) continue;
            var impl = ImplementationOn(type, callee);
            if (impl is null || impl == callee) continue;
            found++;
            Enqueue(impl, caller);
        }

        if (found == 0 && callee.IsAbstract)
        {
            Report(caller, offset, AllocationKind.Unprovable, $"callvirt {Describe(callee)}: no implementation in the scanned assemblies, so what it runs is unknown");
        }
    }

    /// <summary>The method <paramref name="type"/> itself runs for <paramref name="callee"/>, or null if it inherits Object's/ValueType's.</summary>
    private static MethodBase? ImplementationOn(Type type, MethodBase callee)
    {
        if (type.IsGenericParameter || type.ContainsGenericParameters) return null;
        if (callee.DeclaringType is { IsInterface: true } iface)
        {
            Type? closed = type.GetInterfaces().FirstOrDefault(i => i == iface || (i.IsGenericType && iface.IsGenericType && i.GetGenericTypeDefinition() == iface.GetGenericTypeDefinition()));
            if (closed is null) return null;
            var map = type.GetInterfaceMap(closed);
            for (int i = 0; i < map.InterfaceMethods.Length; i++)
            {
                if (map.InterfaceMethods[i] == callee || map.InterfaceMethods[i].Name == callee.Name
                    && map.InterfaceMethods[i].GetParameters().Select(p => p.ParameterType.Name).SequenceEqual(callee.GetParameters().Select(p => p.ParameterType.Name)))
                {
                    var target = map.TargetMethods[i];
                    return target.DeclaringType == typeof(object) || target.DeclaringType == typeof(ValueType) ? null : target;
                }
            }

            return null;
        }

        var parameters = callee.GetParameters().Select(p => p.ParameterType).ToArray();
        for (var t = type; t is not null && t != typeof(object) && t != typeof(ValueType) && t != typeof(Enum); t = t.BaseType)
        {
            var m = t.GetMethod(callee.Name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly, null, parameters, null);
            if (m is not null && (m == callee || m.GetBaseDefinition() == ((MethodInfo)callee).GetBaseDefinition())) return m;
        }

        return null;
    }

    /// <summary>BCL entry points that allocate by what they are for; reported by name so the finding reads plainly.</summary>
    private static (AllocationKind Kind, string Why)? KnownAllocator(MethodBase callee)
    {
        var type = callee.DeclaringType;
        if (type is null) return null;
        if (type == typeof(DefaultInterpolatedStringHandler)) return (AllocationKind.InterpolatedString, "an interpolated string rents a buffer and makes a string");
        if (callee.Name == "ToString" && type != typeof(string)) return (AllocationKind.ToString, "ToString makes a new string");
        if (type == typeof(string) && callee.Name is "Concat" or "Format" or "Join" or "Create" or "Substring" or "Replace" or "Split" or "ToUpper" or "ToLower" or "Trim" or ".ctor")
        {
            return (AllocationKind.StringBuilding, "builds a new string");
        }

        if (type.FullName is "System.Text.StringBuilder") return (AllocationKind.StringBuilding, "StringBuilder grows heap chunks");
        if (type.FullName is "System.Linq.Enumerable" or "System.Linq.Queryable") return (AllocationKind.Linq, "LINQ makes enumerators, delegates and buffers");
        if (type.IsGenericType && type.Namespace == "System.Collections.Generic"
            && callee.Name is "Add" or "Insert" or "AddRange" or "InsertRange" or "Push" or "Enqueue" or "TryAdd" or "set_Item" or "set_Capacity" or "EnsureCapacity" or "AddFirst" or "AddLast")
        {
            return (AllocationKind.CollectionGrowth, "a growable collection reallocates its storage when it fills");
        }

        if (type.Namespace == "System.Runtime.CompilerServices" && type.Name.Contains("MethodBuilder", StringComparison.Ordinal))
        {
            return (AllocationKind.AsyncStateMachine, "an async method builder boxes its state machine and makes a task");
        }

        return null;
    }

    private static bool IsBlittableSignature(MethodBase method)
    {
        var types = method.GetParameters().Select(p => p.ParameterType).ToList();
        if (method is MethodInfo info) types.Add(info.ReturnType);
        return types.All(t => t == typeof(void) || t.IsPrimitive || t.IsPointer || t == typeof(IntPtr) || t == typeof(UIntPtr)
            || (t.IsByRef && t.GetElementType() is { } e && (e.IsPrimitive || IsBlittableStruct(e)))
            || IsBlittableStruct(t));
    }

    private static bool IsBlittableStruct(Type t) => t.IsValueType && !t.IsEnum && !t.IsPrimitive && t.IsLayoutSequential
        && t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).All(f => f.FieldType.IsPrimitive);

    private static AllocationKind KindOfObject(Type type)
    {
        if (typeof(Delegate).IsAssignableFrom(type)) return AllocationKind.Delegate;
        if (typeof(Exception).IsAssignableFrom(type)) return AllocationKind.Throw;
        if (type == typeof(string)) return AllocationKind.StringBuilding;
        if (type.IsDefined(typeof(CompilerGeneratedAttribute)) || type.Name.Contains("DisplayClass", StringComparison.Ordinal)) return AllocationKind.Closure;
        if (type.Namespace == "System.Collections.Generic") return AllocationKind.CollectionGrowth;
        return AllocationKind.Object;
    }

    private static T? Resolve<T>(Func<T?> resolve) where T : class
    {
        try
        {
            return resolve();
        }
        catch (Exception e) when (e is ArgumentException or BadImageFormatException or TypeLoadException or MissingMemberException or NotSupportedException)
        {
            return null;
        }
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }

    private string CallChain(MethodBase method)
    {
        var chain = new List<string>();
        for (MethodBase? m = method; m is not null && chain.Count < 12; m = _parent.GetValueOrDefault(m)) chain.Add(Describe(m));
        chain.Reverse();
        return string.Join(" → ", chain);
    }

    internal static string Describe(MethodBase m) => $"{TypeName(m.DeclaringType)}.{m.Name}";

    private static string TypeName(Type? t) => t is null ? "?" : t.IsGenericType
        ? $"{(t.Name.Contains('`', StringComparison.Ordinal) ? t.Name[..t.Name.IndexOf('`', StringComparison.Ordinal)] : t.Name)}<{string.Join(",", t.GetGenericArguments().Select(TypeName))}>"
        : t.Name;

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
