using PatientNetwork.Funding.Donations;
using PatientNetwork.Funding.Infrastructure;

namespace PatientNetwork.Funding.Pledges;

/// <summary>
/// A donor's promise of a total paid in instalments (monthly or quarterly) whose amounts add up to the total
/// exactly (<see cref="PledgeSchedule"/>). Payments are gifts recorded with the pledge's id; they fill the
/// instalments in order. Its status follows the payments: pledged, partly paid, paid.
/// </summary>
public sealed class Pledge
{
    private Pledge()
    {
    }

    public Guid Id { get; private set; }

    public string AssociationId { get; private set; } = "";

    public Guid DonorId { get; private set; }

    public Guid? CampaignId { get; private set; }

    public long TotalCentimes { get; private set; }

    public PledgeFrequency Frequency { get; private set; }

    public List<PledgeInstalment> Instalments { get; private set; } = [];

    public long PaidCentimes { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DonationStatus Status => PaidCentimes == 0 ? DonationStatus.Pledged : PaidCentimes < TotalCentimes ? DonationStatus.PartlyPaid : DonationStatus.Paid;

    public static Pledge Create(string associationId, Guid donorId, Guid? campaignId, long total, PledgeFrequency frequency, IReadOnlyList<PledgeInstalment> instalments, string by, DateTimeOffset now)
    {
        if (instalments.Sum(i => i.AmountCentimes) != total)
        {
            throw new InvalidOperationException("A pledge's instalments add up to its total.");
        }

        return new Pledge
        {
            Id = Guid.CreateVersion7(now),
            AssociationId = associationId,
            DonorId = donorId,
            CampaignId = campaignId,
            TotalCentimes = total,
            Frequency = frequency,
            Instalments = instalments.ToList(),
            CreatedAt = now,
            CreatedBy = by,
        };
    }

    /// <summary>A payment against the pledge; more than what is still due is refused.</summary>
    public void RecordPayment(long amount)
    {
        if (PaidCentimes + amount > TotalCentimes)
        {
            throw new FundingConflictException("The payment is more than the pledge still expects.",
                $"Pledge {Id} expects {TotalCentimes - PaidCentimes} centimes more; record the rest as a separate gift.",
                new Dictionary<string, object?> { ["remainingCentimes"] = TotalCentimes - PaidCentimes });
        }

        PaidCentimes += amount;
    }

    /// <summary>A payment refunded: the pledge expects it again.</summary>
    public void ReversePayment(long amount) => PaidCentimes = Math.Max(0, PaidCentimes - amount);

    public IReadOnlyList<PledgeInstalment> OverdueOn(DateOnly today) => PledgeSchedule.Overdue(Instalments, PaidCentimes, today);
}
