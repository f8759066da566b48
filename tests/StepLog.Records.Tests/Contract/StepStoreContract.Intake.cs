namespace StepLog.Records.Tests.Contract;

/// <summary>
/// What every store makes of a record it could not keep as given: the same repair in every store, decided when the
/// record is added, so that one record never costs its neighbours.
/// </summary>
public abstract partial class StepStoreContract
{
    // A NUL, a lone high surrogate and a lone low surrogate: no PostgreSQL text holds the first, no UTF-8 the others.
    private const string Unholdable = "a\0b\uD800c\uDC00d";
    private const string Repaired = "a\uFFFDb\uFFFDc\uFFFDd";

    [Fact]
    public async Task Text_a_database_cannot_hold_comes_back_as_U_FFFD_from_every_store_and_costs_no_neighbour()
    {
        var unholdable = new StepRecord("doc " + Unholdable, "step " + Unholdable, StepStatus.Warning)
        {
            Operation = "operation " + Unholdable,
            OperationId = "id " + Unholdable,
            ErrorMessage = "unexpected byte \0 in input " + Unholdable,
            Details = new Dictionary<string, object?> { ["key " + Unholdable] = "value " + Unholdable, ["emoji"] = "🚀" },
            Timestamp = T,
        };

        await AddAllAsync(Store, [.. Neighbours(0, 50), unholdable, .. Neighbours(50, 50)]);

        var kept = Assert.Single(await Store.GetStepsAsync("doc " + Repaired));
        RecordAssert.Same(
            new StepRecord("doc " + Repaired, "step " + Repaired, StepStatus.Warning)
            {
                Operation = "operation " + Repaired,
                OperationId = "id " + Repaired,
                ErrorMessage = "unexpected byte \uFFFD in input " + Repaired,
                Details = new Dictionary<string, object?> { ["key " + Repaired] = "value " + Repaired, ["emoji"] = "🚀" },
                Timestamp = T,
            },
            kept);
        Assert.Equal(100, (await Store.GetStepsAsync("neighbour")).Count);
    }

    [Fact]
    public async Task A_subject_is_found_by_the_text_it_was_recorded_with_before_its_repair()
    {
        await AddAllAsync(Store, Record("doc " + Unholdable, "extract", T));

        var found = Assert.Single(await Store.GetStepsAsync("doc " + Unholdable));
        Assert.Equal("doc " + Repaired, found.SubjectId);
    }

    [Fact]
    public async Task A_details_value_whose_text_throws_is_kept_as_its_error_and_costs_no_neighbour()
    {
        var record = Record("doc1", "extract", T) with
        {
            Details = new Dictionary<string, object?> { ["broken"] = new ThrowingValue(), ["pages"] = 3 },
        };

        await AddAllAsync(Store, [.. Neighbours(0, 50), record, .. Neighbours(50, 50)]);

        var kept = Assert.Single(await Store.GetStepsAsync("doc1"));
        Assert.Equal([("broken", (object?)"<error: InvalidOperationException>"), ("pages", 3L)], kept.Details.Select(pair => (pair.Key, pair.Value)));
        Assert.Equal(100, (await Store.GetStepsAsync("neighbour")).Count);
    }

    [Fact]
    public async Task A_record_whose_status_is_not_a_StepStatus_is_refused_at_AddAsync_naming_the_field_and_value()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.AddAsync(Record("doc1", "odd", T, (StepStatus)42)).AsTask());

        Assert.Contains("Status", error.Message);
        Assert.Contains("42", error.Message);
        Assert.Equal("record", error.ParamName);
        await AddAllAsync(Store, Neighbours(0, 3));
        Assert.Empty(await Store.GetStepsAsync("doc1"));
        Assert.Equal(3, (await Store.GetStepsAsync("neighbour")).Count);
    }

    [Fact]
    public async Task Details_are_a_snapshot_taken_when_the_record_is_added()
    {
        // One dictionary reused for every record, as a loop does.
        var details = new Dictionary<string, object?>();
        for (var i = 0; i < 30; i++)
        {
            details["page"] = i;
            await Store.AddAsync(Record("doc1", "page " + i, T.AddSeconds(i)) with { Details = details });
        }

        details["page"] = -1;
        await Store.FlushAsync();

        Assert.Equal(
            Enumerable.Range(0, 30).Select(i => (object?)(long)i),
            (await Store.GetStepsAsync("doc1")).Select(record => record.Details["page"]));
    }

    private StepRecord[] Neighbours(int first, int count) =>
        Enumerable.Range(first, count).Select(i => Record("neighbour", "step " + i, T.AddMilliseconds(i))).ToArray();

    private sealed class ThrowingValue
    {
        public override string ToString() => throw new InvalidOperationException("no text");
    }
}
