using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Perception;

/// <summary>
/// <see cref="TurnAcrossPath.BoxesOverlap"/> against hand geometry. Two rectangles that touch are in contact (a collision
/// is contact); a thin bar at 45° beside a square is apart exactly when its distance along the bar's own cross axis
/// exceeds the square's reach along that axis (√2 for a 2 × 2 square: its corner) plus the bar's half width: the one
/// axis that separates them there is the bar's second one, so each of the four axes must be the rectangles' own.
/// </summary>
public sealed class FootprintOverlapSeparatingAxisTests
{
    [Theory]
    [InlineData(2f, 0f)]
    [InlineData(-2f, 0f)]
    [InlineData(0f, 2f)]
    [InlineData(0f, -2f)]
    public void Squares_that_share_an_edge_are_in_contact(float dxM, float dyM)
    {
        // Two 2 × 2 squares (half sides 1), centres 2 m apart along an axis: edges coincide.
        Assert.True(TurnAcrossPath.BoxesOverlap(0f, 0f, 0f, 1f, 1f, dxM, dyM, 0f, 1f, 1f));
    }

    [Theory]
    [InlineData(1f)]   // bar at +45°
    [InlineData(-1f)]  // mirrored: bar at −45°
    public void A_bar_at_45_degrees_beside_a_square_is_apart_beyond_the_corner_reach_plus_its_half_width(float side)
    {
        // Square: centre 0, half sides 1. Bar: heading side·45°, half length 3, half width 0.1, its centre at distance D
        // along its cross axis n = (−sin h, cos h). The square reaches √2 along n (a corner), the bar 0.1: apart iff
        // D > √2 + 0.1 = 1.5142. Along the square's axes the bar reaches 0.707·3.1 = 2.19 beyond 1: no separation
        // there until 0.707·D > 3.19 (D > 4.5), and along the bar's length the offset is 0.
        float h = side * MathF.PI / 4f;
        float nx = -MathF.Sin(h), ny = MathF.Cos(h);
        float reach = MathF.Sqrt(2f) + 0.1f;
        for (float d = 1.0f; d <= 4.0f; d += 0.05f)
        {
            if (MathF.Abs(d - reach) < 0.01f) continue; // not at the touching distance itself: rounding decides there
            bool overlap = TurnAcrossPath.BoxesOverlap(0f, 0f, 0f, 1f, 1f, d * nx, d * ny, h, 3f, 0.1f);
            Assert.Equal(d < reach, overlap);
            // Swapping the two boxes swaps nothing.
            Assert.Equal(overlap, TurnAcrossPath.BoxesOverlap(d * nx, d * ny, h, 3f, 0.1f, 0f, 0f, 0f, 1f, 1f));
        }
    }
}
