using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StepLog.Records;

namespace StepLog.Samples.Documents;

/// <summary>
/// <c>--dashboard</c>: after the workflows, the StepLog dashboard over the steps file, mapped at <c>/steplog</c> of a
/// Kestrel host on this machine only (127.0.0.1, a free port), until Ctrl+C. Without the flag the sample never listens.
/// </summary>
internal static class DocumentsDashboard
{
    public const string Flag = "--dashboard";

    public static async Task ServeAsync(SqliteStepStore steps)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning); // the console is the sample's story, not every request's
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSingleton<IStepStore>(steps);
        builder.Services.AddSingleton(steps.Queries);
        await using var app = builder.Build();
        app.MapStepLogDashboard("/steplog");
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Console.WriteLine();
        Console.WriteLine($"Dashboard: {address}/steplog (Ctrl+C stops it)");
        await app.WaitForShutdownAsync();
    }
}
