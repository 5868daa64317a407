using AebController.Emulation.Profiles;
using AebController.Firmware.Calibration;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Faults;

/// <summary>What one campaign worker keeps from run to run: its runner (and cycle buffer) and its probe.</summary>
public sealed class CampaignWorker
{
    public CampaignWorker(AebCalibration calibration, WorldProfile world)
    {
        Runner = new ScenarioRunner(calibration, world: world);
    }

    public ScenarioRunner Runner { get; }
    public VisibilityProbe Probe { get; } = new();
}
