using System.Collections.Generic;
using StepLog.Cli.Input;
using StepLog.Cli.Model;

namespace StepLog.Cli.Report;

/// <summary>Reads the inputs once, streaming, and builds the report.</summary>
internal static class ReportRun
{
    public static ReportResult Run(IEnumerable<InputSource> sources, double slowMs, LogReader? reader = null)
    {
        reader ??= new LogReader();
        var builder = new ReportBuilder();
        var correlator = new Correlator(builder, keepTree: false);
        foreach (var logEvent in reader.Read(sources))
        {
            correlator.Add(logEvent);
        }

        correlator.EndOfFile();
        return builder.Build(slowMs, reader.Statistics);
    }
}
