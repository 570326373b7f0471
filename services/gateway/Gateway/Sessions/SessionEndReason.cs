namespace PatientNetwork.Gateway.Sessions;

public enum SessionEndReason
{
    SignedOut,
    SignedOutEverywhere,
    SignedOutByAdmin,
    PasswordChanged,
    AccountDisabled,
    AccessChanged,
    Expired,
    Idle,
}
