using System.Text.Json;
using AebController.Emulation.Faults;
using AebController.Emulation.Profiles;
using AebController.Firmware.Calibration;
using AebController.Scenarios.Catalog;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Model;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Faults;

/// <summary>
/// The single-fault campaign: each scenario runs once without a fault (its baseline), the moments are
/// read from that run, and then every signal × fault × moment runs once with that one fault, judged
/// against the baseline by <see cref="OutcomeClassifier"/>. Workers each keep one runner.
/// </summary>
public sealed class FaultCampaign
{
    /// <summary>Scenarios that between them reach every moment: car-to-car and pedestrian braking, a
    /// false-activation drive, low-speed and reverse obstacles, and pedal misapplication forward and back.</summary>
    public static IReadOnlyList<string> DefaultScenarios { get; } =
    [
        "ccrs-50", "ccrs-30", "ccrm-50", "ccrb-12m-6", "cpna-40", "fa-overhead-gantry", "fa-kerbside-car",
        "lsf-wall-6", "rev-passengerCar-10", "rev-pedestrian-5", "lsr-wall-6", "mai-drive-wall-1m", "mai-reverse-wall-1m",
    ];

    private static readonly CampaignMoment[] Moments =
    [
        CampaignMoment.Cruising, CampaignMoment.Warning, CampaignMoment.BrakingStage1, CampaignMoment.BrakingStage2,
        CampaignMoment.FullBraking, CampaignMoment.StandstillHold, CampaignMoment.Reversing, CampaignMoment.MaiActive,
    ];

    private readonly AebCalibration _calibration;
    private readonly ScenarioDefinition[] _scenarios;
    private readonly IReadOnlyList<SignalFaultModel> _signals;
    private readonly CycleRecord[][] _baselineTraces;
    private readonly RunFacts[] _baselineFacts;
    private readonly float _cycleS;

    /// <param name="world">Sensor world of every run; null = realistic, the default everywhere.</param>
    public FaultCampaign(IReadOnlyList<ScenarioDefinition> scenarios, IReadOnlyList<SignalFaultModel>? signals = null,
        AebCalibration? calibration = null, WorldProfile? world = null)
    {
        _calibration = (calibration ?? AebCalibration.Default).EnsureValid();
        World = world ?? WorldProfile.Realistic;
        _scenarios = [.. scenarios];
        _signals = signals ?? SignalTable.All;
        _cycleS = _calibration.CyclePeriodUs * 1e-6f;
        _baselineTraces = new CycleRecord[_scenarios.Length][];
        _baselineFacts = new RunFacts[_scenarios.Length];
    }

    public static FaultCampaign Default(AebCalibration? calibration = null, WorldProfile? world = null)
    {
        var catalog = ScenarioCatalog.Builtin;
        var list = new List<ScenarioDefinition>();
        foreach (string name in DefaultScenarios)
        {
            if (!catalog.TryGet(name, out var s)) throw new InvalidOperationException($"the fault campaign's scenario '{name}' is not in the catalog");
            list.Add(s);
        }

        return new FaultCampaign(list, calibration: calibration, world: world);
    }

    public IReadOnlyList<ScenarioDefinition> Scenarios => _scenarios;
    public IReadOnlyList<SignalFaultModel> Signals => _signals;
    public AebCalibration Calibration => _calibration;
    public WorldProfile World { get; }

    /// <summary>Runs the baselines and lists every cell. Call once before <see cref="Run"/>.</summary>
    public IReadOnlyList<CampaignCell> Plan(int workers)
    {
        Parallel.For(0, _scenarios.Length, new ParallelOptions { MaxDegreeOfParallelism = workers },
            () => new ScenarioRunner(_calibration, world: World),
            (i, _, runner) =>
            {
                var r = runner.Run(_scenarios[i]);
                _baselineTraces[i] = r.Trace;
                _baselineFacts[i] = new RunFacts(r.Collided, r.ImpactSpeedKph ?? 0f);
                return runner;
            },
            _ => { });

        var cells = new List<CampaignCell>();
        long periodUs = _calibration.CyclePeriodUs;
        for (int s = 0; s < _scenarios.Length; s++)
        {
            foreach (var moment in Moments)
            {
                int at = MomentFinder.Find(_baselineTraces[s], moment, _cycleS);
                if (at < 0) continue;
                for (int g = 0; g < _signals.Count; g++)
                {
                    if (!_signals[g].AppliesAt(moment)) continue;
                    foreach (var fault in _signals[g].Classes)
                    {
                        cells.Add(Cell(s, g, fault, moment, at, _signals[g].Fault(fault, StartUs(at, periodUs))));
                    }
                }
            }
        }

        AddIssueExamples(cells, periodUs);
        return cells;
    }

    // The issue's examples on ccrs-50 at 3.5 s: accelerator track 1 +0.95 for one 10 ms sample, and a 3° steering twitch over 20 ms.
    private void AddIssueExamples(List<CampaignCell> cells, long periodUs)
    {
        int s = Array.FindIndex(_scenarios, x => x.Name == "ccrs-50");
        int pedal = IndexOf("acceleratorTrack1");
        int steering = IndexOf("steering");
        if (s < 0 || pedal < 0 || steering < 0) return;
        int at = (int)(3_500_000 / periodUs);
        long start = StartUs(at, periodUs);
        cells.Add(Cell(s, pedal, FaultClass.Spike, CampaignMoment.FixedTime, at, new InjectedFault(FaultInput.AcceleratorTrack1, FaultKind.Offset, start, start + periodUs, 0.95f)));
        cells.Add(Cell(s, steering, FaultClass.Burst, CampaignMoment.FixedTime, at, new InjectedFault(FaultInput.Steering, FaultKind.Offset, start, start + 20_000, 3f * MathF.PI / 180f)));
    }

    private int IndexOf(string signal)
    {
        for (int i = 0; i < _signals.Count; i++) if (_signals[i].Name == signal) return i;
        return -1;
    }

    // Half a millisecond before the cycle: no rounding of the file's seconds can move it to another cycle.
    private static long StartUs(int cycle, long periodUs) => cycle * periodUs - 500;

    private static CampaignCell Cell(int s, int g, FaultClass fault, CampaignMoment moment, int at, InjectedFault injected)
    {
        float duration = injected.EndUs == long.MaxValue ? float.PositiveInfinity : (injected.EndUs - injected.StartUs) * 1e-6f;
        return new CampaignCell(s, g, fault, moment, at, injected, duration);
    }

    /// <summary>Runs every cell on <paramref name="workers"/> workers; <paramref name="progress"/> is bumped per run (any thread).</summary>
    /// <summary>Runs every cell; a cancelled <paramref name="stop"/> ends the campaign with an <see cref="OperationCanceledException"/>.</summary>
    public CampaignReport Run(IReadOnlyList<CampaignCell> cells, int workers, Action? progress = null, CancellationToken stop = default)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var results = new CellResult[cells.Count];
        Parallel.For(0, cells.Count, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = stop },
            () => new CampaignWorker(_calibration, World),
            (i, _, worker) =>
            {
                results[i] = RunCell(worker, cells[i]);
                progress?.Invoke();
                return worker;
            },
            _ => { });

        return new CampaignReport
        {
            Scenarios = Array.ConvertAll(_scenarios, s => s.Name),
            Signals = _signals,
            Results = results,
            Elapsed = clock.Elapsed,
        };
    }

    /// <summary>Runs one cell and judges it.</summary>
    public CellResult RunCell(CampaignWorker worker, in CampaignCell cell)
    {
        var scenario = ScenarioFor(cell);
        var runner = worker.Runner;
        worker.Probe.Arm(cell.Injected);
        var r = runner.Run(scenario, worker.Probe.Observer, copyTrace: false);
        long periodUs = _calibration.CyclePeriodUs;
        int visibleIndex = worker.Probe.FirstVisibleUs < 0 ? -1 : (int)((worker.Probe.FirstVisibleUs + periodUs / 2) / periodUs);
        var signal = _signals[cell.SignalIndex];
        float? within = cell.Moment == CampaignMoment.FixedTime ? null
            : signal.DetectWithinS.TryGetValue(cell.Fault, out float w) ? w : null;
        var verdict = OutcomeClassifier.Classify(
            _baselineTraces[cell.ScenarioIndex], _baselineFacts[cell.ScenarioIndex],
            runner.LastTrace, new RunFacts(r.Collided, r.ImpactSpeedKph ?? 0f),
            cell.FaultCycle, cell.DurationS, within, _cycleS, visibleIndex, _scenarios[cell.ScenarioIndex].Expect.MinStopGapM,
            restart: cell.Fault == FaultClass.Restart);
        return new CellResult(cell, verdict);
    }

    /// <summary>The stated detection time of a cell, if any.</summary>
    public float? DetectWithinS(in CampaignCell cell) =>
        cell.Moment != CampaignMoment.FixedTime && _signals[cell.SignalIndex].DetectWithinS.TryGetValue(cell.Fault, out float w) ? w : null;

    /// <summary>The scenario of a cell: its baseline with the one fault, under a name that says which.</summary>
    public ScenarioDefinition ScenarioFor(in CampaignCell cell)
    {
        var s = _scenarios[cell.ScenarioIndex];
        var f = cell.Injected;
        string description = $"{_signals[cell.SignalIndex].Name} {Names.Of(cell.Fault)} at {Names.Of(cell.Moment)} in {s.Name} (aeb faults)";
        if (cell.Fault == FaultClass.Restart)
        {
            var restart = new RestartDefinition { AtS = (float)(f.StartUs * 1e-6) };
            return s with { Name = FileStem(cell), Description = description, Tags = [], Restarts = [.. s.Restarts.Where(r => r.AtS <= restart.AtS), restart, .. s.Restarts.Where(r => r.AtS > restart.AtS)] };
        }

        var fault = new FaultDefinition
        {
            Input = f.Input,
            Kind = f.Kind,
            StartS = (float)(f.StartUs * 1e-6),
            EndS = f.EndUs == long.MaxValue ? null : (float)(f.EndUs * 1e-6),
            Value = f.Value,
        };
        return s with
        {
            Name = FileStem(cell),
            Description = description,
            Tags = [],
            Faults = [.. s.Faults, fault],
        };
    }

    public string FileStem(in CampaignCell cell) =>
        $"{_scenarios[cell.ScenarioIndex].Name}.{_signals[cell.SignalIndex].Name}.{Names.Of(cell.Fault)}.{Names.Of(cell.Moment)}";

    /// <summary>Writes the cell's scenario as a file that `aeb run` reproduces bit for bit; returns its path.</summary>
    public string WriteScenario(in CampaignCell cell, string directory)
    {
        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, FileStem(cell) + ".json");
        string json = JsonSerializer.Serialize(ScenarioFor(cell), ScenarioJson.Options);
        string temp = path + ".tmp";
        File.WriteAllText(temp, json);
        File.Move(temp, path, overwrite: true);
        return path;
    }
}
