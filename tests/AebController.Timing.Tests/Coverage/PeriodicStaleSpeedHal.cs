using AebController.Firmware.Runtime;
using AebController.Firmware.Signals;

namespace AebController.Timing.Tests;

/// <summary>
/// Wraps a HAL and makes the wheel-speed signal stale for a few cycles at a fixed period, so the
/// allocation run also passes through every function's fault entry (any state → Degraded) and its
/// recovery, whatever state each function is in when the fault lands. Allocation-free.
/// </summary>
public sealed class PeriodicStaleSpeedHal(ISensorSource sensors, IActuatorSink actuators, int periodCycles, int staleCycles, int phaseCycles) : ISensorSource, IActuatorSink
{
    private long _cycle = phaseCycles;

    public void Read(SensorFrame frame, long nowUs)
    {
        sensors.Read(frame, nowUs);
        if (_cycle++ % periodCycles < staleCycles)
        {
            frame.Motion.AgeUs = SignalAge.Never;
        }
    }

    public void Write(in ActuatorCommand command, long nowUs) => actuators.Write(command, nowUs);
}
