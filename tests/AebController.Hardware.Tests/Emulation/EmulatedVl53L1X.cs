using System.Buffers.Binary;
using System.Device.I2c;

namespace AebController.Hardware.Tests.Emulation;

/// <summary>
/// VL53L1X at register level: 16-bit big-endian register addresses with auto-increment, booted
/// firmware status (0x00E5), model id 0xEACC (0x010F), ranging started by 0x40 in SYSTEM__MODE_START
/// (0x0087), a new sample every timing budget signalled in GPIO__TIO_HV_STATUS (0x0031) until the
/// interrupt is cleared (0x0086), and the range in mm at 0x0096. Time is the bus's own: every I2C
/// transaction takes 100 µs (a few bytes at 400 kHz), so when a sample is ready depends on how often
/// the driver polls, never on how loaded the machine running the test is.
/// </summary>
public sealed class EmulatedVl53L1X(int bus, int address) : I2cDevice
{
    private const ushort TioHvStatus = 0x0031;
    private const ushort InterruptClear = 0x0086;
    private const ushort ModeStart = 0x0087;
    private const ushort RangeStatus = 0x0089;
    private const ushort RangeMm = 0x0096;
    private const ushort FirmwareStatus = 0x00E5;
    private const ushort ModelId = 0x010F;

    private readonly object _gate = new();
    private readonly byte[] _registers = new byte[0x10000];
    private const double TransactionMs = 0.1;
    private double _busMs;
    private ushort _pointer;
    private double _distanceMm = 4000;
    private double _lastSampleMs = double.NegativeInfinity;
    private bool _interruptPending;

    public override I2cConnectionSettings ConnectionSettings { get; } = new(bus, address);
    public double TimingBudgetMs { get; set; } = 20;
    public int Samples { get; private set; }

    public void SetDistanceMm(double mm)
    {
        lock (_gate) _distanceMm = mm;
    }

    public override void Read(Span<byte> buffer)
    {
        lock (_gate)
        {
            _busMs += TransactionMs;
            Refresh();
            for (int i = 0; i < buffer.Length; i++) buffer[i] = ReadRegister((ushort)(_pointer + i));
        }
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        lock (_gate)
        {
            _busMs += TransactionMs;
            if (buffer.Length < 2) throw new IOException("VL53L1X needs a 16-bit register address");
            _pointer = BinaryPrimitives.ReadUInt16BigEndian(buffer);
            for (int i = 2; i < buffer.Length; i++)
            {
                ushort register = (ushort)(_pointer + i - 2);
                _registers[register] = buffer[i];
                if (register == InterruptClear && buffer[i] == 0x01) _interruptPending = false;
                if (register == ModeStart && buffer[i] == 0x40) _lastSampleMs = _busMs;
            }
        }
    }

    public override void WriteRead(ReadOnlySpan<byte> writeBuffer, Span<byte> readBuffer)
    {
        Write(writeBuffer);
        Read(readBuffer);
    }

    private void Refresh()
    {
        if (_registers[ModeStart] != 0x40) return;
        double now = _busMs;
        if (!_interruptPending && now - _lastSampleMs >= TimingBudgetMs)
        {
            _lastSampleMs = now;
            ushort mm = (ushort)Math.Clamp(Math.Round(_distanceMm), 0, 65535);
            BinaryPrimitives.WriteUInt16BigEndian(_registers.AsSpan(RangeMm), mm);
            _registers[RangeStatus] = 9; // range valid
            _interruptPending = true;
            Samples++;
        }
    }

    private byte ReadRegister(ushort register) => register switch
    {
        FirmwareStatus => 0x01,
        ModelId => 0xEA,
        ModelId + 1 => 0xCC,
        TioHvStatus => (byte)(_interruptPending ? 0x01 : 0x00),
        _ => _registers[register],
    };
}
