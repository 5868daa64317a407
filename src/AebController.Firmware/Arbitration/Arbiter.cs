using AebController.Firmware.Functions;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Arbitration;

/// <summary>
/// Folds the requests of every function into one command: the strongest brake wins, the lowest
/// torque limit wins, warnings add up, and each contributing function is named in the status.
/// The driver's own braking acts on the brakes directly and is never reduced by the command.
/// </summary>
public struct Arbiter
{
    private ActuatorCommand _command;

    public void Begin()
    {
        _command = ActuatorCommand.Neutral;
    }

    public void Add(in FunctionOutput request, FunctionFlags function)
    {
        if (request.BrakeDecelMps2 > 0f && float.IsFinite(request.BrakeDecelMps2))
        {
            if (request.BrakeDecelMps2 > _command.BrakeDecelRequestMps2)
            {
                _command.BrakeDecelRequestMps2 = request.BrakeDecelMps2;
            }

            _command.BrakeReasons |= request.BrakeReason == FunctionFlags.None ? function : request.BrakeReason;
        }

        // NaN never loosens a limit: only a finite, lower value replaces the current one.
        float limit = float.IsFinite(request.TorqueLimit) ? Math.Clamp(request.TorqueLimit, 0f, 1f) : 0f;
        if (limit < 1f)
        {
            if (limit < _command.DriveTorqueLimit)
            {
                _command.DriveTorqueLimit = limit;
            }

            _command.TorqueReasons |= function;
        }

        if (request.Warnings != WarningOutputs.None)
        {
            _command.Warnings |= request.Warnings;
            _command.WarningReasons |= function;
        }
    }

    public ActuatorCommand Finish(DiagnosticCode diagnostics)
    {
        _command.Diagnostics = diagnostics;
        _command.FaultLamp = diagnostics != DiagnosticCode.None;
        return _command;
    }
}
