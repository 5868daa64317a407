namespace AebController.Emulation.Driver;

/// <summary>A value at a time; between keyframes values are interpolated linearly.</summary>
public readonly record struct Keyframe(float TimeS, float Value);
