using System.Buffers.Binary;
using System.Device.I2c;

namespace AebController.Hardware.Tests.Emulation;

/// <summary>
/// ADS1115 at register level: a pointer register, the 16-bit big-endian config (OS, MUX, PGA, MODE)
/// and conversion registers. Writing the config with OS set converts the selected single-ended
/// channel at once (OS reads back as 1: not busy), at the programmed full scale.
/// </summary>
public sealed class EmulatedAds1115(int bus, int address) : I2cDevice
{
    private readonly object _gate = new();
    private readonly double[] _channelVolts = new double[4];
    private readonly ushort[] _registers = new ushort[4];
    private byte _pointer;

    public override I2cConnectionSettings ConnectionSettings { get; } = new(bus, address);
    public int Conversions { get; private set; }

    /// <summary>Unplugged: every transfer fails as a real bus does (no acknowledge).</summary>
    public bool Disconnected { get; set; }

    public void SetVolts(int channel, double volts)
    {
        lock (_gate) _channelVolts[channel] = volts;
    }

    public override void Read(Span<byte> buffer)
    {
        if (Disconnected) throw new IOException("no acknowledge from 0x48");
        lock (_gate)
        {
            ushort value = _registers[_pointer & 3];
            Span<byte> bytes = stackalloc byte[2];
            BinaryPrimitives.WriteUInt16BigEndian(bytes, value);
            for (int i = 0; i < buffer.Length; i++) buffer[i] = bytes[i % 2];
        }
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (Disconnected) throw new IOException("no acknowledge from 0x48");
        lock (_gate)
        {
            if (buffer.Length == 0) return;
            _pointer = buffer[0];
            if (buffer.Length < 3) return;
            ushort value = BinaryPrimitives.ReadUInt16BigEndian(buffer[1..3]);
            int register = _pointer & 3;
            if (register == 0) return; // the conversion register is read-only
            _registers[register] = value;
            if (register == 1 && (value & 0x8000) != 0) Convert(value);
        }
    }

    public override void WriteRead(ReadOnlySpan<byte> writeBuffer, Span<byte> readBuffer)
    {
        Write(writeBuffer);
        Read(readBuffer);
    }

    private void Convert(ushort config)
    {
        int mux = (config >> 12) & 7;
        int pga = (config >> 9) & 7;
        double fullScale = pga switch { 0 => 6.144, 1 => 4.096, 2 => 2.048, 3 => 1.024, 4 => 0.512, _ => 0.256 };
        double volts = mux >= 4 ? _channelVolts[mux - 4] : 0.0; // differential inputs are not wired here
        int raw = (int)Math.Round(volts / fullScale * 32768.0);
        _registers[0] = (ushort)(short)Math.Clamp(raw, short.MinValue, short.MaxValue);
        _registers[1] = (ushort)(config | 0x8000);
        Conversions++;
    }
}
