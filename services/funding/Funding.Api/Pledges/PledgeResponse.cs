using PatientNetwork.Funding.Donations;

namespace PatientNetwork.Funding.Pledges;

/// <summary>A pledge with its schedule, what is paid, its status and the instalments overdue today.</summary>
public sealed record PledgeResponse(
    Guid Id, Guid DonorId, Guid? CampaignId, long TotalCentimes, PledgeFrequency Frequency, long PaidCentimes, DonationStatus Status,
    IReadOnlyList<PledgeInstalment> Instalments, IReadOnlyList<PledgeInstalment> Overdue)
{
    public static PledgeResponse From(Pledge p, DateOnly today) =>
        new(p.Id, p.DonorId, p.CampaignId, p.TotalCentimes, p.Frequency, p.PaidCentimes, p.Status, p.Instalments, p.OverdueOn(today));
}
