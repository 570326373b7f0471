using PatientNetwork.Partnerships.Agreements;

namespace PatientNetwork.UnitTests.Agreements;

public sealed class AgreementContactsRequestValidatorTests
{
    private readonly AgreementContactsRequestValidator validator = new();

    [Fact]
    public void Missing_contacts_are_a_field_error_not_a_crash()
    {
        var result = validator.Validate(new AgreementContactsRequest(null));

        Assert.Contains(result.Errors, e => e.PropertyName == "Contacts");
    }

    [Fact]
    public void A_contact_without_an_email_or_a_phone_is_refused()
    {
        var result = validator.Validate(new AgreementContactsRequest([new AgreementContactRequest("Dr Bennani", "Head of unit", null, " ")]));

        Assert.False(result.IsValid);
    }
}
