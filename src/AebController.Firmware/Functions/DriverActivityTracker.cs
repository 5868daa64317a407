using AebController.Firmware.Signals;

namespace AebController.Firmware.Functions;

/// <summary>
/// Turns pedal and steering inputs into driver activity with edges. Override is edge-triggered:
/// a pedal held down does not trigger again.
/// </summary>
public sealed class DriverActivityTracker
{
    /// <summary>Accelerator travel that counts as pressed.</summary>
    public const float AccelPressedThreshold = 0.05f;

    private readonly float _kickDownPedal;
    private readonly float _brakeTravel;
    private readonly float _evasiveRateRps;
    private readonly float _cycleS;
    private DriverActivity _previous;

    public DriverActivityTracker(float kickDownPedal, float brakeTravel, float evasiveRateRps, float cycleS)
    {
        _kickDownPedal = kickDownPedal;
        _brakeTravel = brakeTravel;
        _evasiveRateRps = evasiveRateRps;
        _cycleS = cycleS;
    }

    public DriverActivity Current => _previous;

    public void Reset() => _previous = default;

    /// <param name="accelPedal">Trusted accelerator position; the monitor supplies it.</param>
    public DriverActivity Update(float accelPedal, in PedalInputs pedals, in SteeringInput steering)
    {
        var now = default(DriverActivity);
        now.AccelPedal = accelPedal;
        now.AccelPedalRatePerS = (accelPedal - _previous.AccelPedal) / _cycleS;
        now.AccelPressed = accelPedal > AccelPressedThreshold;
        now.AccelRisingEdge = now.AccelPressed && !_previous.AccelPressed;
        now.KickDown = accelPedal >= _kickDownPedal;
        now.KickDownRisingEdge = now.KickDown && !_previous.KickDown;
        float brakeTravel = float.IsFinite(pedals.BrakeTravel) ? pedals.BrakeTravel : 0f;
        now.BrakeTravel = brakeTravel;
        now.BrakePressed = brakeTravel >= _brakeTravel || pedals.BrakeSwitch;
        now.BrakeRisingEdge = now.BrakePressed && !_previous.BrakePressed;
        now.EvasiveSteering = float.IsFinite(steering.RateRps) && MathF.Abs(steering.RateRps) >= _evasiveRateRps;
        now.EvasiveSteeringRisingEdge = now.EvasiveSteering && !_previous.EvasiveSteering;
        _previous = now;
        return now;
    }
}
