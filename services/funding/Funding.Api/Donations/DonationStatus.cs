namespace PatientNetwork.Funding.Donations;

/// <summary>
/// Where a gift stands. A one-off gift is recorded when received, so it is <c>Paid</c>; <c>Refunded</c> once its
/// ledger transaction was reversed. <c>Pledged</c> and <c>PartlyPaid</c> describe pledges (see <see cref="Pledges.PledgeSchedule"/>).
/// </summary>
public enum DonationStatus
{
    Pledged,
    PartlyPaid,
    Paid,
    Refunded,
}
