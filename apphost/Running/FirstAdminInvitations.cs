using System.Security.Cryptography;

namespace PatientNetwork.AppHost.Running;

/// <summary>
/// With <c>--no-demo-data</c>, one first admin per association, invited with a one-time code that the app host
/// makes, hands to the gateway and prints once. A marker in the data folder records that the codes were
/// printed, so a later run neither prints nor replaces them; a run that stopped before printing makes new
/// ones (the gateway withdraws the old codes of an admin who has not set a password yet).
/// </summary>
public sealed class FirstAdminInvitations
{
    public static readonly IReadOnlyList<(string Association, string Login, string DisplayName)> Admins =
    [
        ("hajar", "admin@hajar", "Hajar administrator"),
        ("amal", "admin@amal", "AMAL administrator"),
    ];

    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private readonly string marker;

    private FirstAdminInvitations(string marker, IReadOnlyList<(string Association, string Login, string DisplayName, string Code)> pending)
    {
        this.marker = marker;
        Pending = pending;
    }

    /// <summary>The invitations to issue and print on this run; empty when they were printed before or demo data is on.</summary>
    public IReadOnlyList<(string Association, string Login, string DisplayName, string Code)> Pending { get; }

    public static FirstAdminInvitations Prepare(string dataDirectory, bool demoData)
    {
        var marker = Path.Combine(dataDirectory, "first-admins-announced");
        var pending = demoData || File.Exists(marker)
            ? []
            : Admins.Select(a => (a.Association, a.Login, a.DisplayName, NewCode())).ToList();
        return new FirstAdminInvitations(marker, pending);
    }

    /// <summary>The codes were shown: later runs keep quiet about them.</summary>
    public void MarkAnnounced()
    {
        if (Pending.Count > 0)
        {
            File.WriteAllText(marker, $"First admins' invitation codes printed at {DateTimeOffset.UtcNow:O}.\n");
        }
    }

    private static string NewCode()
    {
        var raw = RandomNumberGenerator.GetString(Alphabet, 12);
        return $"{raw[..4]}-{raw[4..8]}-{raw[8..]}";
    }
}
