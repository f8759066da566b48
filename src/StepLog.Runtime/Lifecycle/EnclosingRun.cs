using StepLog.Generated;

namespace StepLog;

/// <summary>
/// What an operation that begins now takes from the operation it is started in, read before it enters the flow (where
/// it would find itself): the subject of its records, when it records and has none of its own, and the held lines of
/// a sampled run, which a nested operation shares with its top-level one. The default value takes nothing.
/// </summary>
internal readonly struct EnclosingRun
{
    private EnclosingRun(string? subject, HeldLines? held, SamplingSettings? sampling)
    {
        Subject = subject;
        Held = held;
        Sampling = sampling;
    }

    /// <summary>The run's own subject or, when it records and has none, the enclosing operation's.</summary>
    public string? Subject { get; }

    /// <summary>The enclosing run's held lines; null when nothing is sampled or there is no enclosing run.</summary>
    public HeldLines? Held { get; }

    /// <summary>The sampling in force as the run began (<see cref="LineOutput.Sampling"/>); null when nothing is sampled.</summary>
    public SamplingSettings? Sampling { get; }

    /// <summary>
    /// What a run with <paramref name="outputs"/> and its own <paramref name="subject"/> (null when it has none) takes:
    /// the ambient operation is read only when the run records or lines are sampled.
    /// </summary>
    public static EnclosingRun Of(StepOutputs outputs, string? subject)
    {
        var records = (outputs & StepOutputs.Record) != 0;
        var sampling = LineOutput.Sampling;
        if (!records && sampling is null)
        {
            return new EnclosingRun(subject, null, null);
        }

        var enclosing = Ambient.Identity;
        return new EnclosingRun(subject ?? (records ? enclosing.Subject : null), enclosing.Held, sampling);
    }
}
