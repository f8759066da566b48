using System.Collections.Generic;
using System.IO;
using StepLog.Cli.Input;
using StepLog.Cli.Text;

namespace StepLog.Cli.Model;

/// <summary>
/// The one read every log command makes (report, query, timeline): the inputs' lines (<see cref="LogReader"/>), the
/// StepLog events among them, the runs they make (<see cref="Correlator"/>), handed to the command's observers.
/// Streaming: a few batches of lines in memory at a time (parsed on every core, see <see cref="LogReader"/>), and the
/// operations open at that moment.
/// </summary>
internal sealed class LogPipeline
{
    private readonly LogReader _reader;

    /// <param name="reader">Where the lines come from; one that reads the process's standard input for <c>-</c> when null.</param>
    public LogPipeline(LogReader? reader = null) => _reader = reader ?? new LogReader();

    /// <summary>What reading came to: lines, events, and every skipped line counted by why.</summary>
    public ReadStatistics Statistics => _reader.Statistics;

    /// <summary>Reads every source once, in order, and tells the observers what the runs did.</summary>
    /// <param name="sources">The inputs, as <see cref="InputPaths"/> expanded them.</param>
    /// <param name="observers">The command's consumers of the runs, told in their order.</param>
    /// <param name="keepTree">Whether ended operations keep their steps and nested operations (the timeline draws them).</param>
    /// <exception cref="IOException">A file could not be opened or read; the message names it.</exception>
    public void Run(IEnumerable<InputSource> sources, bool keepTree, params IOperationObserver[] observers)
    {
        var correlator = new Correlator(observers.Length == 1 ? observers[0] : new ObserverFanOut(observers), keepTree);
        foreach (var logEvent in _reader.Read(sources))
        {
            correlator.Add(logEvent);
        }

        correlator.EndOfFile();
    }

    /// <summary>As <see cref="Run"/>; false after saying in one line which file could not be read (exit code 2).</summary>
    public bool TryRun(IEnumerable<InputSource> sources, bool keepTree, TextWriter error, string errorPrefix, params IOperationObserver[] observers)
    {
        try
        {
            Run(sources, keepTree, observers);
            return true;
        }
        catch (IOException problem)
        {
            error.WriteLine(errorPrefix + SafeText.Clean(problem.Message));
            return false;
        }
    }

    /// <summary>Hands the correlator's news to several observers, in their order.</summary>
    private sealed class ObserverFanOut(IOperationObserver[] observers) : IOperationObserver
    {
        void IOperationObserver.EventRead(LogEvent logEvent, OperationRun operation, StepRun? step)
        {
            foreach (var observer in observers)
            {
                observer.EventRead(logEvent, operation, step);
            }
        }

        void IOperationObserver.StepEnded(StepRun step)
        {
            foreach (var observer in observers)
            {
                observer.StepEnded(step);
            }
        }

        void IOperationObserver.OperationEnded(OperationRun operation)
        {
            foreach (var observer in observers)
            {
                observer.OperationEnded(operation);
            }
        }

        void IOperationObserver.IssueFound(CorrelationIssue issue)
        {
            foreach (var observer in observers)
            {
                observer.IssueFound(issue);
            }
        }
    }
}
