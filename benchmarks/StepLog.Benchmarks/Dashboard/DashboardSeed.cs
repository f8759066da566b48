using System.Globalization;
using StepLog.Records;

namespace StepLog.Benchmarks.Dashboard;

/// <summary>
/// The records the dashboard benchmark queries, as the runtime writes them: operations of five steps (their own start
/// and end, each step's start and end: twelve records), spread evenly over 30 days up to <c>now</c>; every 20th run
/// fails at its third step (one of five messages), every 50th warns at its second; every 1,000th run is a batch, whose
/// next 99 runs are its items. Durations vary by step and run, deterministically.
/// </summary>
internal static class DashboardSeed
{
    public const int RecordsPerRun = 12;

    public static readonly string[] Operations = ["ImportDocument", "ExportReport", "SyncCustomer", "IndexPage", "SendMail"];

    private static readonly string[] Steps = ["fetch", "parse", "transform", "store", "notify"];

    private static readonly string[] Errors = ["timeout after 30 s", "bad header", "connection reset", "quota exceeded", "not found"];

    public static string RunId(long run) => "r" + run.ToString("x8", CultureInfo.InvariantCulture);

    /// <summary>The records of <paramref name="runs"/> runs ending at <paramref name="now"/>, in the order they happen.</summary>
    public static IEnumerable<StepRecord> Records(long runs, DateTimeOffset now)
    {
        var span = TimeSpan.FromDays(30).Ticks;
        string? batch = null;
        for (long run = 0; run < runs; run++)
        {
            var started = now.AddTicks(-span + (span / runs * run));
            var id = RunId(run);
            if (run % 1_000 == 0)
            {
                batch = "b" + id;
                foreach (var record in Batch(batch, started))
                {
                    yield return record;
                }
            }

            foreach (var record in Run(run, id, started, run % 1_000 is > 0 and < 100 ? batch : null))
            {
                yield return record;
            }
        }
    }

    private static IEnumerable<StepRecord> Batch(string id, DateTimeOffset started)
    {
        var own = new StepRecord(id, "NightlyImport", StepStatus.Running) { Operation = "NightlyImport", OperationId = id, TotalSteps = 99, Timestamp = started, RunKind = StepRunKind.Batch };
        yield return own;
        yield return own with { Status = StepStatus.Success, DurationMs = 300_000, Timestamp = started.AddMinutes(5) };
    }

    private static IEnumerable<StepRecord> Run(long run, string id, DateTimeOffset started, string? parent)
    {
        var operation = Operations[run % Operations.Length];
        var subject = "doc" + (run % 100_000).ToString(CultureInfo.InvariantCulture);
        var fails = run % 20 == 7;
        var warns = run % 50 == 3;
        var at = started;
        var own = new StepRecord(subject, operation, StepStatus.Running) { Operation = operation, OperationId = id, TotalSteps = 5, Timestamp = at, ParentOperationId = parent };
        yield return own;
        double total = 0;
        for (var number = 1; number <= 5; number++)
        {
            var step = new StepRecord(subject, Steps[number - 1], StepStatus.Running) { Operation = operation, OperationId = id, StepNumber = number, TotalSteps = 5, Timestamp = at };
            yield return step;
            var duration = 5 + (((run * 7919) + (number * 104729)) % 400) * (number == 3 ? 3 : 1);
            total += duration;
            at = at.AddMilliseconds(duration);
            var status = fails && number == 3 ? StepStatus.Failed : warns && number == 2 ? StepStatus.Warning : StepStatus.Success;
            yield return step with
            {
                Status = status,
                DurationMs = duration,
                Timestamp = at,
                ErrorMessage = status == StepStatus.Failed ? Errors[run % Errors.Length] : status == StepStatus.Warning ? "low confidence" : null,
            };
            if (status == StepStatus.Failed)
            {
                // The run ends here: the steps after it never start (their slots stay in the record count).
                for (var skipped = number + 1; skipped <= 5; skipped++)
                {
                    yield return step with { StepName = Steps[skipped - 1], StepNumber = skipped, Status = StepStatus.Skipped, Timestamp = at };
                    yield return step with { StepName = Steps[skipped - 1], StepNumber = skipped, Status = StepStatus.Pending, Timestamp = at };
                }

                break;
            }
        }

        yield return own with
        {
            Status = fails ? StepStatus.Failed : warns ? StepStatus.Warning : StepStatus.Success,
            DurationMs = total,
            ErrorMessage = fails ? Errors[run % Errors.Length] : null,
            Timestamp = at,
            ParentOperationId = null,
        };
    }
}
