using System.Globalization;
using StepLog.Records;

// dotnet StepLog.Records.ChildWriter.dll <database file> <subject> <count | forever>
// Adds records numbered from 1 (Sequence = the number) to a SqliteStepStore. With a count, it disposes the store (which
// writes everything) and exits. With "forever", it adds records with no flush of its
// own, and prints "added N" after every 1,000 records (then pauses 100 ms: about 10,000 records a second), until killed.
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: StepLog.Records.ChildWriter <database file> <subject> <count | forever>");
    return 2;
}

var store = new SqliteStepStore($"Data Source={args[0]}");
var subject = args[1];
var forever = args[2] == "forever";
var count = forever ? long.MaxValue : long.Parse(args[2], CultureInfo.InvariantCulture);
Console.WriteLine("ready");
for (long number = 1; number <= count; number++)
{
    await store.AddAsync(new StepRecord(subject, "child step", StepStatus.Success) { Sequence = number, StepNumber = 1, TotalSteps = 1 });
    if (forever && number % 1_000 == 0)
    {
        Console.WriteLine($"added {number}");
        Thread.Sleep(100);
    }
}

await store.DisposeAsync();
Console.WriteLine("done");
return 0;
