using System;
using System.ComponentModel;

namespace StepLog.Generated;

/// <summary>
/// How a generated wrapper sees its body's exception without catching it: an exception filter keeps it and answers
/// false, and the wrapper's <c>finally</c> logs it. The exception is never caught or rethrown by StepLog, so the caller
/// gets it exactly as the body threw it; and by the time <c>finally</c> runs (the second pass of exception handling),
/// its stack trace reaches the frame that catches it, so the text a sink receives (its <c>ToString()</c>) shows the
/// user's frames as the caller's trace does. Caught in the wrapper, the exception's trace would end in the wrapper's
/// frame, which .NET always prints, <c>[StackTraceHidden]</c> or not, when it is the last one.
/// </summary>
/// <remarks>Used by code that the StepLog generator writes; not meant to be called by hand.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GeneratedFailure
{
    /// <summary>Keeps <paramref name="exception"/> in <paramref name="kept"/>; always false, so that the filter catches nothing.</summary>
    /// <param name="exception">The body's exception.</param>
    /// <param name="kept">The wrapper's local that its <c>finally</c> reads.</param>
    public static bool Keep(Exception exception, out Exception kept)
    {
        kept = exception;
        return false;
    }
}
