using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace StepLog.Generated.Tests.Subjects;

/// <summary>
/// An operation whose values cannot be read: a disposed collection (its Count throws) as a [Log] parameter and as
/// results of every shape, a value whose ToString throws as a [Log] parameter and as the [Subject].
/// </summary>
public partial class Unreadable(ILogger logger)
{
    private readonly ILogger _logger = logger;

    /// <summary>How many times each body ran.</summary>
    public Dictionary<string, int> Runs { get; } = [];

    [Operation("Drain")]
    public partial int Drain([Log("queue")] BlockingCollection<int> queue);

    [Operation("Open", Result = "made")]
    public partial BlockingCollection<int> Open();

    [Operation("Label")]
    public partial int Label([Subject] Untextable subject, [Log] Untextable value);

    [Step(1, "Make", Operation = nameof(Open), Result = "made")]
    public partial BlockingCollection<int> Make();

    [Step(2, "Make later", Operation = nameof(Open), Result = "made")]
    public partial Task<BlockingCollection<int>> MakeAsync(bool yieldFirst);

    [Step(3, "Make pair", Operation = nameof(Open))]
    public partial (BlockingCollection<int> Made, int Size) MakePair();

    /// <summary>A collection whose Count throws ObjectDisposedException.</summary>
    public static BlockingCollection<int> Disposed()
    {
        var collection = new BlockingCollection<int>();
        collection.Dispose();
        return collection;
    }

    private int DrainCore(BlockingCollection<int> queue) => Ran(nameof(Drain), 42);

    private BlockingCollection<int> OpenCore() => Ran(nameof(Open), Make());

    private int LabelCore(Untextable subject, Untextable value) => Ran(nameof(Label), 7);

    private BlockingCollection<int> MakeCore() => Ran(nameof(Make), Disposed());

    private async Task<BlockingCollection<int>> MakeAsyncCore(bool yieldFirst)
    {
        if (yieldFirst)
        {
            await Task.Yield();
        }

        return Ran(nameof(MakeAsync), Disposed());
    }

    private (BlockingCollection<int> Made, int Size) MakePairCore() => Ran(nameof(MakePair), (Disposed(), 3));

    private T Ran<T>(string body, T result)
    {
        lock (Runs)
        {
            Runs[body] = Runs.GetValueOrDefault(body) + 1;
        }

        return result;
    }
}

/// <summary>A value whose text cannot be read.</summary>
public sealed class Untextable
{
    public override string ToString() => throw new InvalidOperationException("no text");
}
