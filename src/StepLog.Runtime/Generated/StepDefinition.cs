using System.ComponentModel;
using Microsoft.Extensions.Logging;

namespace StepLog.Generated;

/// <summary>What the generator knows of a step at compile time; generated code keeps one in a static field.</summary>
/// <remarks>Used by code that the StepLog generator writes; not meant to be called by hand.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class StepDefinition
{
    /// <summary>Creates the definition.</summary>
    public StepDefinition(string operation, int number, string name, int totalSteps, LogLevel level)
    {
        Operation = operation;
        Number = number;
        Name = name;
        TotalSteps = totalSteps;
        Level = level;
    }

    /// <summary>The name of the step's operation.</summary>
    public string Operation { get; }

    /// <summary>The step's number.</summary>
    public int Number { get; }

    /// <summary>The step's name.</summary>
    public string Name { get; }

    /// <summary>The operation's number of steps.</summary>
    public int TotalSteps { get; }

    /// <summary>The level of the step's lines.</summary>
    public LogLevel Level { get; }
}

/// <summary>What the generator knows of an operation at compile time; generated code keeps one in a static field.</summary>
/// <remarks>Used by code that the StepLog generator writes; not meant to be called by hand.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class OperationDefinition
{
    /// <summary>Deeper than this, a frame is made per call rather than kept.</summary>
    private const int KeptDepths = 16;

    private readonly FlowFrame?[] _frames = new FlowFrame?[KeptDepths];

    /// <summary>Creates the definition.</summary>
    public OperationDefinition(string name, int totalSteps, LogLevel level)
    {
        Name = name;
        TotalSteps = totalSteps;
        Level = level;
    }

    /// <summary>The operation's name.</summary>
    public string Name { get; }

    /// <summary>The operation's number of steps.</summary>
    public int TotalSteps { get; }

    /// <summary>The level of the operation's lines.</summary>
    public LogLevel Level { get; }

    /// <summary>The operation's frame in the flow at <paramref name="depth"/>: made once, shared by every call.</summary>
    internal FlowFrame Frame(int depth)
    {
        if (depth >= KeptDepths)
        {
            return new FlowFrame(this, depth);
        }

        // Two calls may both make the first frame of a depth: either one serves, since a frame holds no call's state.
        return _frames[depth] ??= new FlowFrame(this, depth);
    }
}
