using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace StepLog.Docs.Tests;

/// <summary>
/// Why README's web app adds the ASP.NET Core instrumentation: an operation run by a request is a child of the
/// request's activity, and OpenTelemetry's parent-based sampler keeps it only when that activity is recorded.
/// </summary>
[Collection(WebAppCollection.Name)]
public class RequestSamplingTests
{
    [Fact]
    public async Task Without_the_AspNetCore_instrumentation_a_request_exports_no_StepLog_span()
    {
        var spans = await SpansOfOneRequest(instrumentRequests: false);

        Assert.DoesNotContain(spans, s => s.Source.Name == StepLogging.ActivitySourceName);
    }

    [Fact]
    public async Task With_the_AspNetCore_instrumentation_the_operation_and_its_step_are_exported_under_the_request()
    {
        var spans = await SpansOfOneRequest(instrumentRequests: true);

        var request = Assert.Single(spans, s => s.Kind == ActivityKind.Server);
        var operation = Assert.Single(spans, s => s.DisplayName == "Sampled op");
        var step = Assert.Single(spans, s => s.DisplayName == "Only step");
        Assert.Equal(request.SpanId, operation.ParentSpanId);
        Assert.Equal(operation.SpanId, step.ParentSpanId);
    }

    private static async Task<List<Activity>> SpansOfOneRequest(bool instrumentRequests)
    {
        var spans = new List<Activity>();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddOpenTelemetry().WithTracing(tracing =>
        {
            if (instrumentRequests)
            {
                tracing.AddAspNetCoreInstrumentation();
            }

            tracing.AddSource(StepLogging.ActivitySourceName).AddInMemoryExporter(spans);
        });

        await using (var app = builder.Build())
        {
            app.MapGet("/", () =>
            {
                using var op = new StepLogger("Sampled op", totalSteps: 1);
                op.Start();
                op.Step(1, "Only step");
                op.Success();
                op.Complete();
                return "done";
            });
            await app.StartAsync();
            using var client = app.GetTestClient();
            Assert.Equal("done", await client.GetStringAsync(new Uri("/", UriKind.Relative)));
            await app.StopAsync();
        }

        return spans;
    }
}

/// <summary>The tests that host a web app with a tracer: one at a time, so that no tracer sees another's spans.</summary>
[CollectionDefinition(Name)]
public sealed class WebAppCollection
{
    public const string Name = "Web apps with a tracer";
}
