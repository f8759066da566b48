namespace StepLog;

/// <summary>
/// Who an operation run is: its <see cref="OperationId"/>, and the subject its records are about (given by
/// <c>[Subject]</c> or <see cref="StepLogger.Subject"/>, or inherited from the enclosing operation). Steps find it
/// through the ambient operation; the default value is a run with no id (nothing was written for it).
/// </summary>
internal readonly struct RunIdentity
{
    public RunIdentity(OperationId id, string? subject, string? operation, HeldLines? held = null)
    {
        Id = id;
        Subject = subject;
        Operation = operation;
        Held = held;
    }

    /// <summary>Where the run's lines go while sampling holds them: its top-level operation's; null when nothing is sampled.</summary>
    public HeldLines? Held { get; }

    public OperationId Id { get; }

    /// <summary>The run's operation name: what a step's record names as its operation, so that it matches <see cref="Id"/>.</summary>
    public string? Operation { get; }

    public string? Subject { get; }

    /// <summary>What the run's records are about: the subject, or the run's own id when no operation gave one.</summary>
    public string SubjectId => Subject ?? Id.Text ?? string.Empty;
}
