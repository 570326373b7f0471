using PatientNetwork.Events.BloodDrives.Eligibility;

namespace PatientNetwork.Events.BloodDrives.Donors;

/// <summary>Who books: the fields a booking request carries about the donor.</summary>
public interface IDonorDetails
{
    string? Name { get; }

    string? Phone { get; }

    DonorSex? Sex { get; }

    DateOnly? BirthDate { get; }

    string? City { get; }

    string? Language { get; }

    DateOnly? LastDonationDate { get; }

    IReadOnlyList<DateOnly>? EarlierDonations { get; }
}
