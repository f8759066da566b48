using System.Text.Json;
using StepLog.Generated.Tests.Traces;

// Writes, as JSON on standard output, the text every sink received for each failing call and the caller's trace.
var texts = await SinkTexts.CollectAsync();
Console.Out.Write(JsonSerializer.Serialize(texts));
return 0;
