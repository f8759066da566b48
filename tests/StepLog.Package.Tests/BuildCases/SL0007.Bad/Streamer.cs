using StepLog;

namespace Cases;

public sealed record Model(string Id, bool IsValid);

public partial class Streamer
{
    private readonly List<Model> _models = [];

    [Step(1, "Stream models")]
    public partial IAsyncEnumerable<Model> StreamAsync(string provider); // expect: error SL0007

    private async IAsyncEnumerable<Model> StreamAsyncCore(string provider)
    {
        foreach (var model in _models)
        {
            await Task.Yield();
            yield return model;
        }
    }
}
