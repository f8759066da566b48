using System;

namespace StepLog;

/// <summary>
/// Where a generated step or operation goes, decided once per call before anything else is done: nowhere (call the
/// body and nothing more), to the logger, to the <c>StepLog</c> activity source, to the step records, to the
/// <c>StepLog</c> meter, or any of them.
/// </summary>
/// <remarks>
/// Internal, so that adding an output changes no public type: generated code holds it in the opaque
/// <see cref="Generated.StepOutputs"/>.
/// A <see cref="Run"/> keeps the flags in a byte: eight outputs at the most.
/// </remarks>
[Flags]
internal enum OutputFlags
{
    /// <summary>The level is disabled, nothing listens, nothing records and nothing measures: the wrapper calls the body directly.</summary>
    None = 0,

    /// <summary>The level is enabled: lines are written.</summary>
    Log = 1,

    /// <summary>The <c>StepLog</c> activity source has listeners: spans are started.</summary>
    Trace = 2,

    /// <summary>A step store or a record observer is set: the call is recorded, whatever its level.</summary>
    Record = 4,

    /// <summary>A listener has enabled the call's histogram of the <c>StepLog</c> meter: its duration is measured, whatever its level.</summary>
    Measure = 8,
}
