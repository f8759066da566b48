using System.Collections.Generic;
using System.Threading.Tasks;
using StepLog.Dashboard.Html;
using StepLog.Dashboard.Http;
using StepLog.Records;

namespace StepLog.Dashboard.Pages;

/// <summary>Every run that touched one subject, oldest first: "what happened to document 123".</summary>
internal sealed class SubjectPage : IDashboardPage
{
    /// <summary>The most runs one subject's page shows (its latest); a subject with more links to the paged runs list.</summary>
    public const int MaxRuns = DashboardFilters.MaxPageRows;

    public async Task<PageModel?> LoadAsync(DashboardRequest request)
    {
        var subject = request.LastSegment("subjectId");
        var page = await request.Queries.GetRunsAsync(new StepRunQuery { SubjectId = subject, Limit = MaxRuns }, request.Aborted).ConfigureAwait(false);
        var runs = new List<StepRunSummary>(page.Runs);
        if (runs.Count == 0)
        {
            return null;
        }

        // The store pages newest first; the story of a subject reads oldest first.
        runs.Reverse();
        return new Model(subject, runs, page.NextCursor is not null);
    }

    private sealed class Model(string subject, List<StepRunSummary> runs, bool cut) : PageModel
    {
        public override string Title => "Subject " + subject;

        public override string Section => "Runs";

        public override object Json => new SubjectJson(subject, runs, cut);

        public override void Render(HtmlBuilder html, DashboardRequest request)
        {
            if (cut)
            {
                html.Raw("<p class=\"note\" id=\"cut\">This subject has more than ").Number(MaxRuns).Raw(" runs: these are its latest. ")
                    .Link(request.Link("runs", ("subject", subject)), "Page through all of them", "all-runs").Raw(".</p>\n");
            }

            RunTable.Render(html, request, runs, "subject-runs", live: RunTable.AnyRunning(runs));
        }
    }

    /// <summary>A subject's page as JSON: its runs oldest first, and whether older runs were left out.</summary>
    internal sealed record SubjectJson(string SubjectId, IReadOnlyList<StepRunSummary> Runs, bool OlderRunsLeftOut);
}
