using AebController.Firmware.Calibration;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Functions;

/// <summary>
/// Turns pedal, steering and yaw inputs into driver activity. An override is a deliberate,
/// persistent, physically plausible act, never one sample: a kick-down needs both accelerator
/// tracks agreeing, a pedal that rose no faster than a foot moves, and the pedal held past the
/// kick-down travel for the confirmation time; evasive steering needs the wheel turned fast one way
/// for its confirmation time and the car then yawing that way. Edges mark the cycle an act is
/// confirmed, so a held pedal never triggers twice. All counters saturate.
/// </summary>
public sealed class DriverActivityTracker
{
    /// <summary>Accelerator travel that counts as pressed.</summary>
    public const float AccelPressedThreshold = 0.05f;

    private readonly float _kickDownPedal;
    private readonly float _brakeTravel;
    private readonly float _evasiveRateRps;
    private readonly float _cycleS;
    private readonly DriverOverrideCalibration _cal;
    private readonly int _pedalConfirmCycles;
    private readonly int _steerConfirmCycles;
    private readonly int _yawWindowCycles;
    private DriverActivity _previous;
    private bool _hasPrevious;
    private bool _pressHuman;
    private int _pressCycles;
    private int _kickCycles;
    private int _steerDirection;
    private int _steerCycles;
    private int _evasiveDirection;
    private int _yawWindowLeft;

    public DriverActivityTracker(float kickDownPedal, float brakeTravel, float evasiveRateRps, float cycleS, DriverOverrideCalibration? calibration = null)
    {
        _kickDownPedal = kickDownPedal;
        _brakeTravel = brakeTravel;
        _evasiveRateRps = evasiveRateRps;
        _cycleS = cycleS;
        _cal = calibration ?? new DriverOverrideCalibration();
        _pedalConfirmCycles = Saturating.CyclesFor(_cal.PedalConfirmS, cycleS);
        _steerConfirmCycles = Saturating.CyclesFor(_cal.SteerConfirmS, cycleS);
        _yawWindowCycles = Saturating.CyclesFor(_cal.YawResponseWindowS, cycleS);
        Reset();
    }

    public DriverActivity Current => _previous;

    /// <summary>Cycles a pedal act must persist (from the calibrated time and period).</summary>
    public int PedalConfirmCycles => _pedalConfirmCycles;

    /// <summary>Cycles fast steering must persist.</summary>
    public int SteerConfirmCycles => _steerConfirmCycles;

    public void Reset()
    {
        _previous = default;
        _hasPrevious = false;
        _pressHuman = false;
        _pressCycles = 0;
        _kickCycles = 0;
        _steerDirection = 0;
        _steerCycles = 0;
        _evasiveDirection = 0;
        _yawWindowLeft = 0;
    }

    /// <summary>Test convenience: every input trusted and no yaw information beyond <paramref name="yawRateRps"/>.</summary>
    public DriverActivity Update(float accelPedal, in PedalInputs pedals, in SteeringInput steering, float yawRateRps = 0f) =>
        Update(accelPedal, pedalTrusted: true, pedals, steering, steeringTrusted: true, yawRateRps, imuTrusted: true);

    /// <param name="accelPedal">Accelerator position the monitor trusts (the more cautious track when they disagree).</param>
    /// <param name="pedalTrusted">Both tracks fresh, in range and agreeing this very cycle.</param>
    public DriverActivity Update(float accelPedal, bool pedalTrusted, in PedalInputs pedals, in SteeringInput steering,
        bool steeringTrusted, float yawRateRps, bool imuTrusted)
    {
        float pedal = float.IsFinite(accelPedal) ? Math.Clamp(accelPedal, 0f, 1f) : 0f;
        var now = default(DriverActivity);
        now.AccelPedal = pedal;
        now.AccelPedalRatePerS = _hasPrevious ? (pedal - _previous.AccelPedal) / _cycleS : 0f;

        // A press is judged human from where it starts: released pedal re-arms it, one step faster
        // than a foot (or a first sample with no history, as after a restart) disqualifies it until release.
        if (pedal <= AccelPressedThreshold) _pressHuman = true;
        else if (!_hasPrevious || !OverridePredicates.IsHumanPedalStep(_previous.AccelPedal, pedal, _cycleS, _cal.MaxHumanPedalRatePerS)) _pressHuman = false;

        _pressCycles = Saturating.Count(_pressCycles, OverridePredicates.IsPressSample(pedalTrusted, pedal, AccelPressedThreshold, _pressHuman));
        _kickCycles = Saturating.Count(_kickCycles, OverridePredicates.IsKickDownSample(pedalTrusted, pedal, _kickDownPedal, _pressHuman));
        now.AccelPressed = _pressCycles >= _pedalConfirmCycles;
        now.AccelRisingEdge = now.AccelPressed && !_previous.AccelPressed;
        now.KickDown = _kickCycles >= _pedalConfirmCycles;
        now.KickDownRisingEdge = now.KickDown && !_previous.KickDown;

        float brakeTravel = float.IsFinite(pedals.BrakeTravel) ? pedals.BrakeTravel : 0f;
        now.BrakeTravel = brakeTravel;
        // Braking is a deliberate act both signals confirm: the travel past the pressed point and the
        // brake light switch closed. One of them alone (a drifting travel sensor, a stuck switch) never
        // makes brake assist add deceleration.
        now.BrakePressed = brakeTravel >= _brakeTravel && pedals.BrakeSwitch;
        now.BrakeRisingEdge = now.BrakePressed && !_previous.BrakePressed;

        int direction = OverridePredicates.EvasiveSteerDirection(steeringTrusted, steering.RateRps, _evasiveRateRps);
        _steerCycles = direction == 0 ? 0 : direction == _steerDirection ? Saturating.Count(_steerCycles, true) : 1;
        _steerDirection = direction;
        if (_steerCycles >= _steerConfirmCycles)
        {
            _evasiveDirection = direction;
            _yawWindowLeft = _yawWindowCycles;
        }
        else
        {
            _yawWindowLeft = Saturating.CountDown(_yawWindowLeft);
        }

        bool yawAnswers = OverridePredicates.YawConfirms(imuTrusted, yawRateRps, _evasiveDirection, _cal.MinEvasiveYawRateRps);
        now.EvasiveSteering = yawAnswers && (_yawWindowLeft > 0 || _previous.EvasiveSteering);
        now.EvasiveSteeringRisingEdge = now.EvasiveSteering && !_previous.EvasiveSteering;

        _previous = now;
        _hasPrevious = true;
        return now;
    }
}
