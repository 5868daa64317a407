namespace AebController.Emulation.Sensors;

/// <summary>
/// A corner radar's place on the ego: its position in the ego's box frame (x forward from the box centre, y left) and
/// the angle its boresight is turned left from straight ahead.
/// </summary>
public readonly record struct RadarPose(float XM, float YM, float YawRad)
{
    /// <summary>The left (<paramref name="left"/>) or right corner of a car of this length, from the shared mounting.</summary>
    public static RadarPose FrontCorner(CornerRadarMount mount, float egoLengthM, bool left)
    {
        float side = left ? 1f : -1f;
        return new RadarPose(0.5f * egoLengthM - mount.SetbackM, side * mount.LateralM, side * mount.YawDeg * MathF.PI / 180f);
    }

    /// <summary>
    /// The point of an actor's footprint (centre, half extents along the ego's axes) nearest the sensor — where a
    /// corner radar's strongest near reflection comes from — in the sensor's frame (x along the boresight, y left of it).
    /// </summary>
    public void NearestPoint(float centreXM, float centreYM, float halfLengthM, float halfWidthM, out float xM, out float yM)
    {
        float px = Math.Clamp(XM, centreXM - halfLengthM, centreXM + halfLengthM);
        float py = Math.Clamp(YM, centreYM - halfWidthM, centreYM + halfWidthM);
        Rotate(px - XM, py - YM, out xM, out yM);
    }

    /// <summary>A vector of the ego frame (a relative velocity) in the sensor's frame.</summary>
    public void Rotate(float egoXM, float egoYM, out float sensorXM, out float sensorYM)
    {
        float c = MathF.Cos(YawRad);
        float s = MathF.Sin(YawRad);
        sensorXM = egoXM * c + egoYM * s;
        sensorYM = -egoXM * s + egoYM * c;
    }
}
