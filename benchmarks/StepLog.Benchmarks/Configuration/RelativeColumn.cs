using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace StepLog.Benchmarks.Configuration;

/// <summary>
/// Compares each case with a reference case of its own class, parameters, category and job: the baseline (the bare
/// call; [LoggerMessage] in the compile-time cases) or the [LoggerMessage] case. BenchmarkDotNet's own Ratio column
/// gives up ("?") when the baseline is a nanosecond, which the bare call is; the differences are what the
/// instrumentation adds.
/// </summary>
public sealed class RelativeColumn : IColumn
{
    private readonly Func<BenchmarkCase, bool> _isReference;
    private readonly Measure _measure;

    private RelativeColumn(string columnName, Func<BenchmarkCase, bool> isReference, Measure measure, string legend)
    {
        ColumnName = columnName;
        _isReference = isReference;
        _measure = measure;
        Legend = legend;
    }

    private enum Measure
    {
        TimeRatio,
        TimeDifference,
        AllocationDifference,
    }

    public static RelativeColumn RatioToBaseline { get; } = new(
        "vs baseline", IsBaseline, Measure.TimeRatio, "Mean divided by the baseline's mean (the bare call; [LoggerMessage] for compile-time cases)");

    public static RelativeColumn TimeOverBaseline { get; } = new(
        "Time over baseline", IsBaseline, Measure.TimeDifference, "Mean minus the baseline's mean: the time the instrumentation adds");

    public static RelativeColumn AllocationOverBaseline { get; } = new(
        "Alloc over baseline", IsBaseline, Measure.AllocationDifference, "Bytes allocated per operation beyond the baseline's: what the instrumentation allocates");

    public static RelativeColumn RatioToLoggerMessage { get; } = new(
        "vs LoggerMessage", IsLoggerMessage, Measure.TimeRatio, "Mean divided by the hand-written [LoggerMessage] case's mean");

    public string Id => "StepLog." + ColumnName;

    public string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => (int)_measure;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend { get; }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var reference = summary.BenchmarksCases.FirstOrDefault(other => _isReference(other) && SameGroup(other, benchmarkCase));
        var mine = summary[benchmarkCase];
        var theirs = reference is null ? null : summary[reference];
        if (mine is null || theirs is null)
        {
            return "-";
        }

        if (_measure == Measure.AllocationDifference)
        {
            var own = mine.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            var floor = theirs.GcStats.GetBytesAllocatedPerOperation(reference!);
            return own is null || floor is null ? "-" : FormatBytes(own.Value - floor.Value);
        }

        var mean = mine.ResultStatistics?.Mean;
        var referenceMean = theirs.ResultStatistics?.Mean;
        if (mean is null || referenceMean is null)
        {
            return "-";
        }

        return _measure == Measure.TimeRatio
            ? (referenceMean.Value == 0 ? "-" : (mean.Value / referenceMean.Value).ToString("0.00", CultureInfo.InvariantCulture))
            : FormatNanoseconds(mean.Value - referenceMean.Value);
    }

    /// <summary>Shown only where some class has the reference case.</summary>
    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(_isReference);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;

    private static bool IsBaseline(BenchmarkCase benchmarkCase) => benchmarkCase.Descriptor.Baseline;

    private static bool IsLoggerMessage(BenchmarkCase benchmarkCase) => benchmarkCase.Descriptor.WorkloadMethod.Name == "LoggerMessage";

    private static bool SameGroup(BenchmarkCase one, BenchmarkCase other) =>
        one.Descriptor.Type == other.Descriptor.Type &&
        one.Descriptor.Categories.SequenceEqual(other.Descriptor.Categories) &&
        one.Job.DisplayInfo == other.Job.DisplayInfo &&
        one.Parameters.DisplayInfo == other.Parameters.DisplayInfo;

    private static string FormatBytes(long bytes) => Math.Abs(bytes) switch
    {
        < 10_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 10_000_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.0} MB"),
    };

    private static string FormatNanoseconds(double nanoseconds) => Math.Abs(nanoseconds) switch
    {
        < 10_000 => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds:0.0} ns"),
        < 10_000_000 => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1_000:0.0} μs"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1_000_000:0.0} ms"),
    };
}
