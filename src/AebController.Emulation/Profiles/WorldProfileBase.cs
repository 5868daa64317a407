namespace AebController.Emulation.Profiles;

/// <summary>The built-in profile a user's profile starts from (its "base" field).</summary>
public enum WorldProfileBase
{
    Ideal,
    Realistic,
}
