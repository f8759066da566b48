// The public overloads of StepLogger that end a step or the operation (Success, Failure, Skip, Warning, Retry,
// Complete): each takes 0 to 4 named values as ("key", value) tuples, or any IStepMetadata value type for more, and
// only wraps them in a StepMetadata struct, without boxing. Start and Step are in StepLogger.Overloads.cs.
// The ladder is written out on purpose (duplicates reports it): a params array or boxed values would allocate on every
// call, and the allocation tests pin these calls at 0 B; each rung differs only in its method and arity.
// Not generated: the rungs are public API that changes only by a deliberate, approved change (tests/StepLog.PublicApi.Tests
// pins every signature), and a template or a generator of the runtime's own would add build machinery for files that
// do not otherwise change.
using System;

namespace StepLog;

public sealed partial class StepLogger
{
    /// <summary>Logs <c>✅ [n/N] {step} - SUCCESS (..., duration_ms=…)</c> for the step in progress.</summary>
    public void Success() => SuccessCore(default(StepMetadata));

    /// <summary>Logs <c>✅ [n/N] {step} - SUCCESS (..., duration_ms=…)</c> for the step in progress.</summary>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">A named value: ("key", value).</param>
    public void Success<T1>((string Key, T1 Value) value1) =>
        SuccessCore(new StepMetadata<T1>(value1.Key, value1.Value));

    /// <summary>Logs <c>✅ [n/N] {step} - SUCCESS (..., duration_ms=…)</c> for the step in progress.</summary>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">A named value: ("key", value).</param>
    /// <typeparam name="T2">The type of value 2.</typeparam>
    /// <param name="value2">A named value: ("key", value).</param>
    public void Success<T1, T2>((string Key, T1 Value) value1, (string Key, T2 Value) value2) =>
        SuccessCore(new StepMetadata<T1, T2>(value1.Key, value1.Value, value2.Key, value2.Value));

    /// <summary>Logs <c>✅ [n/N] {step} - SUCCESS (..., duration_ms=…)</c> for the step in progress.</summary>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">A named value: ("key", value).</param>
    /// <typeparam name="T2">The type of value 2.</typeparam>
    /// <param name="value2">A named value: ("key", value).</param>
    /// <typeparam name="T3">The type of value 3.</typeparam>
    /// <param name="value3">A named value: ("key", value).</param>
    public void Success<T1, T2, T3>((string Key, T1 Value) value1, (string Key, T2 Value) value2, (string Key, T3 Value) value3) =>
        SuccessCore(new StepMetadata<T1, T2, T3>(value1.Key, value1.Value, value2.Key, value2.Value, value3.Key, value3.Value));

    /// <summary>Logs <c>✅ [n/N] {step} - SUCCESS (..., duration_ms=…)</c> for the step in progress.</summary>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">A named value: ("key", value).</param>
    /// <typeparam name="T2">The type of value 2.</typeparam>
    /// <param name="value2">A named value: ("key", value).</param>
    /// <typeparam name="T3">The type of value 3.</typeparam>
    /// <param name="value3">A named value: ("key", value).</param>
    /// <typeparam name="T4">The type of value 4.</typeparam>
    /// <param name="value4">A named value: ("key", value).</param>
    public void Success<T1, T2, T3, T4>((string Key, T1 Value) value1, (string Key, T2 Value) value2, (string Key, T3 Value) value3, (string Key, T4 Value) value4) =>
        SuccessCore(new StepMetadata<T1, T2, T3, T4>(value1.Key, value1.Value, value2.Key, value2.Value, value3.Key, value3.Value, value4.Key, value4.Value));

    /// <summary>Logs <c>✅ [n/N] {step} - SUCCESS (..., duration_ms=…)</c> for the step in progress.</summary>
    /// <typeparam name="TMetadata">A value type that carries the named values.</typeparam>
    /// <param name="metadata">The named values.</param>
    public void Success<TMetadata>(in TMetadata metadata)
        where TMetadata : struct, IStepMetadata => SuccessCore(metadata);

    /// <summary>Logs <c>❌ [n/N] {step} - FAILED: {message} (..., duration_ms=…)</c> at Error for the step in progress, with the exception attached (or <c>⏹️  CANCELLED</c> at Warning for an <see cref="OperationCanceledException"/>). The exception is only logged, not thrown.</summary>
    /// <param name="error">The exception that failed the step.</param>
    public void Failure(Exception error) => FailureCore(error, default(StepMetadata));

    /// <summary>Logs <c>❌ [n/N] {step} - FAILED: {message} (..., duration_ms=…)</c> at Error for the step in progress, with the exception attached (or <c>⏹️  CANCELLED</c> at Warning for an <see cref="OperationCanceledException"/>). The exception is only logged, not thrown.</summary>
    /// <param name="error">The exception that failed the step.</param>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">A named value: ("key", value).</param>
    public void Failure<T1>(Exception error, (string Key, T1 Value) value1) =>
        FailureCore(error, new StepMetadata<T1>(value1.Key, value1.Value));

    /// <summary>Logs <c>❌ [n/N] {step} - FAILED: {message} (..., duration_ms=…)</c> at Error for the step in progress, with the exception attached (or <c>⏹️  CANCELLED</c> at Warning for an <see cref="OperationCanceledException"/>). The exception is only logged, not thrown.</summary>
    /// <param name="error">The exception that failed the step.</param>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">A named value: ("key", value).</param>
    /// <typeparam name="T2">The type of value 2.</typeparam>
    /// <param name="value2">A named value: ("key", value).</param>
    public void Failure<T1, T2>(Exception error, (string Key, T1 Value) value1, (string Key, T2 Value) value2) =>
        FailureCore(error, new StepMetadata<T1, T2>(value1.Key, value1.Value, value2.Key, value2.Value));

    /// <summary>Logs <c>❌ [n/N] {step} - FAILED: {message} (..., duration_ms=…)</c> at Error for the step in progress, with the exception attached (or <c>⏹️  CANCELLED</c> at Warning for an <see cref="OperationCanceledException"/>). The exception is only logged, not thrown.</summary>
    /// <param name="error">The exception that failed the step.</param>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">A named value: ("key", value).</param>
    /// <typeparam name="T2">The type of value 2.</typeparam>
    /// <param name="value2">A named value: ("key", value).</param>
    /// <typeparam name="T3">The type of value 3.</typeparam>
    /// <param name="value3">A named value: ("key", value).</param>
    public void Failure<T1, T2, T3>(Exception error, (string Key, T1 Value) value1, (string Key, T2 Value) value2, (string Key, T3 Value) value3) =>
        FailureCore(error, new StepMetadata<T1, T2, T3>(value1.Key, value1.Value, value2.Key, value2.Value, value3.Key, value3.Value));

    /// <summary>Logs <c>❌ [n/N] {step} - FAILED: {message} (..., duration_ms=…)</c> at Error for the step in progress, with the exception attached (or <c>⏹️  CANCELLED</c> at Warning for an <see cref="OperationCanceledException"/>). The exception is only logged, not thrown.</summary>
    /// <param name="error">The exception that failed the step.</param>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">A named value: ("key", value).</param>
    /// <typeparam name="T2">The type of value 2.</typeparam>
    /// <param name="value2">A named value: ("key", value).</param>
    /// <typeparam name="T3">The type of value 3.</typeparam>
    /// <param name="value3">A named value: ("key", value).</param>
    /// <typeparam name="T4">The type of value 4.</typeparam>
    /// <param name="value4">A named value: ("key", value).</param>
    public void Failure<T1, T2, T3, T4>(Exception error, (string Key, T1 Value) value1, (string Key, T2 Value) value2, (string Key, T3 Value) value3, (string Key, T4 Value) value4) =>
        FailureCore(error, new StepMetadata<T1, T2, T3, T4>(value1.Key, value1.Value, value2.Key, value2.Value, value3.Key, value3.Value, value4.Key, value4.Value));

    /// <summary>Logs <c>❌ [n/N] {step} - FAILED: {message} (..., duration_ms=…)</c> at Error for the step in progress, with the exception attached (or <c>⏹️  CANCELLED</c> at Warning for an <see cref="OperationCanceledException"/>). The exception is only logged, not thrown.</summary>
    /// <param name="error">The exception that failed the step.</param>
    /// <typeparam name="TMetadata">A value type that carries the named values.</typeparam>
    /// <param name="metadata">The named values.</param>
    public void Failure<TMetadata>(Exception error, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata => FailureCore(error, metadata);

    /// <summary>Logs <c>⏭️  [n/N] {step} - SKIPPED: {reason}</c> for the step in progress.</summary>
    /// <param name="reason">Why the step was skipped.</param>
    public void Skip(string reason) => SkipCore(reason, default(StepMetadata));

    /// <summary>Logs <c>⏭️  [n/N] {step} - SKIPPED: {reason}</c> for the step in progress.</summary>
    /// <param name="reason">Why the step was skipped.</param>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">A named value: ("key", value).</param>
    public void Skip<T1>(string reason, (string Key, T1 Value) value1) =>
        SkipCore(reason, new StepMetadata<T1>(value1.Key, value1.Value));

    /// <summary>Logs <c>⏭️  [n/N] {step} - SKIPPED: {reason}</c> for the step in progress.</summary>
    /// <param name="reason">Why the step was skipped.</param>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">A named value: ("key", value).</param>
    /// <typeparam name="T2">The type of value 2.</typeparam>
    /// <param name="value2">A named value: ("key", value).</param>
    public void Skip<T1, T2>(string reason, (string Key, T1 Value) value1, (string Key, T2 Value) value2) =>
        SkipCore(reason, new StepMetadata<T1, T2>(value1.Key, value1.Value, value2.Key, value2.Value));

    /// <summary>Logs <c>⏭️  [n/N] {step} - SKIPPED: {reason}</c> for the step in progress.</summary>
    /// <param name="reason">Why the step was skipped.</param>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">A named value: ("key", value).</param>
    /// <typeparam name="T2">The type of value 2.</typeparam>
    /// <param name="value2">A named value: ("key", value).</param>
    /// <typeparam name="T3">The type of value 3.</typeparam>
    /// <param name="value3">A named value: ("key", value).</param>
    public void Skip<T1, T2, T3>(string reason, (string Key, T1 Value) value1, (string Key, T2 Value) value2, (string Key, T3 Value) value3) =>
        SkipCore(reason, new StepMetadata<T1, T2, T3>(value1.Key, value1.Value, value2.Key, value2.Value, value3.Key, value3.Value));

    /// <summary>Logs <c>⏭️  [n/N] {step} - SKIPPED: {reason}</c> for the step in progress.</summary>
    /// <param name="reason">Why the step was skipped.</param>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">A named value: ("key", value).</param>
    /// <typeparam name="T2">The type of value 2.</typeparam>
    /// <param name="value2">A named value: ("key", value).</param>
    /// <typeparam name="T3">The type of value 3.</typeparam>
    /// <param name="value3">A named value: ("key", value).</param>
    /// <typeparam name="T4">The type of value 4.</typeparam>
    /// <param name="value4">A named value: ("key", value).</param>
    public void Skip<T1, T2, T3, T4>(string reason, (string Key, T1 Value) value1, (string Key, T2 Value) value2, (string Key, T3 Value) value3, (string Key, T4 Value) value4) =>
        SkipCore(reason, new StepMetadata<T1, T2, T3, T4>(value1.Key, value1.Value, value2.Key, value2.Value, value3.Key, value3.Value, value4.Key, value4.Value));

    /// <summary>Logs <c>⏭️  [n/N] {step} - SKIPPED: {reason}</c> for the step in progress.</summary>
    /// <param name="reason">Why the step was skipped.</param>
    /// <typeparam name="TMetadata">A value type that carries the named values.</typeparam>
    /// <param name="metadata">The named values.</param>
    public void Skip<TMetadata>(string reason, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata => SkipCore(reason, metadata);

    /// <summary>Logs <c>⚠️  [n/N] {step} - WARNING: {message} (..., duration_ms=…)</c> at Warning and ends the step in progress: it completed, with something worth a look.</summary>
    /// <param name="message">What is worth a look.</param>
    public void Warning(string message) => WarningCore(message, default(StepMetadata));

    /// <summary>Logs <c>⚠️  [n/N] {step} - WARNING: {message} (..., duration_ms=…)</c> at Warning and ends the step in progress: it completed, with something worth a look.</summary>
    /// <param name="message">What is worth a look.</param>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">A named value: ("key", value).</param>
    public void Warning<T1>(string message, (string Key, T1 Value) value1) =>
        WarningCore(message, new StepMetadata<T1>(value1.Key, value1.Value));

    /// <summary>Logs <c>⚠️  [n/N] {step} - WARNING: {message} (..., duration_ms=…)</c> at Warning and ends the step in progress: it completed, with something worth a look.</summary>
    /// <param name="message">What is worth a look.</param>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">A named value: ("key", value).</param>
    /// <typeparam name="T2">The type of value 2.</typeparam>
    /// <param name="value2">A named value: ("key", value).</param>
    public void Warning<T1, T2>(string message, (string Key, T1 Value) value1, (string Key, T2 Value) value2) =>
        WarningCore(message, new StepMetadata<T1, T2>(value1.Key, value1.Value, value2.Key, value2.Value));

    /// <summary>Logs <c>⚠️  [n/N] {step} - WARNING: {message} (..., duration_ms=…)</c> at Warning and ends the step in progress: it completed, with something worth a look.</summary>
    /// <param name="message">What is worth a look.</param>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">A named value: ("key", value).</param>
    /// <typeparam name="T2">The type of value 2.</typeparam>
    /// <param name="value2">A named value: ("key", value).</param>
    /// <typeparam name="T3">The type of value 3.</typeparam>
    /// <param name="value3">A named value: ("key", value).</param>
    public void Warning<T1, T2, T3>(string message, (string Key, T1 Value) value1, (string Key, T2 Value) value2, (string Key, T3 Value) value3) =>
        WarningCore(message, new StepMetadata<T1, T2, T3>(value1.Key, value1.Value, value2.Key, value2.Value, value3.Key, value3.Value));

    /// <summary>Logs <c>⚠️  [n/N] {step} - WARNING: {message} (..., duration_ms=…)</c> at Warning and ends the step in progress: it completed, with something worth a look.</summary>
    /// <param name="message">What is worth a look.</param>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">A named value: ("key", value).</param>
    /// <typeparam name="T2">The type of value 2.</typeparam>
    /// <param name="value2">A named value: ("key", value).</param>
    /// <typeparam name="T3">The type of value 3.</typeparam>
    /// <param name="value3">A named value: ("key", value).</param>
    /// <typeparam name="T4">The type of value 4.</typeparam>
    /// <param name="value4">A named value: ("key", value).</param>
    public void Warning<T1, T2, T3, T4>(string message, (string Key, T1 Value) value1, (string Key, T2 Value) value2, (string Key, T3 Value) value3, (string Key, T4 Value) value4) =>
        WarningCore(message, new StepMetadata<T1, T2, T3, T4>(value1.Key, value1.Value, value2.Key, value2.Value, value3.Key, value3.Value, value4.Key, value4.Value));

    /// <summary>Logs <c>⚠️  [n/N] {step} - WARNING: {message} (..., duration_ms=…)</c> at Warning and ends the step in progress: it completed, with something worth a look.</summary>
    /// <param name="message">What is worth a look.</param>
    /// <typeparam name="TMetadata">A value type that carries the named values.</typeparam>
    /// <param name="metadata">The named values.</param>
    public void Warning<TMetadata>(string message, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata => WarningCore(message, metadata);

    /// <summary>Logs <c>🔁 [n/N] {step} - RETRY {attempt}: {message} (..., duration_ms=…)</c> at Warning: a recoverable error. The step stays in progress (its clock runs on) and ends later with Success, Warning or Failure.</summary>
    /// <param name="error">The error that is retried; not thrown, only logged.</param>
    /// <param name="attempt">Which attempt failed, from 1.</param>
    public void Retry(Exception error, int attempt) => RetryCore(error, attempt, default(StepMetadata));

    /// <summary>Logs <c>🔁 [n/N] {step} - RETRY {attempt}: {message} (..., duration_ms=…)</c> at Warning: a recoverable error. The step stays in progress (its clock runs on) and ends later with Success, Warning or Failure.</summary>
    /// <param name="error">The error that is retried; not thrown, only logged.</param>
    /// <param name="attempt">Which attempt failed, from 1.</param>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">A named value: ("key", value).</param>
    public void Retry<T1>(Exception error, int attempt, (string Key, T1 Value) value1) =>
        RetryCore(error, attempt, new StepMetadata<T1>(value1.Key, value1.Value));

    /// <summary>Logs <c>🔁 [n/N] {step} - RETRY {attempt}: {message} (..., duration_ms=…)</c> at Warning: a recoverable error. The step stays in progress (its clock runs on) and ends later with Success, Warning or Failure.</summary>
    /// <param name="error">The error that is retried; not thrown, only logged.</param>
    /// <param name="attempt">Which attempt failed, from 1.</param>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">A named value: ("key", value).</param>
    /// <typeparam name="T2">The type of value 2.</typeparam>
    /// <param name="value2">A named value: ("key", value).</param>
    public void Retry<T1, T2>(Exception error, int attempt, (string Key, T1 Value) value1, (string Key, T2 Value) value2) =>
        RetryCore(error, attempt, new StepMetadata<T1, T2>(value1.Key, value1.Value, value2.Key, value2.Value));

    /// <summary>Logs <c>🔁 [n/N] {step} - RETRY {attempt}: {message} (..., duration_ms=…)</c> at Warning: a recoverable error. The step stays in progress (its clock runs on) and ends later with Success, Warning or Failure.</summary>
    /// <param name="error">The error that is retried; not thrown, only logged.</param>
    /// <param name="attempt">Which attempt failed, from 1.</param>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">A named value: ("key", value).</param>
    /// <typeparam name="T2">The type of value 2.</typeparam>
    /// <param name="value2">A named value: ("key", value).</param>
    /// <typeparam name="T3">The type of value 3.</typeparam>
    /// <param name="value3">A named value: ("key", value).</param>
    public void Retry<T1, T2, T3>(Exception error, int attempt, (string Key, T1 Value) value1, (string Key, T2 Value) value2, (string Key, T3 Value) value3) =>
        RetryCore(error, attempt, new StepMetadata<T1, T2, T3>(value1.Key, value1.Value, value2.Key, value2.Value, value3.Key, value3.Value));

    /// <summary>Logs <c>🔁 [n/N] {step} - RETRY {attempt}: {message} (..., duration_ms=…)</c> at Warning: a recoverable error. The step stays in progress (its clock runs on) and ends later with Success, Warning or Failure.</summary>
    /// <param name="error">The error that is retried; not thrown, only logged.</param>
    /// <param name="attempt">Which attempt failed, from 1.</param>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">A named value: ("key", value).</param>
    /// <typeparam name="T2">The type of value 2.</typeparam>
    /// <param name="value2">A named value: ("key", value).</param>
    /// <typeparam name="T3">The type of value 3.</typeparam>
    /// <param name="value3">A named value: ("key", value).</param>
    /// <typeparam name="T4">The type of value 4.</typeparam>
    /// <param name="value4">A named value: ("key", value).</param>
    public void Retry<T1, T2, T3, T4>(Exception error, int attempt, (string Key, T1 Value) value1, (string Key, T2 Value) value2, (string Key, T3 Value) value3, (string Key, T4 Value) value4) =>
        RetryCore(error, attempt, new StepMetadata<T1, T2, T3, T4>(value1.Key, value1.Value, value2.Key, value2.Value, value3.Key, value3.Value, value4.Key, value4.Value));

    /// <summary>Logs <c>🔁 [n/N] {step} - RETRY {attempt}: {message} (..., duration_ms=…)</c> at Warning: a recoverable error. The step stays in progress (its clock runs on) and ends later with Success, Warning or Failure.</summary>
    /// <param name="error">The error that is retried; not thrown, only logged.</param>
    /// <param name="attempt">Which attempt failed, from 1.</param>
    /// <typeparam name="TMetadata">A value type that carries the named values.</typeparam>
    /// <param name="metadata">The named values.</param>
    public void Retry<TMetadata>(Exception error, int attempt, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata => RetryCore(error, attempt, metadata);

    /// <summary>Logs <c>🏁 COMPLETE: {operation} (..., total_duration_ms=…)</c> and ends the operation.</summary>
    public void Complete() => CompleteCore(default(StepMetadata));

    /// <summary>Logs <c>🏁 COMPLETE: {operation} (..., total_duration_ms=…)</c> and ends the operation.</summary>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">A named value: ("key", value).</param>
    public void Complete<T1>((string Key, T1 Value) value1) =>
        CompleteCore(new StepMetadata<T1>(value1.Key, value1.Value));

    /// <summary>Logs <c>🏁 COMPLETE: {operation} (..., total_duration_ms=…)</c> and ends the operation.</summary>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">A named value: ("key", value).</param>
    /// <typeparam name="T2">The type of value 2.</typeparam>
    /// <param name="value2">A named value: ("key", value).</param>
    public void Complete<T1, T2>((string Key, T1 Value) value1, (string Key, T2 Value) value2) =>
        CompleteCore(new StepMetadata<T1, T2>(value1.Key, value1.Value, value2.Key, value2.Value));

    /// <summary>Logs <c>🏁 COMPLETE: {operation} (..., total_duration_ms=…)</c> and ends the operation.</summary>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">A named value: ("key", value).</param>
    /// <typeparam name="T2">The type of value 2.</typeparam>
    /// <param name="value2">A named value: ("key", value).</param>
    /// <typeparam name="T3">The type of value 3.</typeparam>
    /// <param name="value3">A named value: ("key", value).</param>
    public void Complete<T1, T2, T3>((string Key, T1 Value) value1, (string Key, T2 Value) value2, (string Key, T3 Value) value3) =>
        CompleteCore(new StepMetadata<T1, T2, T3>(value1.Key, value1.Value, value2.Key, value2.Value, value3.Key, value3.Value));

    /// <summary>Logs <c>🏁 COMPLETE: {operation} (..., total_duration_ms=…)</c> and ends the operation.</summary>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">A named value: ("key", value).</param>
    /// <typeparam name="T2">The type of value 2.</typeparam>
    /// <param name="value2">A named value: ("key", value).</param>
    /// <typeparam name="T3">The type of value 3.</typeparam>
    /// <param name="value3">A named value: ("key", value).</param>
    /// <typeparam name="T4">The type of value 4.</typeparam>
    /// <param name="value4">A named value: ("key", value).</param>
    public void Complete<T1, T2, T3, T4>((string Key, T1 Value) value1, (string Key, T2 Value) value2, (string Key, T3 Value) value3, (string Key, T4 Value) value4) =>
        CompleteCore(new StepMetadata<T1, T2, T3, T4>(value1.Key, value1.Value, value2.Key, value2.Value, value3.Key, value3.Value, value4.Key, value4.Value));

    /// <summary>Logs <c>🏁 COMPLETE: {operation} (..., total_duration_ms=…)</c> and ends the operation.</summary>
    /// <typeparam name="TMetadata">A value type that carries the named values.</typeparam>
    /// <param name="metadata">The named values.</param>
    public void Complete<TMetadata>(in TMetadata metadata)
        where TMetadata : struct, IStepMetadata => CompleteCore(metadata);
}
