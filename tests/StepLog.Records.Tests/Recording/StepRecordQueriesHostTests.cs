using Microsoft.Extensions.DependencyInjection;
using StepLog.Records.Tests.Stores;

namespace StepLog.Records.Tests.Recording;

/// <summary><c>services.AddStepRecords(...)</c> registers the store's queries, which the dashboard resolves.</summary>
[Collection(GlobalRecording.Name)]
public sealed class StepRecordQueriesHostTests : IDisposable
{
    private readonly SqliteFile _file = new();

    public void Dispose()
    {
        StepLogging.UseStepStore(null);
        _file.Dispose();
    }

    [Fact]
    public void The_in_memory_store_answers_the_queries_itself()
    {
        using var provider = new ServiceCollection().AddStepRecords(options => options.UseInMemory()).BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<IStepStore>(), provider.GetRequiredService<IStepRecordQueries>());
    }

    [Fact]
    public void A_queued_store_answers_with_its_database_queries()
    {
        using var provider = new ServiceCollection().AddStepRecords(options => options.UseSqlite(_file.ConnectionString)).BuildServiceProvider();

        var store = Assert.IsType<SqliteStepStore>(provider.GetRequiredService<IStepStore>());
        Assert.Same(store.Queries, provider.GetRequiredService<IStepRecordQueries>());
    }

    [Fact]
    public async Task A_custom_store_without_queries_is_a_clear_error_when_they_are_resolved()
    {
        await using var provider = new ServiceCollection()
            .AddStepRecords(options => options.UseStore(_ => new WriteOnlyStore(), "the audit log"))
            .BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IStepRecordQueries>());

        Assert.Contains(typeof(WriteOnlyStore).FullName!.Replace('+', '.'), error.Message.Replace('+', '.'));
        Assert.Contains("the audit log", error.Message);
        Assert.Contains("implement IStepRecordQueries", error.Message);
    }

    private sealed class WriteOnlyStore : IStepStore
    {
        public ValueTask AddAsync(StepRecord record, CancellationToken cancellationToken = default) => default;

        public Task<IReadOnlyList<StepRecord>> GetStepsAsync(
            string subjectId, StepStatus? status = null, DateTimeOffset? since = null, DateTimeOffset? until = null, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<StepRecord>>([]);

        public Task<IReadOnlyList<StepRecord>> GetRecentErrorsAsync(DateTimeOffset since, bool includeWarnings = false, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<StepRecord>>([]);

        public ValueTask FlushAsync(CancellationToken cancellationToken = default) => default;

        public ValueTask DisposeAsync() => default;
    }
}
