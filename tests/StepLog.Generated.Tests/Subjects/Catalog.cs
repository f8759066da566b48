using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace StepLog.Generated.Tests.Subjects;

/// <summary>Two operations in one type, sync and ValueTask shapes, results under keys, a nested operation.</summary>
public partial class Catalog
{
    private readonly ILogger _logger;

    public Catalog(ILogger logger, Catalog? inner = null)
    {
        _logger = logger;
        Inner = inner;
    }

    public Catalog? Inner { get; }

    public Exception? Failure { get; set; }

    [Operation("Import", Result = "imported")]
    public partial int Import([Log] string source, [Log("batch")] int batchSize);

    [Operation("Export", Level = LogLevel.Debug)]
    public partial ValueTask<List<string>> ExportAsync([Log] string target, bool yieldFirst);

    [Step(1, "Read rows", Operation = nameof(Import), Result = "rows")]
    public partial List<int> ReadRows(int count);

    [Step(2, "Store rows", Operation = nameof(Import))]
    public partial void Store(List<int> rows);

    [Step(1, "Write file", Operation = nameof(ExportAsync))]
    public partial ValueTask WriteAsync(bool yieldFirst);

    private int ImportCore(string source, int batchSize)
    {
        var rows = ReadRows(batchSize);
        Store(rows);
        return rows.Count;
    }

    private async ValueTask<List<string>> ExportAsyncCore(string target, bool yieldFirst)
    {
        await WriteAsync(yieldFirst);
        return ["a", "b", "c"];
    }

    private List<int> ReadRowsCore(int count) => Enumerable.Range(0, count).ToList();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void StoreCore(List<int> rows)
    {
        if (Failure is not null)
        {
            throw Failure;
        }

        // A nested operation: logged at depth + 1.
        Inner?.Import("inner", 1);
    }

    private async ValueTask WriteAsyncCore(bool yieldFirst)
    {
        if (yieldFirst)
        {
            await Task.Yield();
        }
    }
}
