namespace AebController.Scenarios.OpenDrive;

/// <summary>A lane of a lane section: its id (positive left of the reference line, negative right), type and width polynomials.</summary>
public sealed record OdrLane(int Id, string Type, OdrPolynomial[] Widths)
{
    /// <summary>Width at <paramref name="ds"/> metres into the lane section (the last width record that has started applies).</summary>
    public double WidthAt(double ds)
    {
        OdrPolynomial? current = null;
        foreach (var w in Widths)
        {
            if (w.S <= ds + 1e-9) current = w;
        }

        return current is { } c ? c.At(ds) : 0;
    }
}
