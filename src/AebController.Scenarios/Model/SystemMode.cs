namespace AebController.Scenarios.Model;

/// <summary>Whether the controller's commands reach the car; off gives the comparison run some protocols need.</summary>
public enum SystemMode
{
    On,
    Off,
}
