using System.Collections.Generic;
using StepLog.Cli.Input;
using StepLog.Cli.Model;

namespace StepLog.Cli.Report;

/// <summary>Reads the inputs once, streaming, and builds the report.</summary>
internal static class ReportRun
{
    public static ReportResult Run(IEnumerable<InputSource> sources, double slowMs, LogReader? reader = null)
    {
        var pipeline = new LogPipeline(reader);
        var builder = new ReportBuilder();
        pipeline.Run(sources, keepTree: false, builder);
        return builder.Build(slowMs, pipeline.Statistics);
    }
}
