using AebController.Emulation;
using AebController.Emulation.Profiles;
using AebController.Emulation.Vehicle;
using AebController.Emulation.World;
using AebController.Firmware.Calibration;
using AebController.Firmware.Runtime;
using AebController.Firmware.Signals;
using AebController.Scenarios.Model;

namespace AebController.Scenarios.Running;

/// <summary>
/// Runs a scenario closed loop: the emulated vehicle and the firmware in one fixed-cycle loop on a
/// virtual clock, recording every cycle, until contact, the end condition or the duration.
/// One runner serves one thread; parallel suites give each worker its own.
/// </summary>
public sealed class ScenarioRunner
{
    private readonly AebCalibration _calibration;
    private readonly VehicleParameters _vehicle;

    // Reused from run to run: a worker that runs many cases allocates its cycle buffer once.
    // Not thread-safe: one runner per worker thread.
    private CycleRecord[] _trace = [];

    /// <param name="world">The world's sensor models; null = realistic, the default everywhere.</param>
    public ScenarioRunner(AebCalibration? calibration = null, VehicleParameters? vehicle = null, WorldProfile? world = null)
    {
        _calibration = (calibration ?? AebCalibration.Default).EnsureValid();
        _vehicle = vehicle ?? new VehicleParameters();
        World = world ?? WorldProfile.Realistic;
    }

    public AebCalibration Calibration => _calibration;
    public VehicleParameters Vehicle => _vehicle;

    /// <summary>The world profile every run of this runner uses.</summary>
    public WorldProfile World { get; }

    /// <summary>Cycles of the last run, in this runner's reused buffer: valid until the next run.</summary>
    public ReadOnlySpan<CycleRecord> LastTrace => _trace.AsSpan(0, _lastCycles);

    private int _lastCycles;

    /// <param name="observer">Called after every cycle with the frame the firmware read and the command it gave.</param>
    /// <param name="copyTrace">Copy the cycles into the result; a campaign that reads <see cref="LastTrace"/> saves the copy.</param>
    public ScenarioResult Run(ScenarioDefinition scenario, Action<SensorFrame, ActuatorCommand>? observer = null, bool copyTrace = true)
    {
        var hal = ScenarioBuild.CreateHal(scenario, _vehicle, World);
        var firmware = new AebFirmware(_calibration);
        bool systemOff = scenario.System == SystemMode.Off;
        IActuatorSink sink = systemOff ? new DisconnectedActuators(hal) : hal;
        var loop = new ControlLoop(new VirtualCycleClock(0), hal, sink, firmware);
        loop.Start(0);

        long periodUs = _calibration.CyclePeriodUs;
        int maxCycles = (int)Math.Ceiling(scenario.DurationS * 1e6 / periodUs) + 1;
        if (_trace.Length < maxCycles) _trace = new CycleRecord[maxCycles];
        var trace = _trace;
        var world = hal.World;
        var faultDetection = new int?[scenario.Faults.Length];
        var codesBeforeFault = new DiagnosticCode[scenario.Faults.Length];
        var faultStartUs = new long[scenario.Faults.Length];
        for (int i = 0; i < faultStartUs.Length; i++) faultStartUs[i] = (long)(scenario.Faults[i].StartS * 1e6);

        float? firstWarning = null, firstBrake = null;
        float minGap = float.PositiveInfinity, maxDecel = 0f, maxRequest = 0f, maxSpeed = 0f, torqueLimitedS = 0f;
        float stoppedForS = 0f;
        int slowerThan = scenario.End.WhenSlowerThan is string id ? Array.FindIndex(scenario.Actors, a => a.Id == id) : -1;
        int cycles = 0;
        int nextRestart = 0;

        for (int c = 0; c < maxCycles; c++)
        {
            long nowUs = loop.NextDeadlineUs;
            // A restart re-initialises the controller before the cycle it falls in, as a power glitch would.
            while (nextRestart < scenario.Restarts.Length && nowUs >= (long)(scenario.Restarts[nextRestart].AtS * 1e6))
            {
                firmware.Reset();
                nextRestart++;
            }

            for (int f = 0; f < faultStartUs.Length; f++)
            {
                if (nowUs < faultStartUs[f]) codesBeforeFault[f] = loop.LastCommand.Diagnostics;
            }

            loop.RunCycle();
            cycles++;
            // Without the system the record shows what reached the car (nothing), not what the controller wanted.
            ref readonly ActuatorCommand cmd = ref systemOff ? ref hal.LastCommand : ref loop.LastCommand;
            observer?.Invoke(loop.Frame, cmd);
            float timeS = nowUs * 1e-6f;
            var ego = world.Ego;
            float gap = PathGap(world, hal.Controls.Gear);
            ref readonly var threat = ref firmware.ForwardThreat;
            trace[c] = new CycleRecord
            {
                TimeS = timeS,
                EgoSpeedKph = ego.VelocityMps * 3.6f,
                Gear = hal.Controls.Gear,
                AcceleratorPedal = hal.Controls.AcceleratorPedal,
                BrakePedal = hal.Controls.BrakePedal,
                PathGapM = gap,
                TargetRangeM = threat.HasTarget ? threat.RangeM : float.NaN,
                TtcS = threat.TtcS,
                RequiredDecelMps2 = threat.RequiredDecelMps2,
                ForwardState = cmd.ForwardAebState,
                ForwardStage = cmd.ForwardBrakeStage,
                ReverseAebState = cmd.ReverseAebState,
                LowSpeedForwardState = cmd.LowSpeedForwardState,
                LowSpeedRearState = cmd.LowSpeedRearState,
                MaiState = cmd.MaiState,
                BrakeRequestMps2 = cmd.BrakeDecelRequestMps2,
                DecelMps2 = ego.DecelMps2,
                TorqueLimit = cmd.DriveTorqueLimit,
                Warnings = cmd.Warnings,
                BrakeReasons = cmd.BrakeReasons,
                TorqueReasons = cmd.TorqueReasons,
                WarningReasons = cmd.WarningReasons,
                Diagnostics = cmd.Diagnostics,
            };

            for (int f = 0; f < faultStartUs.Length; f++)
            {
                if (faultDetection[f] is null && nowUs >= faultStartUs[f] && (cmd.Diagnostics & ~codesBeforeFault[f]) != 0)
                {
                    faultDetection[f] = (int)((nowUs - faultStartUs[f]) / periodUs) + 1;
                }
            }

            if (cmd.Warnings != WarningOutputs.None && firstWarning is null && !world.Collided) firstWarning = timeS;
            if (cmd.BrakeDecelRequestMps2 > 0f && firstBrake is null && !world.Collided) firstBrake = timeS;
            minGap = MathF.Min(minGap, gap);
            maxDecel = MathF.Max(maxDecel, ego.DecelMps2);
            maxRequest = MathF.Max(maxRequest, cmd.BrakeDecelRequestMps2);
            maxSpeed = MathF.Max(maxSpeed, ego.SpeedMps * 3.6f);
            if (hal.Controls.AcceleratorPedal > 0.05f && cmd.DriveTorqueLimit < 0.999f) torqueLimitedS += periodUs * 1e-6f;

            if (world.Collided) break;
            stoppedForS = ego.SpeedMps < 0.01f ? stoppedForS + periodUs * 1e-6f : 0f;
            if (scenario.End.WhenStoppedForS > 0f && maxSpeed > 0.5f && stoppedForS >= scenario.End.WhenStoppedForS) break;
            if (slowerThan >= 0 && firstBrake is not null && ego.SpeedMps < world.ActorAt(slowerThan).SpeedMps) break;
        }

        _lastCycles = cycles;
        var record = copyTrace ? trace.AsSpan(0, cycles).ToArray() : [];
        bool collided = world.Collided;
        bool stopped = !collided && world.Ego.SpeedMps < 0.05f;
        float endGap = PathGap(world, hal.Controls.Gear);
        var partial = new ScenarioResult
        {
            Scenario = scenario.Name,
            Collided = collided,
            CollidedWith = collided ? world.ActorAt(world.CollisionActor).Id : null,
            ImpactSpeedKph = collided ? world.ImpactSpeedMps * 3.6f : null,
            MinGapM = collided ? 0f : minGap,
            StopGapM = stopped && float.IsFinite(endGap) ? endGap : null,
            FirstWarningS = firstWarning,
            FirstBrakeS = firstBrake,
            MaxDecelMps2 = maxDecel,
            MaxBrakeRequestMps2 = maxRequest,
            MaxSpeedKph = maxSpeed,
            TorqueLimitedS = torqueLimitedS,
            EndTimeS = cycles == 0 ? 0f : trace[cycles - 1].TimeS,
            Diagnostics = loop.LastCommand.Diagnostics,
            FaultDetectionCycles = faultDetection,
            Failures = Array.Empty<string>(),
            Trace = record,
        };

        var failures = ExpectationEvaluator.Evaluate(scenario.Expect, partial);
        return new ScenarioResult
        {
            Scenario = partial.Scenario, Collided = partial.Collided, CollidedWith = partial.CollidedWith,
            ImpactSpeedKph = partial.ImpactSpeedKph, MinGapM = partial.MinGapM, StopGapM = partial.StopGapM,
            FirstWarningS = partial.FirstWarningS, FirstBrakeS = partial.FirstBrakeS, MaxDecelMps2 = partial.MaxDecelMps2,
            MaxBrakeRequestMps2 = partial.MaxBrakeRequestMps2, MaxSpeedKph = partial.MaxSpeedKph,
            TorqueLimitedS = partial.TorqueLimitedS, EndTimeS = partial.EndTimeS, Diagnostics = partial.Diagnostics,
            FaultDetectionCycles = partial.FaultDetectionCycles, Failures = failures, Trace = partial.Trace,
        };
    }

    /// <summary>Ground-truth clearance to the nearest solid actor in the swept path, in the direction of travel.</summary>
    public static float PathGap(SimulationWorld world, Gear gear)
    {
        float best = float.PositiveInfinity;
        for (int i = 0; i < world.ActorCount; i++)
        {
            if (world.ActorAt(i).IsDrivable) continue;
            ref readonly RelativeBox box = ref world.RelativeAt(i);
            if (gear == Gear.Drive && !box.Ahead) continue;
            if (gear == Gear.Reverse && box.Ahead) continue;
            best = MathF.Min(best, box.PathGapM);
        }

        return best;
    }
}
