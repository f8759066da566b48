using System.ComponentModel;
using Microsoft.Extensions.Logging;
using StepLog.Records;

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
#if NET8_0_OR_GREATER
    /// <summary>Deeper than this, a frame is made per call rather than kept.</summary>
    private const int KeptDepths = 16;

    private readonly FlowFrame?[] _frames = new FlowFrame?[KeptDepths];
#endif

    private readonly (int Number, string Name)[] _plan;

    /// <summary>Creates the definition.</summary>
    public OperationDefinition(string name, int totalSteps, LogLevel level)
        : this(name, totalSteps, level, [])
    {
    }

    /// <summary>Creates the definition with the plan of the steps the operation owns, known at compile time.</summary>
    /// <param name="name">The operation's name.</param>
    /// <param name="totalSteps">The operation's number of steps.</param>
    /// <param name="level">The level of the operation's lines.</param>
    /// <param name="plan">The number and name of each step the operation owns, in order: recorded as Pending when a run starts.</param>
    public OperationDefinition(string name, int totalSteps, LogLevel level, params (int Number, string Name)[] plan)
    {
        Name = name;
        TotalSteps = totalSteps;
        Level = level;
        _plan = plan ?? [];
    }

    /// <summary>The operation's name.</summary>
    public string Name { get; }

    /// <summary>The operation's number of steps.</summary>
    public int TotalSteps { get; }

    /// <summary>The level of the operation's lines.</summary>
    public LogLevel Level { get; }

    /// <summary>Records the plan of a run that just started: one Pending record per step, in order.</summary>
    internal void RecordPlan(in RunIdentity run)
    {
        foreach (var (number, step) in _plan)
        {
            RecordWriter.Write(run, Name, step, number, TotalSteps, StepStatus.Pending, double.NaN, null, default(StepMetadata));
        }
    }

    /// <summary>
    /// The operation's frame in the flow at <paramref name="depth"/>: made once, shared by every call that finds it free.
    /// Only .NET 8 and later can tell, with no allocation, that code runs in the context a run entered (which lending a
    /// shared frame's identity needs): elsewhere every call gets a frame of its own.
    /// </summary>
    internal FlowFrame Frame(int depth)
    {
#if NET8_0_OR_GREATER
        if (depth < KeptDepths)
        {
            // Two calls may both make the first frame of a depth: each holds the one it made, and later calls share the kept one.
            return _frames[depth] ??= new FlowFrame(this, depth, shared: true);
        }
#endif
        return new FlowFrame(this, depth);
    }
}
