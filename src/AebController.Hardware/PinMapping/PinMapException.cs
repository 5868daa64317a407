using AebController.Firmware.Files;

namespace AebController.Hardware.PinMapping;

/// <summary>A pin map that cannot be used; the message names the file, the field and the problem.</summary>
public sealed class PinMapException : InputFileException
{
    public PinMapException(string file, string field, string problem)
        : base(file, field, problem)
    {
    }

    public static PinMapException From(InputFileException ex) =>
        ex as PinMapException ?? new PinMapException(ex.File, ex.FieldPath, ex.Problem);
}
