using AebController.Hardware.PinMapping;

namespace AebController.Hardware.Tests;

public class PinMapTests
{
    private static string DefaultJson() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "pinmap.json"));

    [Fact]
    public void The_shipped_pin_map_is_valid()
    {
        var map = PinMapFile.Parse(DefaultJson(), "hw/pinmap.json");
        Assert.Equal(0x48, map.Adc.Address);
    }

    [Theory]
    [InlineData("\"buzzer\": 23", "\"buzzer\": 17", "outputs.buzzer", "already used by 'inputs.brakeSwitch'")]
    [InlineData("\"buzzer\": 23", "\"buzzer\": 40", "outputs.buzzer", "not a usable pin")]
    [InlineData("\"address\": 72", "\"address\": 200", "adc.address", "not a 7-bit I2C device address")]
    [InlineData("\"address\": 72", "\"address\": 80", "adc.address", "ADS1115 answers at 0x48–0x4B")]
    [InlineData("\"speedChannel\": 3", "\"speedChannel\": 1", "adc.speedChannel", "already used")]
    [InlineData("\"buzzer\": 23", "\"buzzr\": 23", "buzzr", "unknown field")]
    public void A_broken_pin_map_is_refused_naming_the_problem(string from, string to, string field, string problem)
    {
        string json = DefaultJson();
        Assert.Contains(from, json);
        var ex = Assert.Throws<PinMapException>(() => PinMapFile.Parse(json.Replace(from, to), "pinmap.json"));
        Assert.Contains(field, ex.Message);
        Assert.Contains(problem, ex.Message);
    }

    [Fact]
    public void A_missing_signal_group_is_named()
    {
        var ex = Assert.Throws<PinMapException>(() => PinMapValidator.Validate(new PinMap { Inputs = null! }, "pinmap.json"));
        Assert.Contains("inputs", ex.Message);
    }
}
