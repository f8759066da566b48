namespace StepLog.Records;

/// <summary>
/// Which records the queries read as what, in one place so that every store answers alike: a run is known by its own
/// records (step 0 with an operation id); a record that ends something (a terminal status) counts in the overview.
/// </summary>
internal static class RunRecords
{
    /// <summary>A run's own record: step 0 of an operation or a batch, with the run's id.</summary>
    public static bool IsRunRecord(StepRecord record) => record.StepNumber == 0 && record.OperationId is not null;

    /// <summary>The run's name: the operation's, or the step name when the record names no operation.</summary>
    public static string OperationOf(StepRecord record) => record.Operation ?? record.StepName;

    /// <summary>
    /// The status a run stands at after this own record: a run that has not ended (Pending, Running, or a recoverable
    /// Error) is Running; an ended run keeps its record's status.
    /// </summary>
    public static StepStatus RunStatusOf(StepStatus status) => status.IsTerminal() ? status : StepStatus.Running;

    /// <summary>
    /// Whether the record counts in the overview: it ended a run or a step of a named operation. Records without an
    /// operation belong to no line of the overview.
    /// </summary>
    public static bool CountsInOverview(StepRecord record) =>
        record.IsTerminal && (IsRunRecord(record) || (record.StepNumber > 0 && record.Operation is not null));

    /// <summary>The first tick of the minute the time falls in (the grain the stores aggregate at).</summary>
    public static long MinuteOf(long utcTicks) => utcTicks - (utcTicks % System.TimeSpan.TicksPerMinute);

    /// <summary>The first tick of the hour the time falls in.</summary>
    public static long HourOf(long utcTicks) => utcTicks - (utcTicks % System.TimeSpan.TicksPerHour);

    /// <summary>The first tick of the (UTC) day the time falls in.</summary>
    public static long DayOf(long utcTicks) => utcTicks - (utcTicks % System.TimeSpan.TicksPerDay);
}
