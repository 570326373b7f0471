using PatientNetwork.Contracts;

namespace PatientNetwork.Funding.Coverage;

/// <summary>
/// What a <see cref="PatientUpdated"/> tells a coverage account. <see cref="BornOnOrAfter"/> and
/// <see cref="FamilyId"/> are null when the message did not carry them (published before they
/// existed): the account keeps what it had.
/// </summary>
public sealed record PatientChange(DateTimeOffset OccurredAt, string RegionCode, string DiagnosisGroup, DateOnly? BornOnOrAfter, Guid? FamilyId)
{
    public static PatientChange From(PatientUpdated message) =>
        new(message.OccurredAt, message.RegionCode, message.DiagnosisGroup, EarliestBirth(message.DateOfBirth, message.BirthYear), message.FamilyId);

    /// <summary>The earliest day the patient can have been born: the date of birth, else 1 January of the birth year, else not known.</summary>
    public static DateOnly? EarliestBirth(DateOnly? dateOfBirth, int? birthYear) =>
        dateOfBirth ?? (birthYear is >= 1 and <= 9999 ? new DateOnly(birthYear.Value, 1, 1) : null);
}
