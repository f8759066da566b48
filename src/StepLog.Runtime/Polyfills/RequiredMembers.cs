#if !NET7_0_OR_GREATER
#pragma warning disable SA1402, SA1649 // the three attributes the compiler needs for required members, together
namespace System.Runtime.CompilerServices
{
    /// <summary>Lets netstandard2.0 code declare <c>required</c> members (the compiler looks it up by name; .NET 7 and later define it).</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
    internal sealed class RequiredMemberAttribute : Attribute
    {
    }

    /// <summary>Marks a feature the compiler requires of a consumer (used with <c>required</c> members).</summary>
    [AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = false)]
    internal sealed class CompilerFeatureRequiredAttribute(string featureName) : Attribute
    {
        public string FeatureName { get; } = featureName;

        public bool IsOptional { get; init; }
    }
}

namespace System.Diagnostics.CodeAnalysis
{
    /// <summary>Says a constructor sets every required member (used with <c>required</c> members).</summary>
    [AttributeUsage(AttributeTargets.Constructor, AllowMultiple = false, Inherited = false)]
    internal sealed class SetsRequiredMembersAttribute : Attribute
    {
    }
}
#endif
