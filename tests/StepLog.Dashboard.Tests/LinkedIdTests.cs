using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using StepLog.Dashboard.Http;

namespace StepLog.Dashboard.Tests;

/// <summary>A run's or subject's id is read from the request as sent, so every id a link can carry reads back exactly.</summary>
public sealed class LinkedIdTests
{
    [Theory]
    [InlineData("/steplog/subjects/inv%2F7%252F.pdf?x=1", "inv/7%2F.pdf")]
    [InlineData("/steplog/subjects/..%2F..%2Fetc", "../../etc")]
    [InlineData("/steplog/api/subjects/%3Cimg%20src%3Dx%3E", "<img src=x>")]
    [InlineData("/steplog/runs/0123456789abcdef", "0123456789abcdef")]
    public void The_id_is_the_last_segment_of_the_target_as_sent_decoded_once(string target, string id)
    {
        var context = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddSingleton<IStepRecordQueries>(Seeded.Store).BuildServiceProvider(),
        };
        context.Features.Get<IHttpRequestFeature>()!.RawTarget = target;
        var request = new DashboardRequest(context, new DashboardContext("/steplog", new StepLogDashboardOptions()));

        Assert.Equal(id, request.LastSegment("subjectId"));
    }
}
