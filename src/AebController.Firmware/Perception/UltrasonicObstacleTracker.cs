using AebController.Firmware.Calibration;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Perception;

/// <summary>
/// Turns the echoes of one bumper's six sensors into the nearest obstacle in the car's path. An echo
/// counts only once seen in successive measurements of its sensor, so one spurious echo never brakes.
/// Ultrasonics give no bearing: the echo is placed on the sensor's axis, which is conservative for
/// the centre sensors and keeps the angled corner sensors from braking for things beside the car.
/// </summary>
public sealed class UltrasonicObstacleTracker
{
    private readonly UltrasonicCalibration _cal;
    private readonly int _first;
    private readonly float _halfCorridorM;
    private readonly float[] _cos = new float[UltrasonicEchoBuffer.FrontCount];
    private readonly float[] _sin = new float[UltrasonicEchoBuffer.FrontCount];
    private readonly int[] _seen = new int[UltrasonicEchoBuffer.FrontCount];
    private readonly long[] _lastAgeUs = new long[UltrasonicEchoBuffer.FrontCount];

    public UltrasonicObstacleTracker(UltrasonicCalibration calibration, bool rear, float vehicleWidthM)
    {
        _cal = calibration;
        _first = rear ? UltrasonicEchoBuffer.FirstRear : 0;
        _halfCorridorM = 0.5f * vehicleWidthM + calibration.PathMarginM;
        for (int k = 0; k < _cos.Length; k++)
        {
            float angle = calibration.AngleDeg[k] * MathF.PI / 180f;
            _cos[k] = MathF.Cos(angle);
            _sin[k] = MathF.Sin(angle);
        }

        Reset();
    }

    public void Reset()
    {
        Array.Clear(_seen);
        Array.Fill(_lastAgeUs, long.MaxValue);
    }

    public UltrasonicObstacle Update(ref UltrasonicEchoBuffer echoes, long maxAgeUs)
    {
        var best = new UltrasonicObstacle { DistanceM = float.PositiveInfinity, Sensor = -1 };
        for (int k = 0; k < _cos.Length; k++)
        {
            ref readonly UltrasonicEcho echo = ref echoes[_first + k];
            // A smaller age than last cycle means the sensor measured again.
            bool newMeasurement = echo.AgeUs < _lastAgeUs[k];
            _lastAgeUs[k] = echo.AgeUs;
            bool valid = echo.HasEcho && echo.AgeUs <= maxAgeUs && echo.DistanceM >= _cal.MinRangeM
                && echo.DistanceM <= _cal.MaxRangeM && echo.Strength >= _cal.MinStrength;
            if (!valid)
            {
                _seen[k] = 0;
                continue;
            }

            if (newMeasurement && _seen[k] < 1000) _seen[k]++;
            if (_seen[k] < _cal.ConfirmMeasurements) continue;

            float along = echo.DistanceM * _cos[k];
            float across = _cal.LateralM[k] + echo.DistanceM * _sin[k];
            if (along <= 0f || MathF.Abs(across) > _halfCorridorM) continue;
            if (along < best.DistanceM)
            {
                best.Present = true;
                best.DistanceM = along;
                best.Sensor = _first + k;
                best.AgeUs = echo.AgeUs;
            }
        }

        return best;
    }
}
