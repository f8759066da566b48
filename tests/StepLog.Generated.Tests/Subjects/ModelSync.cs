using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace StepLog.Generated.Tests.Subjects;

public sealed record Model(string Id, bool Valid);

public interface IProviderClient
{
    Task<IReadOnlyList<Model>> GetAsync(string provider, CancellationToken ct);
}

/// <summary>A provider client that answers at once, after a yield, with a failure, or by honouring cancellation.</summary>
public sealed class FakeProviderClient(int valid, int invalid) : IProviderClient
{
    public bool Yield { get; init; }

    public Exception? Failure { get; init; }

    public async Task<IReadOnlyList<Model>> GetAsync(string provider, CancellationToken ct)
    {
        if (Yield)
        {
            await Task.Yield();
        }

        ct.ThrowIfCancellationRequested();
        if (Failure is not null)
        {
            throw Failure;
        }

        return Enumerable.Range(0, valid).Select(i => new Model($"m{i}", true))
            .Concat(Enumerable.Range(0, invalid).Select(i => new Model($"x{i}", false)))
            .ToArray();
    }
}

/// <summary>The example, as a user writes it.</summary>
public partial class ModelSync(ILogger<ModelSync> logger, IProviderClient client)
{
    private readonly ILogger<ModelSync> _logger = logger;

    [Operation("Model Sync")]
    public partial Task<int> SyncAsync([Log] string provider, CancellationToken ct);

    [Step(1, "Fetch from provider API", Result = "raw_models")]
    private partial Task<IReadOnlyList<Model>> FetchAsync([Log] string provider, CancellationToken ct);

    [Step(2, "Validate and filter models")]
    private partial (int Valid, int Filtered) Validate(IReadOnlyList<Model> models);

    private async Task<int> SyncAsyncCore(string provider, CancellationToken ct)
    {
        var models = await FetchAsync(provider, ct);
        return Validate(models).Valid;
    }

    private Task<IReadOnlyList<Model>> FetchAsyncCore(string provider, CancellationToken ct) => client.GetAsync(provider, ct);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private (int Valid, int Filtered) ValidateCore(IReadOnlyList<Model> models)
    {
        var valid = models.Count(m => m.Valid);
        if (valid == 0 && models.Count > 0)
        {
            throw new InvalidOperationException("No valid model");
        }

        return (valid, models.Count - valid);
    }
}
