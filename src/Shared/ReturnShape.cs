namespace StepLog.Shared;

/// <summary>What a wrapped method returns, which decides the shape of the generated body.</summary>
internal enum ReturnShape
{
    /// <summary><c>void</c>.</summary>
    Void,

    /// <summary>Any other non-task type, returned synchronously.</summary>
    Value,

    /// <summary><c>System.Threading.Tasks.Task</c>.</summary>
    Task,

    /// <summary><c>System.Threading.Tasks.Task&lt;T&gt;</c>.</summary>
    TaskOfT,

    /// <summary><c>System.Threading.Tasks.ValueTask</c>.</summary>
    ValueTask,

    /// <summary><c>System.Threading.Tasks.ValueTask&lt;T&gt;</c>.</summary>
    ValueTaskOfT,
}
