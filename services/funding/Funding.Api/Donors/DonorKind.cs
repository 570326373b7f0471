namespace PatientNetwork.Funding.Donors;

/// <summary>A donor is a person (a family, an artist) or an organisation (a company, a foundation).</summary>
public enum DonorKind
{
    Person,
    Organisation,
}
