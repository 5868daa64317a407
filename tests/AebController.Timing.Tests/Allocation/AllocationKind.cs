namespace AebController.Timing.Tests;

/// <summary>The ways C# code can put something on the heap, as the IL scanner tells them apart.</summary>
public enum AllocationKind
{
    /// <summary>newobj of a class.</summary>
    Object,
    /// <summary>newarr: arrays, params arrays, collection expressions.</summary>
    Array,
    /// <summary>box, or a constrained call on a value type that does not implement the method itself.</summary>
    Boxing,
    /// <summary>A compiler-generated closure class holding captured variables.</summary>
    Closure,
    /// <summary>A delegate: ldftn/ldvirtftn and newobj of a delegate type.</summary>
    Delegate,
    /// <summary>DefaultInterpolatedStringHandler: $"..." strings.</summary>
    InterpolatedString,
    /// <summary>ToString on anything but a string.</summary>
    ToString,
    /// <summary>string.Concat/Format/Join, new string, StringBuilder.</summary>
    StringBuilding,
    /// <summary>System.Linq.</summary>
    Linq,
    /// <summary>Growth of List/Dictionary/Queue/... storage, or making one.</summary>
    CollectionGrowth,
    /// <summary>async methods and their builders.</summary>
    AsyncStateMachine,
    /// <summary>yield-return iterators.</summary>
    Iterator,
    /// <summary>throw/rethrow and exception objects.</summary>
    Throw,
    /// <summary>Code the scanner cannot read or follow (extern without an allow-list entry, calli, unknown dispatch target).</summary>
    Unprovable,
}
