namespace StepLog.Generated.Tests.Subjects;

/// <summary>No logger anywhere: the generated default logger of the type is used. No operation: N = its steps.</summary>
public static partial class ZeroConfig
{
    [Step(1, "Compute")]
    public static partial int Compute([Log] int input);

    [Step(2, "Finish")]
    public static partial void Finish();

    private static int ComputeCore(int input) => input * 2;

    private static void FinishCore()
    {
    }
}
