using System;
using System.Diagnostics;

namespace StepLog;

/// <summary>
/// Logs the parameter's value on the START line of its operation or step. Parameters without this attribute are never
/// logged. The key is the parameter's name in snake_case (<c>rawCount</c> becomes <c>raw_count</c>) unless given.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
[Conditional("STEPLOG_KEEP_ATTRIBUTES")]
public sealed class LogAttribute : Attribute
{
    /// <summary>Logs the parameter under its snake_case name.</summary>
    public LogAttribute()
    {
    }

    /// <summary>Logs the parameter under <paramref name="key"/>.</summary>
    /// <param name="key">The key to log the value under.</param>
    public LogAttribute(string key) => Key = key;

    /// <summary>The key the value is logged under; null for the parameter's snake_case name.</summary>
    public string? Key { get; }
}
