using StepLog.Dashboard.Seeder;

// dotnet StepLog.Dashboard.Seeder.dll <steps.db | PostgreSQL connection string with Host=>: runs the seeded operations
// into that store, then exits.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: StepLog.Dashboard.Seeder <path of the SQLite steps file to write | PostgreSQL connection string>");
    return 2;
}

var seeded = await SeededStore.CreateAsync(args[0]);
await seeded.DisposeAsync();
return 0;
