using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Monitoring;

/// <summary>A frame in which every input is fresh and plausible; tests then break one thing.</summary>
internal static class HealthyFrame
{
    public static SensorFrame Create(long nowUs, float speedMps = 10f, float pedal = 0.3f)
    {
        var frame = new SensorFrame();
        frame.Clear();
        Refresh(frame, nowUs, speedMps, pedal);
        return frame;
    }

    public static void Refresh(SensorFrame frame, long nowUs, float speedMps = 10f, float pedal = 0.3f)
    {
        frame.NowUs = nowUs;
        frame.FrontRadar.SensorOk = true;
        frame.FrontRadar.AgeUs = 20_000;
        frame.RearRadar.SensorOk = true;
        frame.RearRadar.AgeUs = 20_000;
        frame.FrontLeftCornerRadar.SensorOk = true;
        frame.FrontLeftCornerRadar.AgeUs = 20_000;
        frame.FrontRightCornerRadar.SensorOk = true;
        frame.FrontRightCornerRadar.AgeUs = 20_000;
        frame.FrontCamera.SensorOk = true;
        frame.FrontCamera.AgeUs = 20_000;
        for (int i = 0; i < UltrasonicEchoBuffer.Capacity; i++) frame.Ultrasonics[i] = new UltrasonicEcho { AgeUs = 30_000 };
        frame.Pedals = new PedalInputs { AccelTrack1 = pedal, AccelTrack2 = pedal / 2f, AgeUs = 0 };
        frame.Motion = new VehicleMotion { WheelSpeedMps = speedMps, AgeUs = 0 };
        frame.Steering = new SteeringInput { AgeUs = 0 };
        frame.Gear = new GearInput { Gear = Gear.Drive, AgeUs = 0 };
        frame.BrakeFeedback = new BrakeFeedback { AgeUs = 0 };
    }
}
