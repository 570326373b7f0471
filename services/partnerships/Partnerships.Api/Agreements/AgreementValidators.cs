using FluentValidation;
using PatientNetwork.Partnerships.Credentials;

namespace PatientNetwork.Partnerships.Agreements;

public sealed class CreateAgreementRequestValidator : AbstractValidator<CreateAgreementRequest>
{
    public CreateAgreementRequestValidator()
    {
        RuleFor(r => r.Kind).NotNull().IsInEnum();
        RuleFor(r => r.Title).NotEmpty().MaximumLength(200);
        RuleFor(r => r.StartsOn).NotNull();
        RuleFor(r => r.EndsOn).GreaterThanOrEqualTo(r => r.StartsOn).When(r => r.StartsOn is not null && r.EndsOn is not null)
            .WithMessage("The agreement cannot end before it starts.");
        RuleFor(r => r.DataShared).NotNull().WithMessage("Name the scopes the agreement shares (an empty list shares none).");
        RuleForEach(r => r.DataShared).Must(scope => PartnerScopes.All.Contains(scope))
            .WithMessage($"Unknown scope; the scopes are {string.Join(", ", PartnerScopes.All)}.");
        RuleFor(r => r.Contacts).Must(c => c is null || c.Count <= AgreementContactRules.MaxContacts)
            .WithMessage($"At most {AgreementContactRules.MaxContacts} contacts.");
        RuleForEach(r => r.Contacts).SetValidator(new AgreementContactRules());
    }
}

public sealed class AgreementContactsRequestValidator : AbstractValidator<AgreementContactsRequest>
{
    public AgreementContactsRequestValidator()
    {
        RuleFor(r => r.Contacts).NotNull().Must(c => c is null || c.Count <= AgreementContactRules.MaxContacts)
            .WithMessage($"At most {AgreementContactRules.MaxContacts} contacts.");
        RuleForEach(r => r.Contacts).SetValidator(new AgreementContactRules());
    }
}

/// <summary>One contact: a name and a role, and a way to reach them.</summary>
public sealed class AgreementContactRules : AbstractValidator<AgreementContactRequest>
{
    public const int MaxContacts = 10;

    public AgreementContactRules()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Role).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Email).EmailAddress().MaximumLength(254);
        RuleFor(c => c.Phone).Matches(@"^\+?[0-9 ()-]{6,20}$").WithMessage("A phone number of digits, spaces, dashes and brackets, optionally with a leading +.");
        RuleFor(c => c).Must(c => !string.IsNullOrWhiteSpace(c.Email) || !string.IsNullOrWhiteSpace(c.Phone))
            .WithName("email").WithMessage("Give an email or a phone number.");
    }
}

public sealed class TerminateAgreementRequestValidator : AbstractValidator<TerminateAgreementRequest>
{
    public TerminateAgreementRequestValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(1000);
}

public sealed class AgreementDocumentRequestValidator : AbstractValidator<AgreementDocumentRequest>
{
    public AgreementDocumentRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.FileName).NotEmpty().MaximumLength(200).Must(name => name!.IndexOfAny(['/', '\\']) < 0).WithMessage("A file name without a path.");
        RuleFor(r => r.ContentBase64).NotEmpty()
            .Must(content => content!.Length <= (AgreementDocumentContent.MaxBytes + 2) / 3 * 4)
            .WithMessage($"At most {AgreementDocumentContent.MaxBytes / 1024 / 1024} MB.")
            .Must(content => AgreementDocumentContent.Decode(content!) is { Length: > 0 }).WithMessage("The content is not base64.")
            // The text's length only bounds the size to within two bytes; the decoded length is exact.
            .Must(content => AgreementDocumentContent.Decode(content!).Length <= AgreementDocumentContent.MaxBytes)
            .WithMessage($"At most {AgreementDocumentContent.MaxBytes / 1024 / 1024} MB.")
            .Must(content => AgreementDocumentContent.IsPdf(AgreementDocumentContent.Decode(content!)))
            .WithMessage("The file is not a PDF (checked by its content, not its name).");
    }
}
