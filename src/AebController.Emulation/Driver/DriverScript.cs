using AebController.Emulation.Vehicle;
using AebController.Firmware.Signals;

namespace AebController.Emulation.Driver;

/// <summary>The driver: pedals, steering and gear over time, and an optional reaction to the warning.</summary>
public sealed class DriverScript
{
    private readonly KeyframeTrack _accelerator;
    private readonly KeyframeTrack _brake;
    private readonly KeyframeTrack _steeringDeg;
    private readonly KeyframeTrack _gear;
    private readonly DriverReaction? _reaction;
    private float _firstWarningS = -1f;

    public DriverScript(KeyframeTrack accelerator, KeyframeTrack brake, KeyframeTrack steeringDeg, KeyframeTrack gear, DriverReaction? reaction)
    {
        _accelerator = accelerator;
        _brake = brake;
        _steeringDeg = steeringDeg;
        _gear = gear;
        _reaction = reaction;
    }

    public static DriverScript Idle(Gear gear) => new(
        new KeyframeTrack(Array.Empty<Keyframe>()), new KeyframeTrack(Array.Empty<Keyframe>()),
        new KeyframeTrack(Array.Empty<Keyframe>()), new KeyframeTrack(Array.Empty<Keyframe>(), (float)gear), null);

    public void Reset() => _firstWarningS = -1f;

    /// <summary>Tells the driver what the dashboard shows.</summary>
    public void SeeWarning(bool warningOn, float timeS)
    {
        if (warningOn && _firstWarningS < 0f) _firstWarningS = timeS;
    }

    public DriverControls At(float timeS)
    {
        var controls = new DriverControls
        {
            AcceleratorPedal = _accelerator.At(timeS),
            BrakePedal = _brake.At(timeS),
            SteeringWheelAngleRad = _steeringDeg.At(timeS) * MathF.PI / 180f,
            Gear = (Gear)(int)_gear.StepAt(timeS),
        };

        if (_reaction is not null && _firstWarningS >= 0f)
        {
            float since = timeS - _firstWarningS - _reaction.DelayS;
            if (since >= 0f)
            {
                if (_reaction.BrakePedal is float brake) controls.BrakePedal = brake;
                if (_reaction.AcceleratorPedal is float accel)
                {
                    float ramp = _reaction.AcceleratorRampS > 0f ? MathF.Min(since / _reaction.AcceleratorRampS, 1f) : 1f;
                    controls.AcceleratorPedal += (accel - controls.AcceleratorPedal) * ramp;
                }
                if (_reaction.SteeringWheelDeg is float steer)
                {
                    float ramp = _reaction.SteeringRampS > 0f ? MathF.Min(since / _reaction.SteeringRampS, 1f) : 1f;
                    controls.SteeringWheelAngleRad = steer * ramp * MathF.PI / 180f;
                }
            }
        }

        return controls;
    }
}
