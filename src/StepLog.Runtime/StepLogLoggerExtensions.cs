using System;
using Microsoft.Extensions.Logging;

namespace StepLog;

/// <summary>
/// One-line step logging on any <see cref="ILogger"/>, for code that logs a single step without a
/// <see cref="StepLogger"/>, e.g. a step of a job whose operation another process started.
/// The operation's name and depth come from the ambient operation when there is one.
/// </summary>
public static class StepLogLoggerExtensions
{
    /// <summary>Logs <c>▶️  [n/N] {stepName}</c>.</summary>
    /// <param name="logger">The logger.</param>
    /// <param name="stepNumber">The step's number.</param>
    /// <param name="stepName">The step's name.</param>
    /// <param name="totalSteps">The number of steps; 0 when unknown.</param>
    /// <param name="operationName">The operation's name for the structured fields; the ambient operation's when null.</param>
    public static void LogStepStart(this ILogger logger, int stepNumber, string stepName, int totalSteps = 0, string? operationName = null) =>
        Write(logger, LogLevel.Information, StepEvent.StepStart, stepNumber, stepName, totalSteps, operationName, double.NaN, null, null, default(StepMetadata));

    /// <summary>Logs <c>✅ [n/N] {stepName} - SUCCESS (…)</c>, with <c>duration_ms</c> when given.</summary>
    /// <param name="logger">The logger.</param>
    /// <param name="stepNumber">The step's number.</param>
    /// <param name="stepName">The step's name.</param>
    /// <param name="totalSteps">The number of steps; 0 when unknown.</param>
    /// <param name="duration">How long the step took, if known.</param>
    /// <param name="operationName">The operation's name for the structured fields; the ambient operation's when null.</param>
    public static void LogStepSuccess(this ILogger logger, int stepNumber, string stepName, int totalSteps = 0, TimeSpan? duration = null, string? operationName = null) =>
        LogStepSuccess(logger, stepNumber, stepName, default(StepMetadata), totalSteps, duration, operationName);

    /// <summary>Logs <c>✅ [n/N] {stepName} - SUCCESS (k=v, …)</c> with the given values, e.g. <c>StepMetadata.Of("records", 1000)</c>.</summary>
    /// <typeparam name="TMetadata">A value type that carries the named values.</typeparam>
    /// <param name="logger">The logger.</param>
    /// <param name="stepNumber">The step's number.</param>
    /// <param name="stepName">The step's name.</param>
    /// <param name="metadata">The named values.</param>
    /// <param name="totalSteps">The number of steps; 0 when unknown.</param>
    /// <param name="duration">How long the step took, if known.</param>
    /// <param name="operationName">The operation's name for the structured fields; the ambient operation's when null.</param>
    public static void LogStepSuccess<TMetadata>(this ILogger logger, int stepNumber, string stepName, in TMetadata metadata, int totalSteps = 0, TimeSpan? duration = null, string? operationName = null)
        where TMetadata : struct, IStepMetadata =>
        Write(logger, LogLevel.Information, StepEvent.StepSuccess, stepNumber, stepName, totalSteps, operationName, duration?.TotalMilliseconds ?? double.NaN, null, null, metadata);

    /// <summary>Logs <c>❌ [n/N] {stepName} - FAILED: {message}</c> at Error with the exception attached.</summary>
    /// <param name="logger">The logger.</param>
    /// <param name="stepNumber">The step's number.</param>
    /// <param name="stepName">The step's name.</param>
    /// <param name="error">The exception that failed the step; only logged, not thrown.</param>
    /// <param name="totalSteps">The number of steps; 0 when unknown.</param>
    /// <param name="duration">How long the step took, if known.</param>
    /// <param name="operationName">The operation's name for the structured fields; the ambient operation's when null.</param>
    public static void LogStepFailure(this ILogger logger, int stepNumber, string stepName, Exception error, int totalSteps = 0, TimeSpan? duration = null, string? operationName = null) =>
        Write(logger, LogLevel.Error, StepEvent.StepFailure, stepNumber, stepName, totalSteps, operationName, duration?.TotalMilliseconds ?? double.NaN, EntryWriter.MessageOf(error), error, default(StepMetadata));

    private static void Write<TMetadata>(ILogger logger, LogLevel level, StepEvent kind, int stepNumber, string stepName, int totalSteps, string? operationName, double durationMs, string? text, Exception? error, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata
    {
        if (logger is null || !EntryWriter.IsEnabled(logger, level))
        {
            return;
        }

        var depth = Ambient.StepContext(out var identity);
        var entry = new StepLogEntry<TMetadata>(kind, operationName ?? Ambient.OperationName ?? "", stepName, stepNumber, totalSteps, depth, durationMs, text, metadata, identity);
        EntryWriter.Write(logger, level, entry, error, identity.Held);
    }
}
