using StepLog;

namespace Cases;

public partial class Transfer
{
    private string _text = "";

    [Operation("Import")]
    public partial Task ImportAsync();

    [Operation("Export")]
    public partial Task ExportAsync();

    [Step(1, "Read file")] // expect: error SL0006
    private partial Task<string> ReadAsync(string path);

    [Step(1, "Write table", Operation = "Exprt")] // expect: error SL0006
    private partial Task WriteAsync(string text);

    private async Task ImportAsyncCore() => _text = await ReadAsync("in.csv");

    private Task ExportAsyncCore() => WriteAsync(_text);

    private Task<string> ReadAsyncCore(string path) => Task.FromResult(path + _text);

    private Task WriteAsyncCore(string text)
    {
        _text = text;
        return Task.CompletedTask;
    }
}
