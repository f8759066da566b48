using Microsoft.Extensions.Logging;
using StepLog.Generated.Tests.Subjects;
using StepLog.Testing;

namespace StepLog.Generated.Tests;

/// <summary>Each place a generated method finds its logger in, compiled and run.</summary>
public class LoggerSourceTests
{
    private readonly LogCapture _capture = new();

    [Fact]
    public void A_logger_parameter_wins_over_a_field()
    {
        new ParameterLogger(_capture.CreateLogger("Field")).Run(_capture.CreateLogger<ParameterLogger>(), 7);

        Assert.Equal(
            ["▶️  [1/1] With the parameter's logger (item_id=7)", "✅ [1/1] With the parameter's logger - SUCCESS (duration_ms=#)"],
            _capture.Lines.Select(Lines.Normalize));
        Assert.All(_capture.Entries, e => Assert.Equal(typeof(ParameterLogger).FullName, e.Category));
    }

    [Fact]
    public void A_records_logger_property_is_used()
    {
        new RecordLogger(_capture.CreateLogger("Record")).Run();

        Assert.Equal(2, _capture.Entries.Count);
        Assert.All(_capture.Entries, e => Assert.Equal("Record", e.Category));
    }

    [Fact]
    public void A_primary_constructor_logger_is_used()
    {
        new PrimaryConstructorLogger(_capture.CreateLogger("Primary")).Run();

        Assert.Equal(2, _capture.Entries.Count);
        Assert.All(_capture.Entries, e => Assert.Equal("Primary", e.Category));
    }
}
