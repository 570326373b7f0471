using PatientNetwork.Funding.Donors;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.Funding.Receipts;

namespace PatientNetwork.UnitTests.Donations;

public sealed class ReceiptTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);

    private static Receipt Issued() => Receipt.Issue("hajar", 2026, 123, ReceiptKind.Gift, Guid.NewGuid(), Guid.NewGuid(), "Toy Triangle", 150_000, 1, new DateOnly(2026, 12, 1), "hajar.admin", Now);

    [Fact]
    public void A_receipt_number_is_the_association_code_the_year_and_six_digits() =>
        Assert.Equal("HAJAR-2026-000123", Issued().Number);

    [Fact]
    public void A_reissued_receipt_keeps_its_number_and_is_a_duplicate()
    {
        var receipt = Issued();
        receipt.Reissue();

        Assert.Equal("HAJAR-2026-000123", receipt.Number);
        Assert.True(receipt.IsDuplicate);
    }

    [Fact]
    public void A_cancelled_receipt_keeps_its_number_and_is_not_given_again()
    {
        var receipt = Issued();
        receipt.Cancel("Issued to the wrong donor");

        Assert.Equal(ReceiptStatus.Cancelled, receipt.Status);
        Assert.Equal(123, receipt.Sequence);
        Assert.Throws<FundingConflictException>(receipt.Reissue);
    }

    [Fact]
    public void Amounts_print_in_French_with_spaces_between_thousands() =>
        Assert.Equal("1 234 567,89 MAD", ReceiptPdf.Mad(123_456_789));

    [Theory]
    [InlineData("Triangle Toy", "toy triangle")]
    [InlineData("  Société  Générale-Maroc ", "generale maroc societe")]
    public void Donor_names_fold_to_unaccented_lower_case_words_in_order(string name, string folded) =>
        Assert.Equal(folded, DonorNames.Fold(name));
}
