namespace StepLog.Records.Tests.Contract;

/// <summary>Compares records field by field, details by content (a record's own equality compares the dictionary's reference).</summary>
internal static class RecordAssert
{
    public static void Same(StepRecord expected, StepRecord actual)
    {
        Assert.Equal(expected.SubjectId, actual.SubjectId);
        Assert.Equal(expected.StepName, actual.StepName);
        Assert.Equal(expected.Status, actual.Status);
        Assert.Equal(expected.Operation, actual.Operation);
        Assert.Equal(expected.OperationId, actual.OperationId);
        Assert.Equal(expected.ParentOperationId, actual.ParentOperationId);
        Assert.Equal(expected.RunKind, actual.RunKind);
        Assert.Equal(expected.StepNumber, actual.StepNumber);
        Assert.Equal(expected.TotalSteps, actual.TotalSteps);
        Assert.Equal(expected.DurationMs, actual.DurationMs);
        Assert.Equal(expected.ErrorMessage, actual.ErrorMessage);
        Assert.Equal(expected.Timestamp, actual.Timestamp);
        Assert.Equal(TimeSpan.Zero, actual.Timestamp.Offset);
        Assert.Equal(expected.Sequence, actual.Sequence);
        Assert.Equal(expected.Details.Select(pair => (pair.Key, pair.Value)), actual.Details.Select(pair => (pair.Key, pair.Value)));
    }

    /// <summary>The records' step names, in the order returned: a compact way to state an expected order.</summary>
    public static string[] Names(IEnumerable<StepRecord> records) => records.Select(record => record.StepName).ToArray();
}
