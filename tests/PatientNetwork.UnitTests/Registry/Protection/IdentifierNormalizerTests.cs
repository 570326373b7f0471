using PatientNetwork.Protection;

namespace PatientNetwork.UnitTests.Registry.Protection;

public sealed class IdentifierNormalizerTests
{
    [Theory]
    [InlineData("BE123456", "BE123456")]
    [InlineData("BE 123456", "BE123456")]
    [InlineData("  be-123456 ", "BE123456")]
    [InlineData("j 12 34", "J1234")]
    [InlineData("A\t1", "A1")]
    public void A_CIN_is_trimmed_compacted_and_upper_cased(string input, string expected) =>
        Assert.Equal(expected, IdentifierNormalizer.Cin(input));

    [Theory]
    [InlineData("BE123456", true)]
    [InlineData("be 123456", true)]
    [InlineData("J1", true)]
    [InlineData("AB-1234", true)]
    [InlineData("ABC123456", false)]
    [InlineData("BE1234567", false)]
    [InlineData("123456", false)]
    [InlineData("BE", false)]
    [InlineData("BE12A456", false)]
    [InlineData("BE١٢٣٤٥٦", false)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData(null, false)]
    public void A_CIN_is_valid_only_as_one_or_two_letters_then_up_to_six_digits(string? input, bool valid) =>
        Assert.Equal(valid, IdentifierNormalizer.IsValidCin(input));

    [Theory]
    [InlineData("06 12 34 56 78", "+212612345678")]
    [InlineData("0612345678", "+212612345678")]
    [InlineData("06-12-34-56-78", "+212612345678")]
    [InlineData("06.12.34.56.78", "+212612345678")]
    [InlineData("+212612345678", "+212612345678")]
    [InlineData("+212 6 12 34 56 78", "+212612345678")]
    [InlineData("00212612345678", "+212612345678")]
    [InlineData("+212 (0)6 12 34 56 78", "+212612345678")]
    [InlineData("0537 12 34 56", "+212537123456")]
    [InlineData("07 00 11 22 33", "+212700112233")]
    [InlineData("+33 6 12 34 56 78", "+33612345678")]
    [InlineData("0033612345678", "+33612345678")]
    public void A_phone_number_is_put_in_international_form(string input, string expected) =>
        Assert.Equal(expected, IdentifierNormalizer.Phone(input));

    [Theory]
    [InlineData("06 12 34 56 78", true)]
    [InlineData("+212612345678", true)]
    [InlineData("00212612345678", true)]
    [InlineData("0537123456", true)]
    [InlineData("0712345678", true)]
    [InlineData("+33 6 12 34 56 78", true)]
    [InlineData("+1 202 555 0143", true)]
    [InlineData("0812345678", false)]
    [InlineData("061234567", false)]
    [InlineData("06123456789", false)]
    [InlineData("+2126123456789", false)]
    [InlineData("612345678", false)]
    [InlineData("+0612345678", false)]
    [InlineData("+1234567", false)]
    [InlineData("+1234567890123456", false)]
    [InlineData("06 12 34 56 7a", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_phone_number_is_valid_only_as_E164_and_Moroccan_numbers_need_nine_digits_starting_5_6_or_7(string? input, bool valid) =>
        Assert.Equal(valid, IdentifierNormalizer.IsValidPhone(input));
}
