using AebController.Emulation.Faults;
using AebController.Firmware.Signals;

namespace AebController.Scenarios.Faults;

/// <summary>
/// Watches the frames a faulted run hands the controller for the first one in which the corrupted
/// value is there to see: a fault on a field of an object list corrupts nothing while the list is
/// empty, and nobody can be asked to detect it then. One probe per worker; its observer is made once.
/// </summary>
public sealed class VisibilityProbe
{
    private InjectedFault _fault;

    public VisibilityProbe()
    {
        Observer = Observe;
    }

    public Action<SensorFrame, ActuatorCommand> Observer { get; }

    /// <summary>Cycle time of the first frame showing the fault; -1 until then.</summary>
    public long FirstVisibleUs { get; private set; } = -1;

    public void Arm(in InjectedFault fault)
    {
        _fault = fault;
        FirstVisibleUs = -1;
    }

    private void Observe(SensorFrame frame, ActuatorCommand command)
    {
        if (FirstVisibleUs >= 0 || !_fault.ActiveAt(frame.NowUs)) return;
        if (Visible(frame, _fault.Input)) FirstVisibleUs = frame.NowUs;
    }

    public static bool Visible(SensorFrame frame, FaultInput input) => input switch
    {
        FaultInput.FrontRadarRange or FaultInput.FrontRadarLateral or FaultInput.FrontRadarRangeRate
            or FaultInput.FrontRadarWidth or FaultInput.FrontRadarElevation => frame.FrontRadar.Count > 0,
        FaultInput.RearRadarRange => frame.RearRadar.Count > 0,
        FaultInput.CameraRange => frame.FrontCamera.Count > 0,
        FaultInput.UltrasonicFront => AnyEcho(frame, 0, UltrasonicEchoBuffer.FrontCount),
        FaultInput.UltrasonicRear => AnyEcho(frame, UltrasonicEchoBuffer.FirstRear, UltrasonicEchoBuffer.Capacity),
        _ => true,
    };

    private static bool AnyEcho(SensorFrame frame, int first, int end)
    {
        for (int s = first; s < end; s++)
        {
            if (frame.Ultrasonics[s].HasEcho) return true;
        }

        return false;
    }
}
