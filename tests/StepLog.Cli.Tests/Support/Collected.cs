using StepLog.Cli.Input;
using StepLog.Cli.Model;

namespace StepLog.Cli.Tests.Support;

/// <summary>Everything the correlator hands on while a log is read, kept for the assertions.</summary>
internal sealed class Collected : IOperationObserver
{
    public List<LogEvent> Events { get; } = [];

    public List<OperationRun> Operations { get; } = [];

    public List<CorrelationIssue> Issues { get; } = [];

    public ReadStatistics Statistics { get; private set; } = new();

    public static Collected Read(params string[] paths) => Read(keepTree: true, paths);

    public static Collected Read(bool keepTree, params string[] paths)
    {
        var collected = new Collected();
        var pipeline = new LogPipeline();
        pipeline.Run(paths.Select(InputSource.File), keepTree, collected);
        collected.Statistics = pipeline.Statistics;
        return collected;
    }

    /// <summary>Reads text given inline, as a file.</summary>
    public static Collected ReadText(string text)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("steplog-cli-text-").FullName, "inline.log");
        File.WriteAllText(path, text);
        return Read(path);
    }

    public OperationRun Operation(string name) => Operations.Single(o => o.Name == name);

    void IOperationObserver.EventRead(LogEvent logEvent, OperationRun operation, StepRun? step) => Events.Add(logEvent);

    void IOperationObserver.OperationEnded(OperationRun operation) => Operations.Add(operation);

    void IOperationObserver.IssueFound(CorrelationIssue issue) => Issues.Add(issue);
}
