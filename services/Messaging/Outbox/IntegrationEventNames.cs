using PatientNetwork.Contracts;

namespace PatientNetwork.Messaging.Outbox;

/// <summary>
/// The name an outbox row stores for its event type, written out once per type rather than taken
/// from the type, so renaming or moving a record cannot strand the rows still waiting to be
/// published. The values are what <c>Type.FullName</c> gave when the outbox started, which keeps
/// every stored row readable. A name, once used, is never changed or reused for another type.
/// </summary>
internal static class IntegrationEventNames
{
    private static readonly Dictionary<Type, string> NamesByType = new()
    {
        [typeof(PatientRegistered)] = "PatientNetwork.Contracts.PatientRegistered",
        [typeof(PatientUpdated)] = "PatientNetwork.Contracts.PatientUpdated",
        [typeof(PatientDeceased)] = "PatientNetwork.Contracts.PatientDeceased",
        [typeof(PatientsMerged)] = "PatientNetwork.Contracts.PatientsMerged",
        [typeof(DiagnosisRecorded)] = "PatientNetwork.Contracts.DiagnosisRecorded",
        [typeof(ConsentGiven)] = "PatientNetwork.Contracts.ConsentGiven",
        [typeof(ConsentWithdrawn)] = "PatientNetwork.Contracts.ConsentWithdrawn",
        [typeof(RetentionHoldChanged)] = "PatientNetwork.Contracts.RetentionHoldChanged",
        [typeof(EventScheduled)] = "PatientNetwork.Contracts.EventScheduled",
        [typeof(ClaimApproved)] = "PatientNetwork.Contracts.ClaimApproved",
        [typeof(ClaimPaid)] = "PatientNetwork.Contracts.ClaimPaid",
        [typeof(PayoutRunCompleted)] = "PatientNetwork.Contracts.PayoutRunCompleted",
        [typeof(EventPublished)] = "PatientNetwork.Contracts.EventPublished",
        [typeof(EventChanged)] = "PatientNetwork.Contracts.EventChanged",
        [typeof(EventCancelled)] = "PatientNetwork.Contracts.EventCancelled",
        [typeof(EventSeriesPublished)] = "PatientNetwork.Contracts.EventSeriesPublished",
        [typeof(StatisticsReleased)] = "PatientNetwork.Contracts.StatisticsReleased",
        [typeof(DonationReceived)] = "PatientNetwork.Contracts.DonationReceived",
        [typeof(CampaignProgressed)] = "PatientNetwork.Contracts.CampaignProgressed",
        [typeof(PartnerCredentialRevoked)] = "PatientNetwork.Contracts.PartnerCredentialRevoked",
        [typeof(ReferralAccepted)] = "PatientNetwork.Contracts.ReferralAccepted",
        [typeof(ReferralRegistered)] = "PatientNetwork.Contracts.ReferralRegistered",
        [typeof(ReferralCancelled)] = "PatientNetwork.Contracts.ReferralCancelled",
        [typeof(EquipmentAssigned)] = "PatientNetwork.Contracts.EquipmentAssigned",
        [typeof(PartnerAgreementChanged)] = "PatientNetwork.Contracts.PartnerAgreementChanged",
        [typeof(BloodDriveSlotsChanged)] = "PatientNetwork.Contracts.BloodDriveSlotsChanged",
    };

    private static readonly Dictionary<string, Type> TypesByName =
        NamesByType.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    public static IEnumerable<Type> Types => NamesByType.Keys;

    /// <summary>Fails at the write, not in the relay later, when an event type was never given a name.</summary>
    public static string NameOf(Type eventType) =>
        NamesByType.TryGetValue(eventType, out var name)
            ? name
            : throw new InvalidOperationException($"Integration event type {eventType.FullName} has no stable outbox name; add it to {nameof(IntegrationEventNames)}.");

    public static Type? TypeNamed(string name) => TypesByName.GetValueOrDefault(name);
}
