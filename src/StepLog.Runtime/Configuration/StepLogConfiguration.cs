using System;
using Microsoft.Extensions.Logging;

namespace StepLog;

/// <summary>
/// Everything StepLog is configured with, as one immutable value: the factory of default loggers, the sampling of
/// successful operations, where step records go, the fault handler and the clock of held lines. A change builds a new
/// snapshot and swaps it in whole (<see cref="ConfigurationSlot"/>), so that a reader sees one consistent configuration
/// with one read, never half of a change.
/// </summary>
internal sealed class StepLogConfiguration
{
    /// <summary>Zero configuration: the console, every operation's lines, no store, the first fault of each source on standard error.</summary>
    public static readonly StepLogConfiguration Defaults = new(
        loggerFactory: null,
        SamplingSettings.Defaults,
        sinks: null,
        StepLogging.DefaultFaultHandler,
        static () => DateTimeOffset.UtcNow);

    private StepLogConfiguration(
        ILoggerFactory? loggerFactory, SamplingSettings sampling, RecordSinks? sinks, Action<Exception>? faultHandler, Func<DateTimeOffset> clock)
    {
        LoggerFactory = loggerFactory;
        Sampling = sampling;
        ActiveSampling = sampling.Rate < 1.0 ? sampling : null;
        Sinks = sinks;
        FaultHandler = faultHandler;
        Clock = clock;
    }

    /// <summary>The application's factory for default loggers; null for the zero-configuration console.</summary>
    public ILoggerFactory? LoggerFactory { get; }

    /// <summary>The sampling as configured, also at a rate of 1.</summary>
    public SamplingSettings Sampling { get; }

    /// <summary>The sampling in force when some operations are sampled; null when every operation is kept, so that a run pays one null check.</summary>
    public SamplingSettings? ActiveSampling { get; }

    /// <summary>Where step records go; null when neither a store nor an observer is set, so that no record is built.</summary>
    public RecordSinks? Sinks { get; }

    /// <summary>Who is told of a fault StepLog kept out of the user's code; null to drop them.</summary>
    public Action<Exception>? FaultHandler { get; }

    /// <summary>Where held lines take their timestamps; replaced by tests that need known times.</summary>
    public Func<DateTimeOffset> Clock { get; }

    public StepLogConfiguration WithLoggerFactory(ILoggerFactory? factory) => new(factory, Sampling, Sinks, FaultHandler, Clock);

    public StepLogConfiguration WithSampling(SamplingSettings sampling) => new(LoggerFactory, sampling, Sinks, FaultHandler, Clock);

    // No sinks at all is published as null: the recording path then reads one null.
    public StepLogConfiguration WithSinks(RecordSinks sinks) =>
        new(LoggerFactory, Sampling, sinks.Store is null && sinks.Observers.Length == 0 ? null : sinks, FaultHandler, Clock);

    public StepLogConfiguration WithFaultHandler(Action<Exception>? handler) => new(LoggerFactory, Sampling, Sinks, handler, Clock);

    public StepLogConfiguration WithClock(Func<DateTimeOffset> clock) => new(LoggerFactory, Sampling, Sinks, FaultHandler, clock);
}
