using AebController.Firmware.Signals;

namespace AebController.Firmware.Runtime;

/// <summary>HAL output contract: apply the command. Must not block or allocate.</summary>
public interface IActuatorSink
{
    void Write(in ActuatorCommand command, long nowUs);
}
