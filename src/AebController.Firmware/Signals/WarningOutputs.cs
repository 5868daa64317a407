namespace AebController.Firmware.Signals;

/// <summary>Driver warning channels; UN R152 asks for at least two of them for a collision warning.</summary>
[Flags]
public enum WarningOutputs : byte
{
    None = 0,
    Acoustic = 1,
    Visual = 2,
    Haptic = 4,
}
