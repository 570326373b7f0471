using Microsoft.Extensions.Localization;
using PatientNetwork.WebApp.Components.Shared;
using PatientNetwork.WebApp.Localization;

namespace PatientNetwork.WebApp.Account;

/// <summary>
/// A login, a one-time code from an admin and a new password: accepting an invitation and resetting a
/// password ask the same. The app checks the policy's length and the login rule itself (in the user's
/// language); the gateway also refuses common passwords.
/// </summary>
public sealed class CodeAndPasswordForm
{
    public const int MinimumPasswordLength = 12;

    public string? Login { get; set; }

    public string? Code { get; set; }

    public string? NewPassword { get; set; }

    public string? ConfirmPassword { get; set; }

    public void Validate(FieldErrors errors, IStringLocalizer<Texts> t)
    {
        errors.Clear();
        if (string.IsNullOrWhiteSpace(Login))
        {
            errors.Add("login", t["LoginRequired"]);
        }

        if (string.IsNullOrWhiteSpace(Code))
        {
            errors.Add("code", t["Required"]);
        }

        ValidateNewPassword(errors, t, Login, NewPassword, ConfirmPassword);
    }

    public static void ValidateNewPassword(FieldErrors errors, IStringLocalizer<Texts> t, string? login, string? newPassword, string? confirmation)
    {
        if (string.IsNullOrEmpty(newPassword) || newPassword.Length < MinimumPasswordLength)
        {
            errors.Add("newPassword", t["PasswordTooShort", MinimumPasswordLength]);
        }
        else if (!string.IsNullOrWhiteSpace(login) && newPassword.Contains(login.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("newPassword", t["PasswordContainsLogin"]);
        }

        if (newPassword != confirmation)
        {
            errors.Add("confirmPassword", t["PasswordsDiffer"]);
        }
    }
}
