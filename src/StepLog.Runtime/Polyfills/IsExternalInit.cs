#if !NET5_0_OR_GREATER
namespace System.Runtime.CompilerServices;

/// <summary>
/// Lets netstandard2.0 code declare <c>init</c> accessors and records (the compiler looks this type up by name; .NET 5
/// and later define it).
/// </summary>
internal static class IsExternalInit
{
}
#endif
