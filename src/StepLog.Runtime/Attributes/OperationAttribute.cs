using System;
using System.Diagnostics;

namespace StepLog;

/// <summary>
/// Marks a partial method as a logged operation. The StepLog source generator implements the method:
/// it logs <c>🚀 START</c>, calls the body (the method of the same signature named <c>{Name}Core</c>),
/// and logs <c>🏁 COMPLETE</c> with the total duration, or the failure.
/// </summary>
/// <example>
/// <code>
/// [Operation("Model Sync")]
/// public partial Task&lt;int&gt; SyncAsync([Log] string provider, CancellationToken ct);
/// private async Task&lt;int&gt; SyncAsyncCore(string provider, CancellationToken ct) { ... }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
[Conditional("STEPLOG_KEEP_ATTRIBUTES")]
public sealed class OperationAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="name">The operation's name as it appears in the log, e.g. <c>"Model Sync"</c>.</param>
    public OperationAttribute(string name) => Name = name;

    /// <summary>The operation's name as it appears in the log.</summary>
    public string Name { get; }

    /// <summary>The key under which the method's result is logged on the COMPLETE line; none when null.</summary>
    public string? Result { get; set; }

    /// <summary>The level of the START and COMPLETE lines (failures are always logged at Error). Information by default.</summary>
    public Microsoft.Extensions.Logging.LogLevel Level { get; set; } = Microsoft.Extensions.Logging.LogLevel.Information;
}
