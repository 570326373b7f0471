using System.Diagnostics.CodeAnalysis;

namespace PatientNetwork.WebApp.Gateway;

/// <summary>A call's outcome: the value, or the problem the gateway or service answered.</summary>
#pragma warning disable CA1000 // ApiResult<T>.Success(value) reads better at the call site than a separate factory class.
public sealed record ApiResult<T>(T? Value, ApiProblem? Problem)
{
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Ok => Problem is null;

    public static ApiResult<T> Success(T value) => new(value, null);

    public static ApiResult<T> Failure(ApiProblem problem) => new(default, problem);
}
#pragma warning restore CA1000
