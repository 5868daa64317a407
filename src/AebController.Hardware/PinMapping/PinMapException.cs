namespace AebController.Hardware.PinMapping;

/// <summary>A pin map that cannot be used; the message names the field and the problem.</summary>
public sealed class PinMapException(string message) : Exception(message);
