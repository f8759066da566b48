using System;
using System.Linq;
using StepLog.Shared;

namespace StepLog.Runtime.Tests;

/// <summary>
/// The runtime passes its StepEvent to the shared key rules (src/Shared/LineKeyRules.cs, which SL0011 uses too) as a
/// LineKind: the two must name the same kinds with the same numbers, and the rule must reserve <c>status</c> exactly on
/// the lines the runtime writes a status on.
/// </summary>
public class LineKeyRulesParityTests
{
    [Fact]
    public void Every_StepEvent_is_the_LineKind_of_the_same_name()
    {
        Assert.Equal(
            Enum.GetValues<StepEvent>().Select(e => ((int)e, e.ToString())),
            Enum.GetValues<LineKind>().Select(k => ((int)k, k.ToString())));
    }

    [Fact]
    public void Status_is_StepLogs_exactly_on_the_lines_that_write_one()
    {
        foreach (var kind in Enum.GetValues<StepEvent>())
        {
            Assert.True(EntryFields.Status(kind) is not null == MetadataKeys.IsStepLogField("status", kind), kind.ToString());
        }
    }
}
