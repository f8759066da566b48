using StepLog.Cli.Records;

namespace StepLog.Cli.Tests.Records;

public class StoreConnectionTests
{
    [Theory]
    [InlineData("Host=db;Database=app;Username=app;Password=secret", "PostgreSql")]
    [InlineData("server=db;database=app", "PostgreSql")]
    [InlineData("steps.db", "Sqlite")]
    [InlineData("logs/records/steps.sqlite", "Sqlite")]
    [InlineData("Data Source=steps.db", "Sqlite")]
    [InlineData("odd=name.db", "Sqlite")]
    public void The_store_is_told_by_the_argument_form(string argument, string kind) =>
        Assert.Equal(kind, StoreConnection.Parse(argument).Kind.ToString());

    [Fact]
    public void A_password_never_reaches_the_display_text()
    {
        var connection = StoreConnection.Parse("Host=db;Database=app;Username=app;Password=secret");

        Assert.Equal("PostgreSQL database 'app' on db", connection.Display);
    }
}
