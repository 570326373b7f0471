namespace PatientNetwork.Gateway.Staff;

/// <summary>The languages of the staff web app; an account remembers its choice.</summary>
public static class StaffLanguages
{
    public const string Default = "fr";

    public static readonly IReadOnlyList<string> All = ["ar", "fr", "en"];
}
