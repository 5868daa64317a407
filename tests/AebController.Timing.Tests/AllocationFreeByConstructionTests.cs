using System.Reflection;
using AebController.Emulation;
using AebController.Firmware.Runtime;
using Xunit.Abstractions;

namespace AebController.Timing.Tests;

/// <summary>
/// The build-time guard: everything the cycle can run — our IL, the emulated HAL behind the loop's
/// interfaces, and the BCL below both — is scanned for heap allocations, so a regression fails here,
/// by name, IL offset and call chain, on a path no scenario takes as well as on the ones they do.
/// </summary>
public class AllocationFreeByConstructionTests(ITestOutputHelper output)
{
    private static readonly Assembly Firmware = typeof(AebFirmware).Assembly;

    internal static IEnumerable<MethodBase> CyclePath() =>
    [
        typeof(AebFirmware).GetMethod(nameof(AebFirmware.Step))!,
        typeof(ControlLoop).GetMethod(nameof(ControlLoop.RunCycle))!,
        typeof(ControlLoop).GetMethod(nameof(ControlLoop.RunCycles))!,
    ];

    internal static IlAllocationScanner ScanCyclePath() => IlAllocationScanner.Scan(CyclePath(), Firmware, typeof(EmulatedVehicleHal).Assembly);

    [Fact]
    public void Nothing_reachable_from_the_control_step_allocates()
    {
        var scan = ScanCyclePath();
        output.WriteLine($"{scan.Visited.Count} methods read, {scan.Visited.Count(m => m.DeclaringType?.Assembly != Firmware)} outside the firmware");
        Assert.True(scan.Findings.Count == 0, "allocations in the cycle path:\n" + string.Join("\n", scan.Findings));
    }

    [Fact]
    public void The_scan_reaches_every_function_of_the_step_and_the_hal_behind_the_loop()
    {
        // Guard against a scanner that silently stops following calls: every firmware method declared in
        // the step's folders is either reached or is start-up/configuration code named here.
        var scan = ScanCyclePath();
        var reached = scan.Visited.Select(IlAllocationScanner.Describe).ToHashSet();
        foreach (string expected in new[]
        {
            "AebFirmware.Step", "ForwardAeb.Step", "ObstacleAeb.Step", "Mai.Step", "InputMonitor.Check", "InputMonitor.CheckActuator",
            "DriverActivityTracker.Update", "RadarThreatAssessor.Assess", "UltrasonicObstacleTracker.Update", "ObstacleFusion.Fuse",
            "Arbiter.Add", "Arbiter.Finish", "CycleStatistics.Record", "LogLinearHistogram.Record", "TraceRecorder.Record",
            "EmulatedVehicleHal.Read", "WorstCaseSensorSource.Read", "VirtualCycleClock.WaitUntil", "RealTimeCycleClock.WaitUntil",
            "MonotonicStepTimer.TimestampNs", "Stopwatch.GetTimestamp",
        })
        {
            Assert.Contains(expected, reached);
        }
    }

    [Fact]
    public void Every_allow_list_entry_has_a_reason_and_is_still_reached()
    {
        var scan = ScanCyclePath();
        var used = scan.Visited.Select(BclAllowList.EntryFor).OfType<string>().ToHashSet();
        foreach (var (entry, reason) in BclAllowList.Entries)
        {
            output.WriteLine($"{entry}: {reason}");
            Assert.True(reason.Length > 20, $"{entry} has no reason");
            Assert.True(used.Contains(entry), $"{entry} is no longer reached from the cycle: drop the claim");
        }
    }

    [Fact]
    public void A_clean_step_shaped_method_with_math_has_no_finding()
    {
        var scan = Scan(nameof(InjectedAllocations.Clean));
        Assert.Empty(scan.Findings);
    }

    [Theory]
    [InlineData(nameof(InjectedAllocations.InterpolatedString), AllocationKind.InterpolatedString)]
    [InlineData(nameof(InjectedAllocations.ToStringCall), AllocationKind.ToString)]
    [InlineData(nameof(InjectedAllocations.Boxing), AllocationKind.Boxing)]
    [InlineData(nameof(InjectedAllocations.BoxingThroughInterface), AllocationKind.Boxing)]
    [InlineData(nameof(InjectedAllocations.BoxingThroughGenericConstrainedCall), AllocationKind.Boxing)]
    [InlineData(nameof(InjectedAllocations.LambdaCapture), AllocationKind.Closure)]
    [InlineData(nameof(InjectedAllocations.LambdaCapture), AllocationKind.Delegate)]
    [InlineData(nameof(InjectedAllocations.StaticLambda), AllocationKind.Delegate)]
    [InlineData(nameof(InjectedAllocations.MethodGroupDelegate), AllocationKind.Delegate)]
    [InlineData(nameof(InjectedAllocations.InstanceLambdaOverThis), AllocationKind.Delegate)]
    [InlineData(nameof(InjectedAllocations.ParamsArray), AllocationKind.Array)]
    [InlineData(nameof(InjectedAllocations.NewArray), AllocationKind.Array)]
    [InlineData(nameof(InjectedAllocations.NewList), AllocationKind.CollectionGrowth)]
    [InlineData(nameof(InjectedAllocations.ListGrowth), AllocationKind.CollectionGrowth)]
    [InlineData(nameof(InjectedAllocations.StringConcat), AllocationKind.StringBuilding)]
    [InlineData(nameof(InjectedAllocations.StringFormat), AllocationKind.StringBuilding)]
    [InlineData(nameof(InjectedAllocations.StringFormat), AllocationKind.Boxing)]
    [InlineData(nameof(InjectedAllocations.Linq), AllocationKind.Linq)]
    [InlineData(nameof(InjectedAllocations.LinqWithLambda), AllocationKind.Linq)]
    [InlineData(nameof(InjectedAllocations.Async), AllocationKind.AsyncStateMachine)]
    [InlineData(nameof(InjectedAllocations.Iterator), AllocationKind.Iterator)]
    [InlineData(nameof(InjectedAllocations.Throw), AllocationKind.Throw)]
    [InlineData(nameof(InjectedAllocations.HiddenInBcl), AllocationKind.Array)]
    [InlineData(nameof(InjectedAllocations.DeepInOwnCode), AllocationKind.Array)]
    [InlineData(nameof(InjectedAllocations.BehindInterface), AllocationKind.Object)]
    public void The_scan_flags_each_kind_of_allocation_injected_behind_a_condition_never_met(string method, AllocationKind kind)
    {
        var scan = Scan(method);
        foreach (var f in scan.Findings) output.WriteLine(f.ToString());
        Assert.Contains(scan.Findings, f => f.Kind == kind);
    }

    [Fact]
    public void A_finding_names_the_call_chain_from_the_root()
    {
        var finding = Assert.Single(Scan(nameof(InjectedAllocations.DeepInOwnCode)).Findings);
        Assert.Equal("InjectedAllocations.DeepInOwnCode → InjectedAllocations.Level1 → InjectedAllocations.Level2 → InjectedAllocations.Level3", finding.CallChain);
    }

    private static IlAllocationScanner Scan(string method)
    {
        var root = typeof(InjectedAllocations).GetMethod(method, BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance)!;
        return IlAllocationScanner.Scan([root], typeof(InjectedAllocations).Assembly);
    }
}
