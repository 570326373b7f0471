using PatientNetwork.Events.BloodDrives.Eligibility;

namespace PatientNetwork.Events.BloodDrives.Donors;

/// <summary>
/// A blood donor as the association knows them: only what organising needs (Law 03-94 leaves the medical record to the
/// transfusion centre). The phone is encrypted, with a keyed blind index to find the donor again by phone. Erasure
/// blanks everything that names the person and keeps the donation dates' count for the figures.
/// </summary>
public sealed class Donor
{
    private Donor()
    {
    }

    public Guid Id { get; private set; }

    public string AssociationId { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string? PhoneCiphertext { get; private set; }

    /// <summary>HMAC of the normalised phone (<see cref="DonorContacts"/>); unique per association.</summary>
    public string? PhoneIndex { get; private set; }

    public DonorSex Sex { get; private set; }

    public DateOnly BirthDate { get; private set; }

    public string City { get; private set; } = "";

    public string Language { get; private set; } = "fr";

    /// <summary>Whole-blood donations, declared by the donor or recorded as an outcome; the last is the last donation date.</summary>
    public List<DateOnly> Donations { get; private set; } = [];

    public DateOnly? DeferredUntil { get; private set; }

    public bool PermanentlyDeferred { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ErasedAt { get; private set; }

    public DateOnly? LastDonation => Donations.Count == 0 ? null : Donations.Max();

    public static Donor Register(string associationId, IDonorDetails details, string phoneCiphertext, string phoneIndex, DateTimeOffset now)
    {
        var donor = new Donor { Id = Guid.CreateVersion7(now), AssociationId = associationId, CreatedAt = now };
        donor.Update(details, phoneCiphertext, phoneIndex);
        return donor;
    }

    /// <summary>What the donor (or staff) says now replaces what was said before; declared donations add to those known.</summary>
    public void Update(IDonorDetails details, string phoneCiphertext, string phoneIndex)
    {
        ArgumentNullException.ThrowIfNull(details);
        Name = details.Name!.Trim();
        PhoneCiphertext = phoneCiphertext;
        PhoneIndex = phoneIndex;
        Sex = details.Sex!.Value;
        BirthDate = details.BirthDate!.Value;
        City = details.City!.Trim();
        Language = details.Language ?? Language;
        if (details.LastDonationDate is { } last && !Donations.Contains(last))
        {
            Donations.Add(last);
        }

        foreach (var date in details.EarlierDonations ?? [])
        {
            if (!Donations.Contains(date))
            {
                Donations.Add(date);
            }
        }
    }

    public DonorFacts Facts(int? declaredWeightKg) => new(Sex, BirthDate, declaredWeightKg, Donations, DeferredUntil, PermanentlyDeferred);

    public void Donated(DateOnly on)
    {
        if (!Donations.Contains(on))
        {
            Donations.Add(on);
        }
    }

    public void DeferUntil(DateOnly until) => DeferredUntil = DeferredUntil is { } current && current > until ? current : until;

    public void DeferPermanently() => PermanentlyDeferred = true;

    /// <summary>The donor's right to erasure: nothing that names them stays; the row keeps counts for the reports.</summary>
    public void Erase(DateTimeOffset now)
    {
        Name = "";
        PhoneCiphertext = null;
        PhoneIndex = null;
        City = "";
        BirthDate = DateOnly.MinValue;
        ErasedAt = now;
    }
}
