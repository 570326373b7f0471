using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Partnerships;

/// <summary>Referral bodies as a partner's system would send them, with random names and phones.</summary>
public static class PartnerReferrals
{
    public static Dictionary<string, object?> NewReferral(Guid? id = null, string urgency = "urgent") => new()
    {
        ["id"] = id ?? Guid.NewGuid(),
        ["diagnosisGroup"] = "primary-immunodeficiency",
        ["diagnosisCode"] = "D81.9",
        ["regionCode"] = "casablanca-settat",
        ["urgency"] = urgency,
        ["doctor"] = new { name = $"Dr. {Api.RandomName()}", contact = "+212 522 00 00 00" },
        ["familyConsentsToContact"] = true,
        ["child"] = new { firstName = Api.RandomName(), lastName = Api.RandomName(), birthDate = "2019-04-12", sex = "female" },
        ["family"] = new { phone = $"+2126{Random.Shared.Next(10_000_000, 99_999_999)}", email = (string?)null },
    };
}
