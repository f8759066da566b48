using StepLog.Records;

namespace StepLog.Cli.Tests.Records;

/// <summary>The records every store test writes: two subjects, every kind of outcome, one of them three hours old.</summary>
internal static class RecordedSteps
{
    public static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    public static IReadOnlyList<StepRecord> All { get; } =
    [
        new("order-42", "Import Orders", StepStatus.Running)
        {
            Operation = "Import Orders", StepNumber = 0, TotalSteps = 3, Timestamp = Now.AddHours(-3).AddSeconds(-1),
        },
        new("order-42", "Fetch", StepStatus.Success)
        {
            Operation = "Import Orders", StepNumber = 1, TotalSteps = 3, DurationMs = 120.5, Timestamp = Now.AddHours(-3),
            Details = new Dictionary<string, object?> { ["rows"] = 5L },
        },
        new("order-42", "Validate", StepStatus.Failed)
        {
            Operation = "Import Orders", StepNumber = 2, TotalSteps = 3, DurationMs = 12.25, ErrorMessage = "row 7: no price",
            Timestamp = Now.AddMinutes(-20),
        },
        new("order-42", "Notify", StepStatus.Warning)
        {
            Operation = "Import Orders", StepNumber = 3, TotalSteps = 3, DurationMs = 3.0, ErrorMessage = "mail server slow",
            Timestamp = Now.AddMinutes(-10),
        },
        new("order-7", "Charge", StepStatus.Error)
        {
            Operation = "Payment", StepNumber = 1, TotalSteps = 1, ErrorMessage = "card declined, will retry",
            Timestamp = Now.AddMinutes(-5),
        },
    ];

    public static string Time(int index) => All[index].Timestamp.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff'Z'");

    public static async Task WriteAsync(IStepStore store)
    {
        await using (store)
        {
            foreach (var record in All)
            {
                await store.AddAsync(record);
            }

            await store.FlushAsync();
        }
    }
}
