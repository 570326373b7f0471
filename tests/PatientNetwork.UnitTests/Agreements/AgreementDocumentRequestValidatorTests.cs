using PatientNetwork.Partnerships.Agreements;

namespace PatientNetwork.UnitTests.Agreements;

public sealed class AgreementDocumentRequestValidatorTests
{
    private readonly AgreementDocumentRequestValidator validator = new();

    [Fact]
    public void A_pdf_is_accepted_by_its_first_bytes()
    {
        var result = validator.Validate(new AgreementDocumentRequest("signed.pdf", Convert.ToBase64String("%PDF-1.7\n..."u8.ToArray())));

        Assert.True(result.IsValid, result.ToString());
    }

    [Fact]
    public void A_png_named_pdf_is_refused()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

        var result = validator.Validate(new AgreementDocumentRequest("signed.pdf", Convert.ToBase64String(png)));

        Assert.Contains(result.Errors, e => e.PropertyName == "ContentBase64" && e.ErrorMessage.Contains("not a PDF", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_over_five_megabytes_is_refused()
    {
        var content = new byte[AgreementDocumentContent.MaxBytes + 1];
        "%PDF-"u8.CopyTo(content);

        var result = validator.Validate(new AgreementDocumentRequest("signed.pdf", Convert.ToBase64String(content)));

        Assert.Contains(result.Errors, e => e.PropertyName == "ContentBase64" && e.ErrorMessage.Contains("5 MB", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_name_with_a_path_is_refused()
    {
        var result = validator.Validate(new AgreementDocumentRequest("../etc/signed.pdf", Convert.ToBase64String("%PDF-1.7"u8.ToArray())));

        Assert.Contains(result.Errors, e => e.PropertyName == "FileName");
    }
}
