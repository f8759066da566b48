using System.Threading.Tasks;
using StepLog.Dashboard.Html;
using StepLog.Dashboard.Http;

namespace StepLog.Dashboard.Pages;

/// <summary>
/// One page of the dashboard: it loads a model once, and that model is both the JSON twin and what the HTML shows,
/// so the two never disagree.
/// </summary>
internal interface IDashboardPage
{
    /// <summary>The page's model; null when what the link names does not exist (404).</summary>
    Task<PageModel?> LoadAsync(DashboardRequest request);
}

/// <summary>A loaded page: its title, the header link it belongs under, its JSON, and how it renders.</summary>
internal abstract class PageModel
{
    public abstract string Title { get; }

    /// <summary>The header link this page is under ("Runs", ...).</summary>
    public abstract string Section { get; }

    /// <summary>What the JSON twin returns.</summary>
    public abstract object Json { get; }

    /// <summary>The page's body, between the header and the footer.</summary>
    public abstract void Render(HtmlBuilder html, DashboardRequest request);
}
