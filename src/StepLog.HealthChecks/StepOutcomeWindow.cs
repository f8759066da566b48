using System;
using System.Collections.Generic;
using System.Linq;
using StepLog.Records;

namespace StepLog;

/// <summary>
/// The last few minutes of step outcomes, in memory, for the health check: counts by status and the failing steps,
/// kept in 60 time slices of the window so that old outcomes fall out as time passes; and the latest error messages.
/// It sees records as an <see cref="IStepRecordObserver"/> (attached by <c>AddStepLog()</c> when the host starts), so
/// a probe never queries a database.
/// </summary>
public sealed class StepOutcomeWindow : IStepRecordObserver
{
    private const int SliceCount = 60;

    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _window;
    private readonly long _sliceTicks;
    private readonly Slice[] _slices = new Slice[SliceCount];
    private readonly LatestError?[] _latestErrors;
    private int _nextError;

    /// <summary>Creates an empty window.</summary>
    /// <param name="options">The window's length and how many errors it keeps.</param>
    /// <param name="timeProvider">The clock; the system's when null.</param>
    public StepOutcomeWindow(StepHealthCheckOptions options, TimeProvider? timeProvider = null)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        options.Validate();
        _time = timeProvider ?? TimeProvider.System;
        _window = options.Window;
        _sliceTicks = Math.Max(1, options.Window.Ticks / SliceCount);
        _latestErrors = new LatestError?[options.LatestErrors];
        for (var i = 0; i < SliceCount; i++)
        {
            _slices[i] = new Slice();
        }
    }

    /// <summary>How far back the window looks.</summary>
    public TimeSpan Window => _window;

    /// <summary>
    /// When the window began seeing records (null while nothing shows it records): outcomes before then are not in it.
    /// </summary>
    public DateTimeOffset? ObservingSince { get; internal set; }

    internal DateTimeOffset Now => _time.GetUtcNow();

    /// <inheritdoc/>
    public void OnRecorded(StepRecord record)
    {
        if (record is null)
        {
            return;
        }

        var now = _time.GetUtcNow();
        var sliceNumber = now.UtcTicks / _sliceTicks;
        lock (_gate)
        {
            var slice = _slices[sliceNumber % SliceCount];
            if (slice.Number != sliceNumber)
            {
                slice.Reset(sliceNumber);
            }

            slice.Counts[(int)record.Status]++;
            if (record.Status == StepStatus.Failed)
            {
                slice.FailedSteps ??= new Dictionary<string, long>(StringComparer.Ordinal);
                slice.FailedSteps.TryGetValue(record.StepName, out var failures);
                slice.FailedSteps[record.StepName] = failures + 1;
            }

            if (record.IsError && _latestErrors.Length > 0)
            {
                _latestErrors[_nextError] = new LatestError(now, record);
                _nextError = (_nextError + 1) % _latestErrors.Length;
            }
        }
    }

    /// <summary>What the window holds now.</summary>
    /// <param name="topFailingSteps">How many failing steps to name, most failures first.</param>
    public StepOutcomeSnapshot GetSnapshot(int topFailingSteps = 5)
    {
        var now = _time.GetUtcNow();
        var current = now.UtcTicks / _sliceTicks;
        var counts = new long[StepStatusFacts.All.Length];
        var failedSteps = new Dictionary<string, long>(StringComparer.Ordinal);
        var errors = new List<StepRecord>();
        lock (_gate)
        {
            foreach (var slice in _slices)
            {
                if (slice.Number > current - SliceCount && slice.Number <= current)
                {
                    for (var status = 0; status < counts.Length; status++)
                    {
                        counts[status] += slice.Counts[status];
                    }

                    foreach (var failed in slice.FailedSteps ?? [])
                    {
                        failedSteps.TryGetValue(failed.Key, out var total);
                        failedSteps[failed.Key] = total + failed.Value;
                    }
                }
            }

            for (var back = 1; back <= _latestErrors.Length; back++)
            {
                var error = _latestErrors[(_nextError - back + _latestErrors.Length) % _latestErrors.Length];
                if (error is not null && now - error.At < _window)
                {
                    errors.Add(error.Record);
                }
            }
        }

        var topFailed = failedSteps
            .OrderByDescending(step => step.Value)
            .ThenBy(step => step.Key, StringComparer.Ordinal)
            .Take(Math.Max(0, topFailingSteps))
            .ToList();
        return new StepOutcomeSnapshot(counts, topFailed, errors);
    }

    private sealed class Slice
    {
        public long Number { get; private set; } = long.MinValue;

        public long[] Counts { get; } = new long[StepStatusFacts.All.Length];

        public Dictionary<string, long>? FailedSteps { get; set; }

        public void Reset(long number)
        {
            Number = number;
            Array.Clear(Counts, 0, Counts.Length);
            FailedSteps?.Clear();
        }
    }

    private sealed class LatestError(DateTimeOffset at, StepRecord record)
    {
        public DateTimeOffset At { get; } = at;

        public StepRecord Record { get; } = record;
    }
}
