using AebController.Emulation.Randomness;

namespace AebController.Emulation.Sensors;

/// <summary>
/// What the chassis buses report of the true motion and pedals: quantised wheel speed that drops to
/// zero below the speed at which tooth edges arrive too rarely, accelerometer noise and offset with
/// gravity on a grade, yaw-rate noise and residual offset, pedal-track noise. Offsets are drawn once
/// per run from the seed. The ideal world (all parameters 0) returns the true values unchanged.
/// </summary>
public sealed class VehicleSignalModel
{
    private const float Gravity = 9.80665f;
    private readonly VehicleSignalParameters _p;
    private Xoshiro128 _rng;
    private float _accelBias;
    private float _yawBiasRps;

    public VehicleSignalModel(VehicleSignalParameters parameters, ulong seed)
    {
        _p = parameters;
        Reset(seed);
    }

    public void Reset(ulong seed)
    {
        _rng = new Xoshiro128(seed);
        _accelBias = _p.AccelBiasMps2 > 0f ? Math.Clamp(_rng.NextGaussian(), -3f, 3f) * _p.AccelBiasMps2 : 0f;
        _yawBiasRps = _p.YawRateBiasDps > 0f ? Math.Clamp(_rng.NextGaussian(), -3f, 3f) * _p.YawRateBiasDps * MathF.PI / 180f : 0f;
    }

    /// <summary>Wheel speed magnitude as the bus reports it.</summary>
    public float WheelSpeed(float speedMps)
    {
        if (_p.WheelSpeedDropoutKph > 0f && speedMps * 3.6f < _p.WheelSpeedDropoutKph) return 0f;
        if (_p.WheelSpeedResolutionKph <= 0f) return speedMps;
        float step = _p.WheelSpeedResolutionKph / 3.6f;
        return MathF.Round(speedMps / step) * step;
    }

    /// <summary>Longitudinal acceleration along the direction of travel as the IMU reports it.</summary>
    public float LongAccel(float accelMps2, float gradeRad, float travelSign)
    {
        float a = accelMps2;
        // Specific force: on an uphill grade the sensor also feels g·sin(grade) pulling back (reads +).
        if (_p.AccelIncludesGravity != 0) a += travelSign * Gravity * MathF.Sin(gradeRad);
        if (_p.AccelNoiseMps2 > 0f) a += _p.AccelNoiseMps2 * _rng.NextGaussian();
        return a + _accelBias;
    }

    public float YawRate(float yawRateRps)
    {
        float y = yawRateRps + _yawBiasRps;
        if (_p.YawRateNoiseDps > 0f) y += _p.YawRateNoiseDps * MathF.PI / 180f * _rng.NextGaussian();
        return y;
    }

    public float Pedal(float travel)
    {
        if (_p.PedalNoiseFraction <= 0f || travel <= 0f) return travel;
        return Math.Clamp(travel + _p.PedalNoiseFraction * _rng.NextGaussian(), 0f, 1f);
    }
}
