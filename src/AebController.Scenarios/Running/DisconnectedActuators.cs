using AebController.Firmware.Runtime;
using AebController.Firmware.Signals;

namespace AebController.Scenarios.Running;

/// <summary>
/// The car without the system: the controller still runs, but the plant only ever receives the neutral
/// command (no brake, no torque limit, no warning). Gives the "without the system" run of UN R175 and
/// the no-pedal baseline of Euro NCAP CPMFC.
/// </summary>
public sealed class DisconnectedActuators(IActuatorSink plant) : IActuatorSink
{
    private static readonly ActuatorCommand Neutral = ActuatorCommand.Neutral;

    public void Write(in ActuatorCommand command, long nowUs) => plant.Write(in Neutral, nowUs);
}
