using System.Runtime.CompilerServices;

namespace AebController.Firmware.Signals;

/// <summary>Fixed storage for the camera's object list.</summary>
[InlineArray(Capacity)]
public struct CameraObjectBuffer
{
    public const int Capacity = 16;

    private CameraObject _element0;
}
