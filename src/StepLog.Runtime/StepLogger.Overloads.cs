// The public overloads of StepLogger that begin the operation or a step: every call takes 0 to 4 named values as
// ("key", value) tuples, or any IStepMetadata value type for more. Each overload only wraps its values in a
// StepMetadata struct, without boxing. The overloads that end a step or the operation are in StepLogger.Overloads.Ends.cs.
// The ladder is written out on purpose (duplicates reports it): a params array or boxed values would allocate on every
// call, and the allocation tests pin these calls at 0 B; each rung differs only in its arity.
// Not generated: the rungs are public API that changes only by a deliberate, approved change (tests/StepLog.PublicApi.Tests
// pins every signature), and a template or a generator of the runtime's own would add build machinery for files that
// do not otherwise change.
using System;

namespace StepLog;

public sealed partial class StepLogger
{

    /// <summary>Logs <c>🚀 START: {operation}</c> and makes this the ambient operation of the current flow.</summary>
    public void Start() => StartCore(default(StepMetadata));

    /// <summary>Logs <c>🚀 START: {operation}</c> and makes this the ambient operation of the current flow.</summary>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">A named value: ("key", value).</param>
    public void Start<T1>((string Key, T1 Value) value1) =>
        StartCore(new StepMetadata<T1>(value1.Key, value1.Value));

    /// <summary>Logs <c>🚀 START: {operation}</c> and makes this the ambient operation of the current flow.</summary>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">A named value: ("key", value).</param>
    /// <typeparam name="T2">The type of value 2.</typeparam>
    /// <param name="value2">A named value: ("key", value).</param>
    public void Start<T1, T2>((string Key, T1 Value) value1, (string Key, T2 Value) value2) =>
        StartCore(new StepMetadata<T1, T2>(value1.Key, value1.Value, value2.Key, value2.Value));

    /// <summary>Logs <c>🚀 START: {operation}</c> and makes this the ambient operation of the current flow.</summary>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">A named value: ("key", value).</param>
    /// <typeparam name="T2">The type of value 2.</typeparam>
    /// <param name="value2">A named value: ("key", value).</param>
    /// <typeparam name="T3">The type of value 3.</typeparam>
    /// <param name="value3">A named value: ("key", value).</param>
    public void Start<T1, T2, T3>((string Key, T1 Value) value1, (string Key, T2 Value) value2, (string Key, T3 Value) value3) =>
        StartCore(new StepMetadata<T1, T2, T3>(value1.Key, value1.Value, value2.Key, value2.Value, value3.Key, value3.Value));

    /// <summary>Logs <c>🚀 START: {operation}</c> and makes this the ambient operation of the current flow.</summary>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">A named value: ("key", value).</param>
    /// <typeparam name="T2">The type of value 2.</typeparam>
    /// <param name="value2">A named value: ("key", value).</param>
    /// <typeparam name="T3">The type of value 3.</typeparam>
    /// <param name="value3">A named value: ("key", value).</param>
    /// <typeparam name="T4">The type of value 4.</typeparam>
    /// <param name="value4">A named value: ("key", value).</param>
    public void Start<T1, T2, T3, T4>((string Key, T1 Value) value1, (string Key, T2 Value) value2, (string Key, T3 Value) value3, (string Key, T4 Value) value4) =>
        StartCore(new StepMetadata<T1, T2, T3, T4>(value1.Key, value1.Value, value2.Key, value2.Value, value3.Key, value3.Value, value4.Key, value4.Value));

    /// <summary>Logs <c>🚀 START: {operation}</c> and makes this the ambient operation of the current flow.</summary>
    /// <typeparam name="TMetadata">A value type that carries the named values.</typeparam>
    /// <param name="metadata">The named values.</param>
    public void Start<TMetadata>(in TMetadata metadata)
        where TMetadata : struct, IStepMetadata => StartCore(metadata);

    /// <summary>Logs <c>▶️  [n/N] {name}</c> and starts the step's clock.</summary>
    /// <param name="number">The step's number, from 1.</param>
    /// <param name="name">What the step does, e.g. "Fetch from provider API".</param>
    public void Step(int number, string name) => StepCore(number, name, default(StepMetadata));

    /// <summary>Logs <c>▶️  [n/N] {name}</c> and starts the step's clock.</summary>
    /// <param name="number">The step's number, from 1.</param>
    /// <param name="name">What the step does, e.g. "Fetch from provider API".</param>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">A named value: ("key", value).</param>
    public void Step<T1>(int number, string name, (string Key, T1 Value) value1) =>
        StepCore(number, name, new StepMetadata<T1>(value1.Key, value1.Value));

    /// <summary>Logs <c>▶️  [n/N] {name}</c> and starts the step's clock.</summary>
    /// <param name="number">The step's number, from 1.</param>
    /// <param name="name">What the step does, e.g. "Fetch from provider API".</param>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">A named value: ("key", value).</param>
    /// <typeparam name="T2">The type of value 2.</typeparam>
    /// <param name="value2">A named value: ("key", value).</param>
    public void Step<T1, T2>(int number, string name, (string Key, T1 Value) value1, (string Key, T2 Value) value2) =>
        StepCore(number, name, new StepMetadata<T1, T2>(value1.Key, value1.Value, value2.Key, value2.Value));

    /// <summary>Logs <c>▶️  [n/N] {name}</c> and starts the step's clock.</summary>
    /// <param name="number">The step's number, from 1.</param>
    /// <param name="name">What the step does, e.g. "Fetch from provider API".</param>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">A named value: ("key", value).</param>
    /// <typeparam name="T2">The type of value 2.</typeparam>
    /// <param name="value2">A named value: ("key", value).</param>
    /// <typeparam name="T3">The type of value 3.</typeparam>
    /// <param name="value3">A named value: ("key", value).</param>
    public void Step<T1, T2, T3>(int number, string name, (string Key, T1 Value) value1, (string Key, T2 Value) value2, (string Key, T3 Value) value3) =>
        StepCore(number, name, new StepMetadata<T1, T2, T3>(value1.Key, value1.Value, value2.Key, value2.Value, value3.Key, value3.Value));

    /// <summary>Logs <c>▶️  [n/N] {name}</c> and starts the step's clock.</summary>
    /// <param name="number">The step's number, from 1.</param>
    /// <param name="name">What the step does, e.g. "Fetch from provider API".</param>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">A named value: ("key", value).</param>
    /// <typeparam name="T2">The type of value 2.</typeparam>
    /// <param name="value2">A named value: ("key", value).</param>
    /// <typeparam name="T3">The type of value 3.</typeparam>
    /// <param name="value3">A named value: ("key", value).</param>
    /// <typeparam name="T4">The type of value 4.</typeparam>
    /// <param name="value4">A named value: ("key", value).</param>
    public void Step<T1, T2, T3, T4>(int number, string name, (string Key, T1 Value) value1, (string Key, T2 Value) value2, (string Key, T3 Value) value3, (string Key, T4 Value) value4) =>
        StepCore(number, name, new StepMetadata<T1, T2, T3, T4>(value1.Key, value1.Value, value2.Key, value2.Value, value3.Key, value3.Value, value4.Key, value4.Value));

    /// <summary>Logs <c>▶️  [n/N] {name}</c> and starts the step's clock.</summary>
    /// <param name="number">The step's number, from 1.</param>
    /// <param name="name">What the step does, e.g. "Fetch from provider API".</param>
    /// <typeparam name="TMetadata">A value type that carries the named values.</typeparam>
    /// <param name="metadata">The named values.</param>
    public void Step<TMetadata>(int number, string name, in TMetadata metadata)
        where TMetadata : struct, IStepMetadata => StepCore(number, name, metadata);
}
