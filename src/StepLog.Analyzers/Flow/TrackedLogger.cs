using Microsoft.CodeAnalysis;

namespace StepLog.Analyzers.Flow;

/// <summary>
/// A <c>StepLogger</c> local that the flow rules analyse: created with <c>new StepLogger(...)</c> in its declaration,
/// never assigned again and never escaping the function that declares it.
/// </summary>
internal sealed class TrackedLogger
{
    public TrackedLogger(ILocalSymbol local, bool isUsing, int totalSteps)
    {
        Local = local;
        IsUsing = isUsing;
        TotalSteps = totalSteps;
    }

    public ILocalSymbol Local { get; }

    /// <summary>Declared with <c>using</c>: disposal logs INCOMPLETE, so SL1002/SL1003 do not apply.</summary>
    public bool IsUsing { get; }

    /// <summary>The constant totalSteps given to the constructor; 0 when unknown or not constant.</summary>
    public int TotalSteps { get; }

    public string Name => Local.Name;
}
