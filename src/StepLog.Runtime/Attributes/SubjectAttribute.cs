using System;
using System.Diagnostics;

namespace StepLog;

/// <summary>
/// Says what the step records of an <see cref="OperationAttribute">[Operation]</see> method are about: the
/// parameter's value, in its invariant string form, becomes the <see cref="Records.StepRecord.SubjectId"/> of the
/// operation's records and of its steps' (for example the id of the document being processed). One parameter per
/// operation. An operation without one takes the subject of the operation it runs in, and with none anywhere its
/// records are filed under the run's operation id. The value is read only when something records.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
[Conditional("STEPLOG_KEEP_ATTRIBUTES")]
public sealed class SubjectAttribute : Attribute
{
}
