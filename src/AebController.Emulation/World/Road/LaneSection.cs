namespace AebController.Emulation.World.Road;

/// <summary>
/// An OpenDRIVE laneSection from <see cref="S"/> on: lanes left of the centre lane (ids 1, 2, …
/// outwards) and right of it (ids −1, −2, … outwards).
/// </summary>
public sealed class LaneSection
{
    public LaneSection(double s, Lane[] left, Lane[] right)
    {
        S = s;
        Left = Sorted(left, +1);
        Right = Sorted(right, -1);
    }

    public double S { get; }

    /// <summary>Left lanes, index k holds id k + 1.</summary>
    public Lane[] Left { get; }

    /// <summary>Right lanes, index k holds id −(k + 1).</summary>
    public Lane[] Right { get; }

    public bool Has(int laneId) => laneId > 0 ? laneId <= Left.Length : laneId < 0 && -laneId <= Right.Length;

    public Lane LaneOf(int laneId) => laneId > 0 ? Left[laneId - 1] : Right[-laneId - 1];

    private static Lane[] Sorted(Lane[] lanes, int sign)
    {
        var result = new Lane[lanes.Length];
        foreach (var lane in lanes)
        {
            int index = sign * lane.Id - 1;
            if (index < 0 || index >= lanes.Length)
            {
                throw new ArgumentException($"lane ids on the {(sign > 0 ? "left" : "right")} must run {sign}, {2 * sign}, … without gaps; got {lane.Id}");
            }

            if (result[index] is not null) throw new ArgumentException($"lane id {lane.Id} appears twice");
            result[index] = lane;
        }

        return result;
    }
}
