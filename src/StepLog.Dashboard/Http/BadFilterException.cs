using System;

namespace StepLog.Dashboard.Http;

/// <summary>A filter value the dashboard cannot use: answered with 400 and a message naming the parameter and what to give.</summary>
internal sealed class BadFilterException(string parameter, string message) : Exception(parameter + ": " + message)
{
    public string Parameter { get; } = parameter;
}
