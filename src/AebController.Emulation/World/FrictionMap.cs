namespace AebController.Emulation.World;

/// <summary>
/// Road friction by segment along the road's x axis (the ego's front bumper starts at 0): a wet patch,
/// an icy bridge. Outside every segment the road's base friction holds; where segments overlap, the
/// later one wins (as in the scenario file's order).
/// </summary>
public sealed class FrictionMap
{
    private readonly float[] _fromM;
    private readonly float[] _toM;
    private readonly float[] _friction;

    public FrictionMap(float[] fromM, float[] toM, float[] friction)
    {
        if (fromM.Length != toM.Length || fromM.Length != friction.Length) throw new ArgumentException("one from, to and friction per segment");
        _fromM = fromM;
        _toM = toM;
        _friction = friction;
    }

    public int Count => _fromM.Length;

    /// <summary>Friction at <paramref name="xM"/> along the road.</summary>
    public float At(float xM, float baseFriction)
    {
        float mu = baseFriction;
        for (int i = 0; i < _fromM.Length; i++)
        {
            if (xM >= _fromM[i] && xM < _toM[i]) mu = _friction[i];
        }

        return mu;
    }
}
