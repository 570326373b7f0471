using System.Diagnostics;

namespace PatientNetwork.Gateway.RateLimiting;

/// <summary>A sign-in attempt as the limiter counted it: refused, or allowed to check its password.</summary>
public sealed record SignInAttempt(string Login, string Client, FixedWindow Window, SignInRefusal Refusal)
{
    public bool Allowed => Refusal == SignInRefusal.None;

    /// <summary>What the client is told; the same whether or not the login exists.</summary>
    public string Explanation => Refusal switch
    {
        SignInRefusal.TooManyForLoginFromClient => "Too many failed sign-ins for this login from this address.",
        SignInRefusal.TooManyFromClient => "Too many failed sign-ins from this address.",
        SignInRefusal.TooManyForLoginFromUnknownClients => "Too many failed sign-ins for this login from addresses it has not signed in from before. Sign in from a network you have used before, or wait.",
        _ => throw new UnreachableException("An attempt that was allowed has no refusal to explain."),
    };
}
