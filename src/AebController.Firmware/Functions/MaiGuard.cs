namespace AebController.Firmware.Functions;

/// <summary>The named conditions that move MAI's state machine (see <see cref="MaiTable"/>).</summary>
public enum MaiGuard : byte
{
    /// <summary>The accelerator is faulted, or an input MAI needs (speed, gear) is.</summary>
    InputsFaulted,
    /// <summary>Inputs healthy again, and in drive or reverse at or below MAI's top speed.</summary>
    RecoveredArmed,
    /// <summary>Inputs healthy again, but out of drive and reverse or above MAI's top speed.</summary>
    RecoveredDisarmed,
    /// <summary>In drive or reverse at or below MAI's top speed.</summary>
    Armed,
    /// <summary>Out of drive and reverse, or above MAI's top speed.</summary>
    Disarmed,
    /// <summary>Released from a suppression and pressed deep again within the second-press window: the driver means it.</summary>
    SecondPress,
    /// <summary>A deep fast press toward an obstacle that stands or closes, or a suspected deep press that needed AEB braking.</summary>
    PedalError,
    /// <summary>A slammed pedal right after a gear change from near standstill, nothing detected.</summary>
    OpenSlam,
    /// <summary>The accelerator faulted while a suppression's own ends (obstacle gone, time-out) have been reached.</summary>
    PedalFaultedSuppressionOver,
    /// <summary>The driver released the accelerator (a healthy pedal).</summary>
    PedalReleased,
    /// <summary>No obstacle standing or closing (and no faulted sensor for it) for the obstacle-gone time.</summary>
    ObstacleGone,
    /// <summary>The obstacle suppression has lasted its time.</summary>
    ObstacleSuppressionOver,
    /// <summary>The open suppression has lasted its time.</summary>
    OpenSuppressionOver,
    /// <summary>During an open suppression an obstacle stands or closes in range (a healthy pedal).</summary>
    ObstacleAppears,
    /// <summary>The accelerator is back at rest, or the car is out of drive and reverse.</summary>
    PedalOffOrOutOfGear,
}
