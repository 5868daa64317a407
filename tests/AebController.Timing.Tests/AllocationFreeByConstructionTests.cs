using System.Reflection;
using AebController.Firmware.Runtime;
using AebController.Firmware.Signals;

namespace AebController.Timing.Tests;

/// <summary>
/// The build-time guard: the IL of everything the cycle runs in the firmware is scanned for heap
/// allocations, so a regression fails here, by name and IL offset, before any timing is measured.
/// </summary>
public class AllocationFreeByConstructionTests
{
    private static IEnumerable<MethodBase> CyclePath() =>
    [
        typeof(AebFirmware).GetMethod(nameof(AebFirmware.Step))!,
        typeof(ControlLoop).GetMethod(nameof(ControlLoop.RunCycle))!,
        typeof(ControlLoop).GetMethod(nameof(ControlLoop.RunCycles))!,
    ];

    [Fact]
    public void Nothing_reachable_from_the_control_step_allocates()
    {
        var findings = IlAllocationScanner.Scan(CyclePath(), typeof(AebFirmware).Assembly);
        Assert.True(findings.Count == 0, "allocations in the cycle path:\n" + string.Join("\n", findings));
    }

    [Fact]
    public void The_scan_reaches_every_function_of_the_step()
    {
        // Guard against a scanner that silently stops following calls.
        IlAllocationScanner.Scan(CyclePath(), typeof(AebFirmware).Assembly, out var visited);
        var names = visited.Select(m => $"{m.DeclaringType?.Name}.{m.Name}").ToHashSet();
        foreach (string expected in new[]
        {
            "ForwardAeb.Step", "ObstacleAeb.Step", "Mai.Step", "InputMonitor.Check", "InputMonitor.CheckActuator",
            "RadarThreatAssessor.Assess", "ThreatMath.RequiredDeceleration", "UltrasonicObstacleTracker.Update",
            "ObstacleFusion.Fuse", "Arbiter.Add", "CycleStatistics.Record", "LogLinearHistogram.Record", "TraceRecorder.Record",
        })
        {
            Assert.Contains(expected, names);
        }

        var sample = IlAllocationScanner.Scan([typeof(AllocatingSamples).GetMethod(nameof(AllocatingSamples.CallsIntoAllocator))!], typeof(AllocatingSamples).Assembly);
        Assert.Contains(sample, f => f.Method.EndsWith("Allocates", StringComparison.Ordinal));
    }

    [Fact]
    public void The_scan_bites_on_every_kind_of_allocation()
    {
        var findings = IlAllocationScanner.Scan([typeof(AllocatingSamples).GetMethod(nameof(AllocatingSamples.Allocates))!], typeof(AllocatingSamples).Assembly);
        Assert.Contains(findings, f => f.Instruction.StartsWith("newobj", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Instruction == "newarr");
        Assert.Contains(findings, f => f.Instruction.StartsWith("box", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Instruction.Contains("String.Concat", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.ThrowPath);
    }
}

/// <summary>Deliberately allocating code for the scanner's own test.</summary>
public static class AllocatingSamples
{
    public static object CallsIntoAllocator(int n) => Allocates(n);

    public static object Allocates(int n)
    {
        var list = new List<int>();
        var array = new int[n];
        object boxed = n;
        string text = "n=" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + list.Count + array.Length;
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n));
        return boxed.ToString() + text + WarningOutputs.None;
    }
}
