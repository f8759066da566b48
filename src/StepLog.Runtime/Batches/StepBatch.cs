using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace StepLog;

/// <summary>
/// Runs a long job over many items as one operation:
/// <code>
/// var result = await StepBatch.RunAsync("Lead Classification", leads, ClassifyAsync,
///     new StepBatchOptions { MaxConcurrency = 8, ProgressFile = "logs/progress/leads.json", Checkpoint = "logs/leads.checkpoint" },
///     itemId: lead => lead.Name);
/// </code>
/// logs <c>🚀 START</c>, a <c>📊 PROGRESS</c> line with rate and ETA every <see cref="StepBatchOptions.LogInterval"/>,
/// one line per item (success at <see cref="StepBatchOptions.ItemLevel"/>, failure at Error), and <c>🏁 COMPLETE</c>, or
/// <c>⏹️  INTERRUPTED</c> when a signal, the caller's token or the batch timeout stopped it. Work an item does through
/// <see cref="OperationAttribute">[Operation]</see> methods or a <see cref="StepLogger"/> nests under the batch.
/// An item that fails or times out is logged and counted; the batch goes on. The batch itself throws only for bad
/// arguments, and (an <see cref="ArgumentException"/> naming the option, the path and the reason, before any item
/// runs) when its progress file or checkpoint cannot be used at all. A file that fails later costs its report, never
/// the batch, and is said once on the log.
/// </summary>
public static class StepBatch
{
    /// <summary>Runs <paramref name="process"/> on each item and returns what the batch did.</summary>
    /// <param name="name">The batch's name as it appears in the log, and the <c>batch</c> tag of <c>steplog.batch.items</c> (a name built from data makes a series per value).</param>
    /// <param name="items">The items; enumerated once, at the start, when it is not a collection.</param>
    /// <param name="process">The work on one item; its token is cancelled on the item's timeout and on a hard stop.</param>
    /// <param name="options">How to run the batch; the defaults when null.</param>
    /// <param name="itemId">Names an item in lines, errors and the checkpoint; its 1-based position when null.</param>
    /// <param name="cancellationToken">Stops the batch as a first signal does: no new item, items in flight finish within the grace period; those still running a short margin after it are abandoned (see <see cref="BatchResult.Abandoned"/>).</param>
    public static Task<BatchResult> RunAsync<T>(
        string name,
        IEnumerable<T> items,
        Func<T, CancellationToken, ValueTask> process,
        StepBatchOptions? options = null,
        Func<T, string>? itemId = null,
        CancellationToken cancellationToken = default)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        if (items is null)
        {
            throw new ArgumentNullException(nameof(items));
        }

        if (process is null)
        {
            throw new ArgumentNullException(nameof(process));
        }

        options ??= new StepBatchOptions();
        options.Validate();
        var list = items as IReadOnlyList<T> ?? items.ToList();
        return new BatchRun<T>(name, list, process, options, itemId).RunAsync(cancellationToken);
    }
}
