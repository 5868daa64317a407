using AebController.Emulation.Faults;
using AebController.Scenarios.Faults;

namespace AebController.Scenarios.Tests.Faults;

/// <summary>
/// Issue 9 asks the campaign to cover "every input signal": every input the emulator can corrupt (its own list,
/// <see cref="FaultInput"/>, not the campaign's) must be a row of the campaign's signal table.
/// </summary>
public class SignalTableCoverageTests
{
    public static TheoryData<FaultInput> Inputs()
    {
        var data = new TheoryData<FaultInput>();
        foreach (var input in Enum.GetValues<FaultInput>()) data.Add(input);
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_emulator_input_is_a_row_of_the_campaign(FaultInput input)
    {
        Assert.Contains(SignalTable.All, s => s.Input == input);
    }

    [Theory]
    [InlineData("frontLeftCornerRadar")]
    [InlineData("frontRightCornerRadar")]
    public void A_corner_radar_gets_every_fault_an_object_list_can_have(string name)
    {
        var row = Assert.Single(SignalTable.All, s => s.Name == name);
        // Its range field (glitches, biases, drifts, values no radar gives) and its whole list (frozen, silent, late).
        foreach (var c in new[] { FaultClass.Spike, FaultClass.Burst, FaultClass.Stuck, FaultClass.Offset, FaultClass.Drift,
                     FaultClass.NaN, FaultClass.PositiveInfinity, FaultClass.NegativeInfinity, FaultClass.Dropout, FaultClass.Delay })
        {
            Assert.True(row.Applies(c), $"{name} lacks {c}");
        }

        // A silent list is stale after about four missed 20 Hz lists: a code within 250 ms, as the front radar's.
        Assert.Equal(0.25f, row.DetectWithinS[FaultClass.Dropout]);
    }
}
