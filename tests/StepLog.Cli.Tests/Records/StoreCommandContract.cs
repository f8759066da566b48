using System.Text.Json;
using StepLog.Cli.Tests.Support;

namespace StepLog.Cli.Tests.Records;

/// <summary>What <c>steps</c> and <c>errors</c> print from a store holding <see cref="RecordedSteps"/>, whatever the database.</summary>
public abstract class StoreCommandContract
{
    /// <summary>The --store argument of a store that holds <see cref="RecordedSteps.All"/>.</summary>
    protected abstract Task<string> StoreWithRecordsAsync();

    [Fact]
    public async Task Steps_lists_a_subject_oldest_first_with_its_errors_and_details()
    {
        var store = await StoreWithRecordsAsync();

        var result = await CliRun.RunAsync("steps", "--store", store, "--subject", "order-42");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            [
                $"{RecordedSteps.Time(0)}  Import Orders  running",
                $"{RecordedSteps.Time(1)}  Import Orders [1/3] Fetch  success  120.5ms  (rows=5)",
                $"{RecordedSteps.Time(2)}  Import Orders [2/3] Validate  failed  12.3ms  error: row 7: no price",
                $"{RecordedSteps.Time(3)}  Import Orders [3/3] Notify  warning  3.0ms  error: mail server slow",
                "4 step(s) of subject 'order-42'.",
            ],
            result.Lines);
    }

    [Fact]
    public async Task Steps_filters_by_status_and_time()
    {
        var store = await StoreWithRecordsAsync();

        var failed = await CliRun.RunAsync("steps", "--store", store, "--subject", "order-42", "--status", "FAILED");
        var recent = await CliRun.RunAsync("steps", "--store", store, "--subject", "order-42", "--since", "1h");

        Assert.Equal(2, failed.Lines.Length);
        Assert.Contains("Validate  failed", failed.Lines[0]);
        Assert.Equal("1 step(s) of subject 'order-42' with status failed.", failed.Lines[1]);
        Assert.Equal(3, recent.Lines.Length);
        Assert.Contains("Validate", recent.Lines[0]);
        Assert.Contains("Notify", recent.Lines[1]);
    }

    [Fact]
    public async Task Errors_lists_every_subject_newest_first_and_exits_1()
    {
        var store = await StoreWithRecordsAsync();

        var errors = await CliRun.RunAsync("errors", "--store", store);
        var withWarnings = await CliRun.RunAsync("errors", "--store", store, "--warnings");

        Assert.True(errors.ExitCode == 1, errors.ToString());
        Assert.Equal($"{RecordedSteps.Time(4)}  order-7  Payment [1/1] Charge  error  error: card declined, will retry", errors.Lines[0]);
        Assert.Equal($"{RecordedSteps.Time(2)}  order-42  Import Orders [2/3] Validate  failed  12.3ms  error: row 7: no price", errors.Lines[1]);
        Assert.StartsWith("2 error(s) since ", errors.Lines[2]);
        Assert.Equal(4, withWarnings.Lines.Length);
        Assert.Contains("Notify  warning", withWarnings.Lines[1]);
    }

    [Fact]
    public async Task Errors_finds_none_in_a_quiet_window_and_exits_0()
    {
        var store = await StoreWithRecordsAsync();

        var quiet = await CliRun.RunAsync("errors", "--store", store, "--since", RecordedSteps.Now.AddMinutes(1).ToString("O"));

        Assert.True(quiet.ExitCode == 0, quiet.ToString());
        Assert.StartsWith("0 error(s) since ", quiet.Lines.Single());
    }

    [Fact]
    public async Task Json_format_is_one_object_per_record_with_the_store_field_names()
    {
        var store = await StoreWithRecordsAsync();

        var result = await CliRun.RunAsync("steps", "--store", store, "--subject", "order-42", "--format", "json");

        Assert.Equal(4, result.Lines.Length);
        using var first = JsonDocument.Parse(result.Lines[1]);
        var root = first.RootElement;
        Assert.Equal("order-42", root.GetProperty("subject_id").GetString());
        Assert.Equal("Import Orders", root.GetProperty("operation").GetString());
        Assert.Equal("Fetch", root.GetProperty("step").GetString());
        Assert.Equal("success", root.GetProperty("status").GetString());
        Assert.Equal(1, root.GetProperty("step_number").GetInt32());
        Assert.Equal(120.5, root.GetProperty("duration_ms").GetDouble());
        Assert.Equal(5, root.GetProperty("details").GetProperty("rows").GetInt64());
        Assert.Equal(RecordedSteps.All[1].Timestamp, root.GetProperty("timestamp").GetDateTimeOffset());
    }
}
