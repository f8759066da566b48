using System;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace StepLog;

/// <summary>
/// Marks a partial method as step <see cref="Number"/> of an operation. The StepLog source generator implements
/// the method: it logs <c>▶️  [n/N] name</c>, times the call of the body (the method named <c>{Name}Core</c>),
/// and logs <c>✅ SUCCESS</c>, <c>❌ FAILED</c> or <c>⏹️  CANCELLED</c> with the duration.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
[Conditional("STEPLOG_KEEP_ATTRIBUTES")]
public sealed class StepAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="number">The step's number within its operation, from 1.</param>
    /// <param name="name">A name that says what the step does, e.g. <c>"Fetch from provider API"</c>.</param>
    public StepAttribute(int number, string name)
    {
        Number = number;
        Name = name;
    }

    /// <summary>The step's number within its operation, from 1.</summary>
    public int Number { get; }

    /// <summary>The step's name as it appears in the log.</summary>
    public string Name { get; }

    /// <summary>
    /// The operation method this step belongs to (use <c>nameof</c>), needed only when the type declares several
    /// <see cref="OperationAttribute">operations</see>.
    /// </summary>
    public string? Operation { get; set; }

    /// <summary>The key under which the step's result is logged on the SUCCESS line; none when null.</summary>
    public string? Result { get; set; }

    /// <summary>The level of the step's start and success lines (failures are always logged at Error). Information by default.</summary>
    public LogLevel Level { get; set; } = LogLevel.Information;
}
