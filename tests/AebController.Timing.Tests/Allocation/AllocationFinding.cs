namespace AebController.Timing.Tests;

/// <summary>One allocating instruction (or unprovable call), where it is, and how the roots reach it.</summary>
public sealed record AllocationFinding(string Method, int Offset, AllocationKind Kind, string Detail, string CallChain)
{
    public override string ToString() => $"{Method} IL_{Offset:X4}: [{Kind}] {Detail}\n    via {CallChain}";
}
