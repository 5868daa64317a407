namespace AebController.Emulation.Driver;

/// <summary>Linear interpolation over time-ordered keyframes; before the first and after the last the end values hold.</summary>
public sealed class KeyframeTrack
{
    private readonly Keyframe[] _frames;
    private readonly float _default;

    public KeyframeTrack(Keyframe[] frames, float defaultValue = 0f)
    {
        _frames = frames;
        _default = defaultValue;
    }

    public bool IsEmpty => _frames.Length == 0;

    public float At(float timeS)
    {
        if (_frames.Length == 0) return _default;
        if (timeS <= _frames[0].TimeS) return _frames[0].Value;
        for (int i = 1; i < _frames.Length; i++)
        {
            if (timeS <= _frames[i].TimeS)
            {
                var a = _frames[i - 1];
                var b = _frames[i];
                float span = b.TimeS - a.TimeS;
                return span <= 0f ? b.Value : a.Value + (b.Value - a.Value) * (timeS - a.TimeS) / span;
            }
        }

        return _frames[^1].Value;
    }

    /// <summary>Value of the last keyframe at or before the time, without interpolation (for gear changes).</summary>
    public float StepAt(float timeS)
    {
        float value = _frames.Length == 0 ? _default : _frames[0].Value;
        for (int i = 0; i < _frames.Length && _frames[i].TimeS <= timeS; i++)
        {
            value = _frames[i].Value;
        }

        return value;
    }
}
