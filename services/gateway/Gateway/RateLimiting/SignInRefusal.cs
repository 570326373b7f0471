namespace PatientNetwork.Gateway.RateLimiting;

/// <summary>Which sign-in limit an attempt ran into; <see cref="None"/> when it may go on to the password check.</summary>
public enum SignInRefusal
{
    None,
    TooManyForLoginFromClient,
    TooManyFromClient,
    TooManyForLoginFromUnknownClients,
}
