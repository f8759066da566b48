using System.Text.Json;

namespace StepLog.Package.Tests.RealBuild;

/// <summary>One diagnostic the compiler wrote to its SARIF error log.</summary>
internal sealed record ReportedDiagnostic(string File, int Line, string Id, string Level, string Message, bool Suppressed)
{
    public override string ToString() =>
        $"{File}:{Line}: {(Suppressed ? "suppressed " : "")}{Level} {Id}: {Message}";
}

/// <summary>
/// Reads the SARIF 2.1 log that `-p:ErrorLog=file,version=2.1` makes csc write: every diagnostic it reported, Info
/// included, with the ones a suppressor or #pragma silenced marked as such.
/// </summary>
internal static class SarifLog
{
    public static IReadOnlyList<ReportedDiagnostic> Read(string path, string projectDirectory)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var diagnostics = new List<ReportedDiagnostic>();
        foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
        {
            if (!run.TryGetProperty("results", out var results))
            {
                continue;
            }

            foreach (var result in results.EnumerateArray())
            {
                var (file, line) = Location(result, projectDirectory);
                diagnostics.Add(new ReportedDiagnostic(
                    file,
                    line,
                    result.GetProperty("ruleId").GetString()!,
                    Level(result),
                    result.TryGetProperty("message", out var message) ? message.GetProperty("text").GetString() ?? "" : "",
                    result.TryGetProperty("suppressions", out var suppressions) && suppressions.GetArrayLength() > 0));
            }
        }

        return diagnostics;
    }

    // SARIF says "note" for Info; "warning" is the default when a result names no level.
    private static string Level(JsonElement result) =>
        !result.TryGetProperty("level", out var level) ? "warning"
        : level.GetString() == "note" ? "info"
        : level.GetString()!;

    private static (string File, int Line) Location(JsonElement result, string projectDirectory)
    {
        if (!result.TryGetProperty("locations", out var locations) || locations.GetArrayLength() == 0
            || !locations[0].TryGetProperty("physicalLocation", out var physical))
        {
            return ("(no location)", 0);
        }

        var uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
        var path = Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.IsFile ? absolute.LocalPath : Uri.UnescapeDataString(uri);
        var file = Path.IsPathRooted(path) ? BuildCase.RelativePath(projectDirectory, path) : path;
        var line = physical.TryGetProperty("region", out var region) && region.TryGetProperty("startLine", out var start) ? start.GetInt32() : 0;
        return (file, line);
    }
}
