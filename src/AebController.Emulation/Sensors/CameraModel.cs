using AebController.Emulation.World;
using AebController.Firmware.Signals;

namespace AebController.Emulation.Sensors;

/// <summary>
/// Front camera: reports objects in its field of view and confirms their class only after they
/// have been seen continuously for the confirmation delay. Drivable things (plates, gantries)
/// are not reported as objects.
/// </summary>
public sealed class CameraModel
{
    private readonly CameraParameters _p;

    /// <summary>Height of the camera (behind the windscreen) above the road, for lines of sight.</summary>
    public const float MountHeightM = 1.3f;

    private readonly long[] _firstSeenUs = new long[SimulationWorld.MaxActors];
    private CameraObjectList _published;
    private long _publishedUs = -1;
    private long _nextFrameUs;

    public CameraModel(CameraParameters parameters)
    {
        _p = parameters;
        Reset();
    }

    public void Reset()
    {
        Array.Fill(_firstSeenUs, -1);
        _published = default;
        _publishedUs = -1;
        _nextFrameUs = 0;
    }

    public void Tick(SimulationWorld world)
    {
        long now = world.TimeUs;
        if (now < _nextFrameUs) return;
        _nextFrameUs += _p.FramePeriodUs;
        float bumperX = 0.5f * world.Ego.Parameters.LengthM;
        int count = 0;
        for (int i = 0; i < world.ActorCount; i++)
        {
            var actor = world.ActorAt(i);
            ref readonly RelativeBox box = ref world.RelativeAt(i);
            float x = box.CentreXM - bumperX - 0.5f * actor.LengthM;
            bool visible = !actor.IsDrivable && x > 0.5f && x < _p.MaxRangeM
                && MathF.Atan2(MathF.Abs(box.CentreYM), x) <= _p.HalfFovRad
                && (!world.Occlusion || world.VisibleFraction(bumperX, 0f, MountHeightM, i) > 0f);
            if (!visible)
            {
                _firstSeenUs[i] = -1;
                continue;
            }

            if (_firstSeenUs[i] < 0) _firstSeenUs[i] = now;
            if (count >= CameraObjectBuffer.Capacity) continue;
            bool confirmed = now - _firstSeenUs[i] >= _p.ConfirmationDelayUs;
            ref CameraObject obj = ref _published.Objects[count++];
            obj.Id = i + 1;
            obj.LongitudinalM = x;
            obj.LateralM = box.CentreYM;
            obj.WidthM = actor.WidthM;
            obj.RelVelLongMps = box.RelVelXMps;
            obj.Class = confirmed ? actor.Class : ObjectClass.Unknown;
            obj.Confidence = confirmed ? 0.9f : 0.3f;
        }

        _published.Count = count;
        _publishedUs = now;
    }

    public void Publish(ref CameraObjectList target, long nowUs)
    {
        target = _published;
        target.SensorOk = true;
        target.AgeUs = _publishedUs < 0 ? SignalAge.Never : nowUs - _publishedUs;
    }
}
