using PatientNetwork.Contracts;

namespace PatientNetwork.Partnerships.Agreements;

/// <summary>The bus event of an agreement's change of status: ids, status and scopes, nothing personal.</summary>
public static class AgreementEvents
{
    public static PartnerAgreementChanged Changed(PartnerAgreement agreement, DateTimeOffset at) => new(
        Guid.CreateVersion7(at), at, agreement.PartnerId, agreement.AssociationId, agreement.Id,
        agreement.Status.ToString().ToLowerInvariant(), agreement.DataShared, agreement.StartsOn, agreement.EndsOn);
}
