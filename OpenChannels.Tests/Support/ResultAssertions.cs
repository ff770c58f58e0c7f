using OpenChannels.Domain.Common;
using Shouldly;

namespace OpenChannels.Tests.Support;

/// <summary>Asserts a use case's outcome and hands back its error or value, typed as non-null.</summary>
public static class ResultAssertions
{
    public static Error ShouldFail(this Result result) =>
        result.Succeeded ? throw new ShouldAssertException("Expected the use case to fail, but it succeeded.") : result.Error;

    public static Error ShouldFail<T>(this Result<T> result) =>
        result.Succeeded ? throw new ShouldAssertException($"Expected the use case to fail, but it succeeded with {result.Value}.") : result.Error;

    public static void ShouldSucceed(this Result result)
    {
        if (!result.Succeeded)
        {
            throw new ShouldAssertException($"Expected the use case to succeed, but it failed: {result.Error.Message}");
        }
    }

    public static T ShouldSucceed<T>(this Result<T> result) =>
        result.Succeeded ? result.Value : throw new ShouldAssertException($"Expected the use case to succeed, but it failed: {result.Error.Message}");

    /// <summary>The use case refused an input, naming <paramref name="field"/>.</summary>
    public static void ShouldFailOn(this Result result, string field) => result.ShouldFail().ShouldBeOfType<InvalidInput>().Field.ShouldBe(field);

    public static void ShouldFailOn<T>(this Result<T> result, string field) => result.ShouldFail().ShouldBeOfType<InvalidInput>().Field.ShouldBe(field);
}
