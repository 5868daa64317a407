using AebController.Firmware.Calibration;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Faults;

/// <summary>What one campaign worker keeps from run to run: its runner (and cycle buffer) and its probe.</summary>
public sealed class CampaignWorker
{
    public CampaignWorker(AebCalibration calibration)
    {
        Runner = new ScenarioRunner(calibration);
    }

    public ScenarioRunner Runner { get; }
    public VisibilityProbe Probe { get; } = new();
}
