using AebController.Firmware.Monitoring;

namespace AebController.Firmware.Tests.Monitoring;

/// <summary>
/// The gyro against the steering, against hand geometry: a car on a circle of radius R turns at v/R,
/// and the kinematic bicycle model gives R = L / tan(δ); friction can only make it turn less.
/// </summary>
public sealed class YawPlausibilityTests
{
    private const float Ratio = 15f;
    private const float WheelbaseM = 2.9f;
    private const float Tol = 0.03f;
    private const float Share = 0.3f;

    [Theory]
    [InlineData(0f, 13.9f, 0f)]                      // straight: no yaw
    [InlineData(0.5236f, 10f, 0.1205f)]              // 30° at the wheel → 2° road wheel: R = 2.9 / tan 2° = 83.0 m; 10 / 83.0
    [InlineData(-0.5236f, 10f, -0.1205f)]            // the other way
    [InlineData(1.5708f, 5f, 0.1812f)]               // 90° → 6°: R = 2.9 / tan 6° = 27.6 m; 5 / 27.6
    [InlineData(1.5708f, -5f, -0.1812f)]             // reversing turns the other way
    public void The_steered_yaw_is_speed_over_the_bicycle_model_radius(float wheelAngleRad, float speedMps, float expectedRps)
    {
        Assert.Equal(expectedRps, YawPlausibility.SteeredYawRps(wheelAngleRad, speedMps, Ratio, WheelbaseM), 3);
    }

    [Fact]
    public void Unknown_inputs_give_no_steered_yaw()
    {
        Assert.True(float.IsNaN(YawPlausibility.SteeredYawRps(float.NaN, 10f, Ratio, WheelbaseM)));
        Assert.True(float.IsNaN(YawPlausibility.SteeredYawRps(0.1f, float.PositiveInfinity, Ratio, WheelbaseM)));
        Assert.True(float.IsNaN(YawPlausibility.SteeredYawRps(0.1f, 10f, 0f, WheelbaseM)));
    }

    [Fact]
    public void The_yaw_band_is_swept_from_no_turn_to_the_steered_turn_widened_by_the_tolerances()
    {
        for (float steered = -1f; steered <= 1f; steered += 0.01f)
        for (float yaw = -1.5f; yaw <= 1.5f; yaw += 0.01f)
        {
            // Hand band: a car turns between not at all (friction) and as steered, plus 0.03 rad/s and 30 % of the steered yaw.
            float widen = Tol + Share * MathF.Abs(steered);
            float lo = (steered < 0f ? steered : 0f) - widen;
            float hi = (steered > 0f ? steered : 0f) + widen;
            bool expected = yaw >= lo && yaw <= hi;
            Assert.Equal(expected, YawPlausibility.YawAgrees(yaw, steered, Tol, Share));
        }
    }

    [Theory]
    [InlineData(0.05f, 0f, false)]     // the campaign's gyro bias on a straight road
    [InlineData(0.02f, 0f, true)]      // within a gyro's bias and a road crown
    [InlineData(0.2f, 0.3f, true)]     // understeer on a slippery road: turns less than steered
    [InlineData(0f, 0.3f, true)]       // sliding straight on: still no fault of the gyro
    [InlineData(-0.2f, 0.3f, false)]   // turning against the steering, beyond 0.03 + 30 % of 0.3
    [InlineData(0.5f, 0.3f, false)]    // turning far more than steered
    [InlineData(float.NaN, 0f, false)]
    [InlineData(0f, float.NaN, false)]
    public void Examples_read_as_physics(float yaw, float steered, bool agrees)
    {
        Assert.Equal(agrees, YawPlausibility.YawAgrees(yaw, steered, Tol, Share));
    }

    /// <summary>
    /// While a disagreeing gyro is being confirmed, the path bends only as the steering allows: the nearest yaw rate in
    /// the band. Swept: inside the band the gyro is kept as it is; outside, the answer agrees, lies on the band's edge on
    /// the gyro's side, and no agreeing value is nearer the gyro (hand: steering straight, band ±0.03 rad/s).
    /// </summary>
    [Fact]
    public void A_suspect_yaw_is_taken_as_the_nearest_the_steering_allows()
    {
        for (float steered = -0.5f; steered <= 0.5f; steered += 0.01f)
        for (float yaw = -0.8f; yaw <= 0.8f; yaw += 0.01f)
        {
            float taken = YawPlausibility.NearestAgreeing(yaw, steered, Tol, Share);
            Assert.True(YawPlausibility.YawAgrees(taken, steered, Tol + 1e-5f, Share), $"yaw {yaw}, steered {steered}: {taken}");
            if (YawPlausibility.YawAgrees(yaw, steered, Tol, Share)) Assert.Equal(yaw, taken);
            else
            {
                float widen = Tol + Share * MathF.Abs(steered);
                float edge = yaw > 0f ? MathF.Max(0f, steered) + widen : MathF.Min(0f, steered) - widen;
                Assert.Equal(edge, taken, 5);
            }
        }

        Assert.Equal(0.03f, YawPlausibility.NearestAgreeing(0.045f, 0f, Tol, Share), 5);   // ccrs-50: drift 0.05 rad/s² 0.9 s in
        Assert.Equal(-0.03f, YawPlausibility.NearestAgreeing(-0.2f, 0f, Tol, Share), 5);
        Assert.Equal(0.1f, YawPlausibility.NearestAgreeing(float.NaN, 0.1f, Tol, Share));   // a gyro reading no number: the steered yaw
    }
}
