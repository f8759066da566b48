using System;
using System.Linq;
using StepLog.Shared;

namespace StepLog.Runtime.Tests;

/// <summary>
/// The runtime passes its StepEvent to the shared key rules (src/Shared/LineKeyRules.cs, which SL0011 uses too): the
/// rule must reserve <c>status</c> exactly on the lines the runtime writes a status on. (StepEvent and the shared
/// LineKind are one definition, src/Shared/LineKind.cs, so their names and numbers cannot differ.)
/// </summary>
public class LineKeyRulesParityTests
{
    [Fact]
    public void Status_is_StepLogs_exactly_on_the_lines_that_write_one()
    {
        foreach (var kind in Enum.GetValues<StepEvent>())
        {
            Assert.True(EntryFields.Status(kind) is not null == MetadataKeys.IsStepLogField("status", kind), kind.ToString());
        }
    }
}
