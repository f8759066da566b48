using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace StepLog.Records;

/// <summary>
/// What the writer does with a batch its database will not take: one record must not cost its batch. After the batch
/// fails its retries, its halves are tried; when the database takes either, the one that fails is split again, and so
/// on, until each record it refuses is alone, and only that record is dropped, counted and named. When it takes
/// neither half, one record of each is tried alone: a database that takes one refuses records in both halves, which are
/// isolated alike; one that takes neither is failing, not a record: the batch is dropped as a whole, without trying
/// each record.
/// Past <see cref="MostRefusedPerBatch"/> refused records, the database is taken as failing too (a new constraint, or
/// gone half way through), and what still fails is dropped whole rather than split record by record.
/// </summary>
public partial class QueuedStepStore
{
    private const int MostRefusedPerBatch = 10;

    // Returns how many of the batch's records are lost; each loss is counted by the caller and reported here.
    private async Task<int> WriteOrIsolateAsync(List<StepRecord> batch)
    {
        var error = await WriteWithRetriesAsync(batch).ConfigureAwait(false);
        if (error is null)
        {
            return 0;
        }

        if (batch.Count > 1)
        {
            var first = batch.GetRange(0, batch.Count / 2);
            var second = batch.GetRange(first.Count, batch.Count - first.Count);
            var firstError = await TryWriteAsync(first).ConfigureAwait(false);
            var secondError = await TryWriteAsync(second).ConfigureAwait(false);
            if (firstError is null || secondError is null || await TakesOneOfAsync(first, second).ConfigureAwait(false))
            {
                var isolation = new Isolation();
                await IsolateAsync(first, firstError, isolation).ConfigureAwait(false);
                await IsolateAsync(second, secondError, isolation).ConfigureAwait(false);
                ReportRefused(isolation);
                return isolation.Refused.Count + isolation.GivenUp;
            }
        }

        StepLogging.ReportFault(new InvalidOperationException(
            $"{_name} could not write {batch.Count} step records ({WriteAttempts} attempts{(batch.Count > 1 ? ", then each half, then one record of each" : "")}): they are dropped and counted in DroppedRecords. {error.Message}",
            error), FaultSource.Store);
        return batch.Count;
    }

    /// <summary>
    /// When both halves fail, whether the database still takes anything: the first record of the first half alone, or
    /// else the last of the second. A database that takes one is refusing records in both halves, which are then
    /// isolated as any other; one that takes neither is failing. A record written here leaves its half.
    /// </summary>
    private async Task<bool> TakesOneOfAsync(List<StepRecord> first, List<StepRecord> second)
    {
        if (await TryWriteAsync(first.GetRange(0, 1)).ConfigureAwait(false) is null)
        {
            first.RemoveAt(0);
            return true;
        }

        if (await TryWriteAsync(second.GetRange(second.Count - 1, 1)).ConfigureAwait(false) is null)
        {
            second.RemoveAt(second.Count - 1);
            return true;
        }

        return false;
    }

    private async Task IsolateAsync(List<StepRecord> records, Exception? error, Isolation isolation)
    {
        if (error is null)
        {
            return;
        }

        if (isolation.Refused.Count >= MostRefusedPerBatch)
        {
            isolation.GivenUp += records.Count;
            return;
        }

        if (records.Count == 1)
        {
            // Tried with the batch's retries, so that a passing fault of the database does not cost a good record.
            if (await WriteWithRetriesAsync(records).ConfigureAwait(false) is not null)
            {
                isolation.Refused.Add(records[0]);
            }

            return;
        }

        var first = records.GetRange(0, records.Count / 2);
        var second = records.GetRange(first.Count, records.Count - first.Count);
        await IsolateAsync(first, await TryWriteAsync(first).ConfigureAwait(false), isolation).ConfigureAwait(false);
        await IsolateAsync(second, await TryWriteAsync(second).ConfigureAwait(false), isolation).ConfigureAwait(false);
    }

    private async Task<Exception?> WriteWithRetriesAsync(List<StepRecord> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            var error = await TryWriteAsync(batch).ConfigureAwait(false);
            if (error is null || attempt == WriteAttempts)
            {
                return error;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt)).ConfigureAwait(false);
        }
    }

    private async Task<Exception?> TryWriteAsync(List<StepRecord> batch)
    {
        try
        {
            await _recordWriter.WriteBatchAsync(batch, CancellationToken.None).ConfigureAwait(false);
            return null;
        }
        catch (Exception error)
        {
            _lastWriteError = error;
            return error;
        }
    }

    // One report per batch, naming each record the database refused (at most MostRefusedPerBatch) and why: a rule of
    // the database that refuses many records would otherwise flood the fault handler with one report each.
    private void ReportRefused(Isolation isolation)
    {
        var refused = isolation.Refused;
        if (refused.Count == 0 && isolation.GivenUp == 0)
        {
            return;
        }

        var text = new StringBuilder(_name)
            .Append(refused.Count == 1 ? " could not write a step record" : $" could not write {refused.Count} step records")
            .Append(" that the database refused on their own (the rest of the batch is written): ");
        for (var i = 0; i < refused.Count; i++)
        {
            var record = refused[i];
            text.Append(i == 0 ? "" : "; ").Append("subject '");
            ValueText.AppendEscaped(text, record.SubjectId);
            text.Append("', step '");
            ValueText.AppendEscaped(text, record.StepName);
            text.Append("' (").Append(record.Status).Append(')');
        }

        if (isolation.GivenUp > 0)
        {
            text.Append(". Past ").Append(MostRefusedPerBatch).Append(" refused records the database is taken as failing: ")
                .Append(isolation.GivenUp).Append(" more, in the parts that still failed, are given up with them");
        }

        text.Append(". They are dropped and counted in DroppedRecords. ").Append(_lastWriteError?.Message);
        StepLogging.ReportFault(new InvalidOperationException(text.ToString(), _lastWriteError), FaultSource.Store);
    }

    private sealed class Isolation
    {
        public List<StepRecord> Refused { get; } = [];

        public int GivenUp { get; set; }
    }
}
