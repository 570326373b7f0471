using PatientNetwork.AppHost.Running;

namespace PatientNetwork.UnitTests.Gateway;

public sealed class FirstAdminInvitationsTests : IDisposable
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("patientnetwork-first-admins-").FullName;

    [Fact]
    public void Without_demo_data_the_first_run_invites_one_admin_per_association_and_later_runs_do_not()
    {
        var first = FirstAdminInvitations.Prepare(dataDirectory, demoData: false);
        Assert.Equal(["admin@hajar", "admin@amal"], first.Pending.Select(p => p.Login));
        Assert.All(first.Pending, p => Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", p.Code));
        Assert.NotEqual(first.Pending[0].Code, first.Pending[1].Code);

        // A run that stopped before printing has printed nothing: the next one makes new codes.
        Assert.NotEmpty(FirstAdminInvitations.Prepare(dataDirectory, demoData: false).Pending);
        first.MarkAnnounced();

        Assert.Empty(FirstAdminInvitations.Prepare(dataDirectory, demoData: false).Pending);
    }

    [Fact]
    public void With_demo_data_nobody_is_invited() =>
        Assert.Empty(FirstAdminInvitations.Prepare(dataDirectory, demoData: true).Pending);

    public void Dispose() => Directory.Delete(dataDirectory, recursive: true);
}
