using System.Diagnostics;

namespace StepLog;

// The values of a StepLogEntry, in three parts of one or two references and two 8-byte values each. The entry is passed
// to ILogger.Log by value, so every line copies it, and its layout decides what the copy costs (both measured on the
// enabled step, about 2-4 ns a line each):
// - the runtime lays a struct out references first; as flat fields the values made one run of five 8-byte slots, which
//   the JIT copies with `rep movsq` and its start-up cost. Split in parts, every run is short enough to copy move by move.
// - the copy reads 8 bytes at a time what the caller has just written; a slot written as two 4-byte values (or a value
//   and padding) cannot be forwarded from the pending stores and stalls the read. So every value here is stored 8 bytes
//   wide: small numbers are paired into one field.

/// <summary>Where a line is: its operation, its step and the step's place, its depth, and what kind of line it is.</summary>
internal readonly struct LinePosition
{
    public readonly string Operation;
    public readonly string? Step;
    private readonly ulong _kindAndNumber;
    private readonly ulong _totalAndDepth;

    public LinePosition(string operation, string? step, StepEvent kind, int number, int total, int depth)
    {
        Operation = operation;
        Step = step;
        _kindAndNumber = Pair((int)kind, number);
        _totalAndDepth = Pair(total, depth);
    }

    public StepEvent Kind => (StepEvent)Low(_kindAndNumber);

    public int Number => High(_kindAndNumber);

    public int Total => Low(_totalAndDepth);

    public int Depth => High(_totalAndDepth);

    private static ulong Pair(int low, int high) => (uint)low | ((ulong)(uint)high << 32);

    private static int Low(ulong pair) => (int)(uint)pair;

    private static int High(ulong pair) => (int)(uint)(pair >> 32);
}

/// <summary>How the step or operation ended, as far as the line tells: its text, its duration and a retry's attempt.</summary>
internal readonly struct LineOutcome
{
    public readonly string? Text;

    /// <summary>Milliseconds, or NaN where the line has no duration.</summary>
    public readonly double Duration;

    private readonly long _attempt;

    public LineOutcome(string? text, double duration, int attempt)
    {
        Text = text;
        Duration = duration;
        _attempt = attempt;
    }

    public int Attempt => (int)_attempt;
}

/// <summary>
/// The ids the structured view adds: the run's id and subject, and the span of a line that is read after it was made (a held line),
/// captured when it was held. A line written at once is read by its providers inside ILogger.Log, while the span current
/// when it was made is still current, so it reads Activity.Current only if a provider asks for the structured view: a
/// line nobody reads as fields (a disabled provider, a text-only one) pays nothing for its ids.
/// </summary>
internal readonly struct LineIds
{
    // Held with no span: a marker rather than a flag beside the reference (see above: no narrow values).
    private static readonly object NoSpan = new();

    public readonly OperationId OperationId;

    // The subject and the held span in one reference, so that the entry is no larger than it was without the subject
    // (every line copies it, and a provider that reads it as IStepLogEntry boxes it): null, neither; a string, the
    // subject of a line not held; NoSpan or an Activity, a held line's span; a HeldWithSubject, both.
    private readonly object? _subjectOrSpan;

    public LineIds(OperationId operationId, string? subject, bool spanHeld, Activity? span)
    {
        OperationId = operationId;
        _subjectOrSpan = !spanHeld ? subject
            : subject is null ? span ?? NoSpan
            : new HeldWithSubject(subject, span);
    }

    /// <summary>What the run is about (<c>[Subject]</c>, <see cref="StepLogger.Subject"/>), as given: null when it has none.</summary>
    public string? Subject => _subjectOrSpan as string ?? (_subjectOrSpan as HeldWithSubject)?.Subject;

    public bool SpanHeld => _subjectOrSpan is not null and not string;

    public Activity? HeldSpan => _subjectOrSpan as Activity ?? (_subjectOrSpan as HeldWithSubject)?.Span;

    private sealed class HeldWithSubject(string subject, Activity? span)
    {
        public string Subject { get; } = subject;

        public Activity? Span { get; } = span;
    }
}
