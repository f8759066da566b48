using System.Collections.Generic;
using System.Threading;
using Microsoft.Extensions.Logging;

namespace StepLog;

/// <summary>
/// The lines of one sampled run: a top-level operation and every operation nested in it, which find it through their
/// <see cref="RunIdentity"/>. While the run's fate is open, its lines are held, in the order they were logged (from
/// whichever thread: parallel nested operations share their root's lines). It is then either released (the held lines are
/// written, in order, and the later ones are written as they come) or dropped (the held lines are forgotten), once:
/// <list type="bullet">
/// <item>released as soon as a line shows that the run is worth keeping (a failure, cancellation, warning, retry or an
/// unfinished operation, or any line with an exception), so that no exception is held, and a failing run is seen as it goes on;</item>
/// <item>released when it would hold more than <see cref="SamplingSettings.MaxHeldLines"/> lines;</item>
/// <item>at the end of the top-level operation: released if it was slow, dropped otherwise.</item>
/// </list>
/// A line logged after the run was dropped (by work the operation started and did not wait for) is written as it
/// comes: it was not part of what the operation's outcome judged, and may be a failure.
/// </summary>
internal sealed class HeldLines
{
    /// <summary>The lines of a run drawn to be kept: written as they come, from the start.</summary>
    public static readonly HeldLines Kept = new(null, default, Released);

    private const int Holding = 0;
    private const int Released = 1;
    private const int Dropped = 2;

    private readonly SamplingSettings? _settings;
    private readonly OperationId _root;
    private List<HeldEntry>? _lines;
    private int _state;
    private bool _flushing;

    private HeldLines(SamplingSettings? settings, OperationId root, int state)
    {
        _settings = settings;
        _root = root;
        _state = state;
    }

    /// <summary>
    /// The lines a run starting now writes to: its enclosing run's when it has one (a nested operation follows its
    /// root), none when nothing is sampled or the run writes no line, else a run of its own, drawn to be kept or held.
    /// </summary>
    public static HeldLines? ForRun(SamplingSettings? sampling, HeldLines? enclosing, bool logs, OperationId id)
    {
        if (enclosing is not null)
        {
            return enclosing;
        }

        if (sampling is null || !logs)
        {
            return null;
        }

        return sampling.Draws(id) ? Kept : new HeldLines(sampling, id, Holding);
    }

    /// <summary>Whether the run's lines were dropped at its end: a line that would follow them (a batch item's SUCCESS) goes too.</summary>
    public bool WasDropped => Volatile.Read(ref _state) == Dropped;

    /// <summary>Whether the run with this id is the top-level operation of these lines, whose end decides their fate.</summary>
    public bool IsRootOf(OperationId id) => _settings is not null && _root.Equals(id);

    /// <summary>
    /// Holds the line if the run's fate is open; false when the caller must write it now (after the held lines, when
    /// this line released them).
    /// </summary>
    public bool TryHold<TMetadata>(ILogger logger, LogLevel level, EventId eventId, in StepLogEntry<TMetadata> entry, System.Exception? error)
        where TMetadata : struct, IStepMetadata
    {
        if (Volatile.Read(ref _state) != Holding)
        {
            return false;
        }

        if (error is not null || KeepsRun(entry.Kind))
        {
            Release();
            return false;
        }

        var held = HeldEntry.Capture(logger, level, eventId, entry);
        lock (this)
        {
            if (_state != Holding || _flushing)
            {
                return false;
            }

            _lines ??= new List<HeldEntry>(16);
            if (_lines.Count >= _settings!.MaxHeldLines)
            {
                Flush();
                return false;
            }

            _lines.Add(held);
            return true;
        }
    }

    /// <summary>Keeps the run: writes what it held, in order, and lets its later lines through.</summary>
    public void Release()
    {
        if (Volatile.Read(ref _state) != Holding)
        {
            return;
        }

        lock (this)
        {
            if (_state == Holding && !_flushing)
            {
                Flush();
            }
        }
    }

    /// <summary>The top-level operation ended after <paramref name="elapsedTicks"/> (Stopwatch ticks) with no reason found to keep it but its time.</summary>
    public void End(long elapsedTicks)
    {
        if (Volatile.Read(ref _state) != Holding)
        {
            return;
        }

        if (elapsedTicks >= _settings!.SlowThresholdTicks)
        {
            Release();
            return;
        }

        lock (this)
        {
            if (_state == Holding && !_flushing)
            {
                _lines = null;
                Volatile.Write(ref _state, Dropped);
            }
        }
    }

    /// <summary>Lines that show a run worth a look; an operation's failed or unfinished end releases the run itself.</summary>
    private static bool KeepsRun(StepEvent kind) =>
        kind is StepEvent.StepFailure or StepEvent.StepCancelled or StepEvent.StepWarning or StepEvent.StepRetry or StepEvent.OperationIncomplete;

    // Under the lock. The state changes only after the last held line is written, so that a line that finds the run
    // released (and is written at once) always comes after them.
    private void Flush()
    {
        _flushing = true;
        try
        {
            var lines = _lines;
            if (lines is not null)
            {
                HeldLineWriter.Write(lines);
            }
        }
        finally
        {
            _lines = null;
            _flushing = false;
            Volatile.Write(ref _state, Released);
        }
    }
}
