namespace StepLog;

/// <summary>
/// Who an operation run is: its <see cref="OperationId"/>, and the subject its records are about (given by
/// <c>[Subject]</c> or <see cref="StepLogger.Subject"/>, or inherited from the enclosing operation). Steps find it
/// through the ambient operation; the default value is a run with no id (nothing was written for it). A sampled run
/// also carries its top-level operation's <see cref="HeldLines"/>.
/// </summary>
internal readonly struct RunIdentity
{
    // The subject, the held lines, or both in one object: one field for the two, since every step (and every pending
    // async step's state machine) carries a copy of the identity, and sampling is off by default.
    private readonly object? _subjectOrLines;

    public RunIdentity(OperationId id, string? subject, string? operation, HeldLines? held = null)
    {
        Id = id;
        Operation = operation;
        _subjectOrLines = held is null ? subject : subject is null ? held : new SubjectAndLines(subject, held);
    }

    public OperationId Id { get; }

    /// <summary>The run's operation name: what a step's record names as its operation, so that it matches <see cref="Id"/>.</summary>
    public string? Operation { get; }

    public string? Subject => _subjectOrLines switch
    {
        string subject => subject,
        SubjectAndLines both => both.Subject,
        _ => null,
    };

    /// <summary>Where the run's lines go while sampling holds them: its top-level operation's; null when nothing is sampled.</summary>
    public HeldLines? Held => _subjectOrLines is null or string
        ? null
        : _subjectOrLines as HeldLines ?? ((SubjectAndLines)_subjectOrLines).Lines;

    /// <summary>What the run's records are about: the subject, or the run's own id when no operation gave one.</summary>
    public string SubjectId => Subject ?? Id.Text ?? string.Empty;

    private sealed class SubjectAndLines(string subject, HeldLines lines)
    {
        public string Subject { get; } = subject;

        public HeldLines Lines { get; } = lines;
    }
}
