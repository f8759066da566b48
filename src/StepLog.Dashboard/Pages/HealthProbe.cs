using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StepLog.Dashboard.Http;
using StepLog.Records;

namespace StepLog.Dashboard.Pages;

/// <summary>The health the overview shows, and where it comes from.</summary>
/// <param name="Source">"health_check" (StepLog's check ran), "store" (the store's own counters), or "none".</param>
/// <param name="Status">Healthy, Degraded or Unhealthy; "Unknown" when there is nothing to go by.</param>
/// <param name="Description">What the check or the counters say.</param>
/// <param name="Data">The check's data, or the store's counters.</param>
internal sealed record HealthView(string Source, string Status, string? Description, IReadOnlyDictionary<string, object?> Data);

/// <summary>
/// Asks for the health as StepLog's health check reports it when the host has health checks; otherwise reads the
/// store's counters (records dropped, waiting) when it is a <see cref="QueuedStepStore"/>.
/// </summary>
internal static class HealthProbe
{
    public static async Task<HealthView> CheckAsync(DashboardRequest request)
    {
        var name = request.Options.HealthCheckName;
        if (request.Services.GetService<HealthCheckService>() is { } checks)
        {
            var report = await checks.CheckHealthAsync(registration => registration.Name == name, request.Aborted).ConfigureAwait(false);
            if (report.Entries.TryGetValue(name, out var entry))
            {
                return new HealthView(
                    "health_check", entry.Status.ToString(), entry.Description ?? entry.Exception?.GetType().Name,
                    entry.Data.ToDictionary(pair => pair.Key, pair => (object?)pair.Value));
            }
        }

        if (request.Services.GetService<IStepStore>() is QueuedStepStore store)
        {
            var dropped = store.DroppedRecords;
            var data = new Dictionary<string, object?>
            {
                ["store"] = store.Name,
                ["dropped_records"] = dropped,
                ["queued_records"] = store.QueuedRecords,
            };
            return dropped > 0
                ? new HealthView("store", "Degraded", $"{store.Name} has lost {dropped} step records (queue full or writes failed); see its warnings in the log.", data)
                : new HealthView("store", "Healthy", $"{store.Name} has lost no step records.", data);
        }

        return new HealthView(
            "none", "Unknown",
            $"No health check named '{name}' and no queued store to read: add services.AddHealthChecks().AddStepLog() for a health status.",
            new Dictionary<string, object?>());
    }

    public static string CssClass(string status) => status switch
    {
        "Healthy" => "success",
        "Degraded" => "warning",
        "Unhealthy" => "failed",
        _ => "pending",
    };

    /// <summary>The health's text as shown: the check's own text is a value like any other.</summary>
    public static string Label(HealthView health) => health.Status + (health.Source == "store" ? " (store counters)" : string.Empty);
}
