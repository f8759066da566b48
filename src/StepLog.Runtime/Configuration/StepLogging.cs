using System;
using System.Text;
using System.Threading;
using Microsoft.Extensions.Logging;

namespace StepLog;

/// <summary>
/// StepLog's zero-configuration default: with no setup at all, lines go to the console through the
/// <c>steplog</c> formatter at the level named by <c>STEPLOG_LEVEL</c> or <c>LOG_LEVEL</c> (Information when neither
/// is set). One call, <see cref="UseLoggerFactory"/>, or <c>AddStepLog()</c> on a host's logging builder, replaces it
/// with the application's own logging.
/// </summary>
public static partial class StepLogging
{
    /// <summary>The name of the <see cref="System.Diagnostics.ActivitySource"/> of operations and steps, to listen to with OpenTelemetry's <c>AddSource</c>.</summary>
    public const string ActivitySourceName = "StepLog";

    private static readonly object Gate = new();
    private static ILoggerFactory? s_factory;
    private static ILoggerFactory? s_default;
    private static int s_version;
    private static readonly int[] s_faultReported = new int[(int)FaultSource.ItemId + 1];
    private static readonly Action<Exception> DefaultFaultHandler = WriteFirstFaultToStandardError;

    /// <summary>
    /// Called with any exception a logging provider threw while StepLog wrote a line (the line is dropped), and with
    /// the faults of stores and of a batch's progress file and checkpoint; the user's code goes on. By default the first
    /// fault of each source is written to standard error, naming the source, so that a broken logging setup or an
    /// unwritable file is seen, and later ones are dropped. Set to null to drop all.
    /// </summary>
    public static Action<Exception>? LoggingFault { get; set; } = DefaultFaultHandler;

    /// <summary>The factory that default loggers (those of generated code in types that have no logger) write to.</summary>
    public static ILoggerFactory LoggerFactory
    {
        get
        {
            var factory = Volatile.Read(ref s_factory);
            if (factory is not null)
            {
                return factory;
            }

            lock (Gate)
            {
                return s_factory ?? (s_default ??= DefaultConsole.CreateFactory());
            }
        }
    }

    internal static int Version => Volatile.Read(ref s_version);

    /// <summary>The default logger of category "StepLog", for operations created without a logger.</summary>
    internal static ILogger DefaultLogger { get; } = new DefaultLogger("StepLog");

    /// <summary>
    /// Sends every default logger's lines to <paramref name="factory"/> from now on, also loggers created before.
    /// Pass null to go back to the zero-configuration console.
    /// </summary>
    /// <param name="factory">The application's logger factory.</param>
    public static void UseLoggerFactory(ILoggerFactory? factory)
    {
        lock (Gate)
        {
            Volatile.Write(ref s_factory, factory);
            Interlocked.Increment(ref s_version);
        }
    }

    /// <summary>
    /// A logger of the given category that always writes to the current <see cref="LoggerFactory"/>, even after
    /// <see cref="UseLoggerFactory"/> replaced it. Generated code keeps one per type.
    /// </summary>
    /// <param name="categoryName">The category, by convention the full name of the type that logs.</param>
    public static ILogger CreateLogger(string categoryName) =>
        new DefaultLogger(categoryName ?? throw new ArgumentNullException(nameof(categoryName)));

    internal static void ReportFault(Exception fault) => ReportFault(fault, FaultSource.LoggingProvider);

    /// <summary>Hands a fault StepLog kept out of the user's code to <see cref="LoggingFault"/>, naming its source in the default report.</summary>
    internal static void ReportFault(Exception fault, FaultSource source)
    {
        try
        {
            var handler = LoggingFault;
            if (handler == DefaultFaultHandler)
            {
                WriteFirstFaultToStandardError(fault, source);
            }
            else
            {
                handler?.Invoke(fault);
            }
        }
        catch
        {
            // The fault handler is the last resort; nothing may escape it into the user's code.
        }
    }

    /// <summary>The default report of a fault: what threw, what it cost, on one line that no message can break.</summary>
    internal static string FaultMessage(Exception fault, FaultSource source)
    {
        var (what, cost) = source switch
        {
            FaultSource.Store => ("a step store", "The records were dropped"),
            FaultSource.RecordObserver => ("an observer of step records", "The observer missed the record"),
            FaultSource.ProgressFile => ("the progress file of a batch", "The progress report was not updated"),
            FaultSource.Checkpoint => ("the checkpoint of a batch", "Outcomes not written are run again by a rerun"),
            FaultSource.ItemId => ("the item id function of a batch", "The item's position stood in for its id"),
            _ => ("a logging provider", "The line was dropped"),
        };
        var message = new StringBuilder(160).Append("StepLog: ").Append(what).Append(" threw ");
        ValueText.AppendEscaped(message, fault.GetType().FullName);
        message.Append(": ");
        ValueText.AppendEscaped(message, fault.Message);
        return message.Append(". ").Append(cost)
            .Append("; later faults from the same source are dropped silently. Set StepLogging.LoggingFault to see them all.")
            .ToString();
    }

    // Once per source and process: a broken logging setup or an unwritable progress folder is seen, not repeated.
    private static void WriteFirstFaultToStandardError(Exception fault, FaultSource source)
    {
        if (Interlocked.Exchange(ref s_faultReported[(int)source], 1) == 0)
        {
            Console.Error.WriteLine(FaultMessage(fault, source));
        }
    }

    // The default value of LoggingFault; a handler set by the application gets the exception alone.
    private static void WriteFirstFaultToStandardError(Exception fault) => WriteFirstFaultToStandardError(fault, FaultSource.LoggingProvider);
}
