namespace PatientNetwork.WebApp.Partnerships;

/// <summary>A partner as Partnerships lists it; <c>kind</c> is patient-organisation, hospital, alliance or transfusion-centre.</summary>
public sealed record Partner(string Id, string Name, string Kind, string Country, string? AssociationId, int RequestsPerMinute);

/// <summary>A new partner of the admin's association; <c>requestsPerMinute</c> empty means the service's default.</summary>
public sealed record NewPartner(string? Name, string? Kind, string? Country, int? RequestsPerMinute);

/// <summary>A credential as staff see it, never with its secret; <c>status</c> is live, expired or revoked.</summary>
public sealed record PartnerCredential(
    Guid Id, string ClientId, string Label, IReadOnlyList<string> Scopes, string Status,
    DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, string? RevokedBy, DateTimeOffset? LastUsedAt);

public sealed record NewCredential(string Label, IReadOnlyList<string> Scopes, DateTimeOffset ExpiresAt);

/// <summary>The answer to issuing a credential: the only time the client secret is ever sent.</summary>
public sealed record IssuedCredential(Guid Id, string ClientId, string ClientSecret, string Label, IReadOnlyList<string> Scopes, DateTimeOffset ExpiresAt);

/// <summary>One audited call a partner made with a token.</summary>
public sealed record PartnerCall(Guid CredentialId, string Method, string Path, int Status, DateTimeOffset At);

/// <summary>The partner's webhook endpoints and the notices of those Partnerships disabled.</summary>
public sealed record PartnerWebhooks(IReadOnlyList<WebhookSubscription> Subscriptions, IReadOnlyList<WebhookNotice> Notices);

public sealed record WebhookSubscription(
    Guid Id, string Url, IReadOnlyList<string> EventTypes, string? Description, string Status, DateTimeOffset CreatedAt,
    DateTimeOffset? DisabledAt, string? DisabledReason, int ConsecutiveFailures, DateTimeOffset? PreviousSecretExpiresAt);

public sealed record WebhookNotice(Guid SubscriptionId, string Reason, DateTimeOffset At);

/// <summary>A referral in the inbox: no identifying details.</summary>
public sealed record ReferralSummary(Guid Id, string PartnerId, string Status, string Urgency, string DiagnosisGroup, string RegionCode, DateTimeOffset RequestedAt);

/// <summary>A referral with the child's, family's and doctor's details as the API returns them to the role.</summary>
public sealed record Referral(
    Guid Id, string PartnerId, string Status, string Urgency, string DiagnosisGroup, string DiagnosisCode, string RegionCode,
    DateTimeOffset RequestedAt, DateTimeOffset StatusChangedAt, ReferralDetails? Details, IReadOnlyList<ReferralStep> History);

public sealed record ReferralDetails(
    string ChildFirstName, string ChildLastName, DateOnly ChildBirthDate, string ChildSex,
    string FamilyPhone, string? FamilyEmail, string DoctorName, string DoctorContact);

/// <summary>One step of a referral's history: to which state, by whom, when and why.</summary>
public sealed record ReferralStep(string To, string By, DateTimeOffset At, string? Reason);
