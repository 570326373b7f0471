namespace PatientNetwork.Gateway.Codes;

/// <summary>What a one-time code lets its holder do, once.</summary>
public enum OneTimeCodePurpose
{
    /// <summary>Set the first password of an invited account (from the admin who invited it).</summary>
    Invitation,

    /// <summary>Set a new password (from an admin's reset).</summary>
    PasswordReset,

    /// <summary>Enrol a second factor right after a right password (the <c>enrollmentToken</c>).</summary>
    TwoFactorEnrollment,
}
