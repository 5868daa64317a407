using AebController.Firmware.Signals;

namespace AebController.Firmware.Runtime;

/// <summary>HAL input contract: fill the preallocated frame with the newest sample of every input and its age. Must not block or allocate.</summary>
public interface ISensorSource
{
    void Read(SensorFrame frame, long nowUs);
}
