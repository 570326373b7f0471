namespace PatientNetwork.Gateway.Auth;

/// <summary>The <c>signInStep</c> extension of a sign-in problem: what the client must do next.</summary>
public static class SignInSteps
{
    public const string Extension = "signInStep";
    public const string TwoFactor = "two-factor";
    public const string TwoFactorEnrollment = "two-factor-enrollment";
}
