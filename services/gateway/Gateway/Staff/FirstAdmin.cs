namespace PatientNetwork.Gateway.Staff;

public sealed class FirstAdmin
{
    public string AssociationId { get; set; } = "";

    public string Login { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string InvitationCode { get; set; } = "";
}
