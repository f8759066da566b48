using StepLog.Dashboard.Seeder;

// dotnet StepLog.Dashboard.Seeder.dll <steps.db>: runs the seeded operations into that SQLite file, then exits.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: StepLog.Dashboard.Seeder <path of the SQLite steps file to write>");
    return 2;
}

var seeded = await SeededStore.CreateAsync(args[0]);
await seeded.DisposeAsync();
Console.WriteLine(Path.GetFullPath(args[0]));
return 0;
