using StepLog;

namespace Cases;

// The body must stay an instance method like its declaration: CA1822 on it is suppressed, not shown.
public partial class Importer
{
    [Operation("Import")]
    public partial int Import([Log] string source);

    private int ImportCore(string source) => source.Length; // expect: suppressed CA1822

    // A method that is no StepLog body keeps the compiler's advice.
    private int Count(string source) => source.Length; // expect: info CA1822
}
