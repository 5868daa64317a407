namespace AebController.Emulation.World.Road;

/// <summary>An OpenDRIVE lane: its id (positive left of the centre lane, negative right), type and width records.</summary>
public sealed class Lane
{
    public Lane(int id, LaneType type, CubicPolynomial[] widths)
    {
        if (id == 0) throw new ArgumentException("lane 0 is the centre lane and has no width", nameof(id));
        if (widths.Length == 0) throw new ArgumentException($"lane {id} needs at least one width record", nameof(widths));
        Id = id;
        Type = type;
        Widths = widths;
    }

    public int Id { get; }
    public LaneType Type { get; }
    public CubicPolynomial[] Widths { get; }

    /// <summary>Width at <paramref name="dsInSection"/> metres from the start of the lane section (never negative).</summary>
    public double WidthAt(double dsInSection) => Math.Max(0, CubicPolynomial.Evaluate(Widths, dsInSection));
}
