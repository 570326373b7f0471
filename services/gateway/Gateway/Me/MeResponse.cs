namespace PatientNetwork.Gateway.Me;

public sealed record MeResponse(Guid Id, string Login, string DisplayName, string AssociationId, string? BranchId, IReadOnlyList<string> Roles, bool TwoFactorEnabled, string Language);
