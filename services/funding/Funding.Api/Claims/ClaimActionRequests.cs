using FluentValidation;

namespace PatientNetwork.Funding.Claims;

/// <summary>A question for the family, or their answer, or a note on a decision.</summary>
public sealed record ClaimNoteRequest(string? Text);

/// <summary>A rejection: one of the coded reasons and the words the family will read.</summary>
public sealed record RejectionRequest(string? Code, string? Reason);

/// <summary>A scanned invoice or prescription, base64-encoded; its type is read from its content.</summary>
public sealed record AttachmentRequest(string? Kind, string? FileName, string? ContentBase64);

public sealed class ClaimNoteRequestValidator : AbstractValidator<ClaimNoteRequest>
{
    public ClaimNoteRequestValidator() => RuleFor(r => r.Text).NotEmpty().MaximumLength(1000);
}

public sealed class RejectionRequestValidator : AbstractValidator<RejectionRequest>
{
    public RejectionRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.Code).NotEmpty().Must(code => RejectionCodes.All.ContainsKey(code!))
            .WithMessage($"Code must be one of: {string.Join(", ", RejectionCodes.All.Keys)}.");
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(1000);
    }
}

public sealed class AttachmentRequestValidator : AbstractValidator<AttachmentRequest>
{
    public AttachmentRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.Kind).NotEmpty().Must(kind => AttachmentContent.Kinds.Contains(kind!))
            .WithMessage($"Kind must be one of: {string.Join(", ", AttachmentContent.Kinds)}.");
        RuleFor(r => r.FileName).NotEmpty().MaximumLength(200).Must(name => name!.IndexOfAny(['/', '\\']) < 0).WithMessage("A file name without a path.");
        RuleFor(r => r.ContentBase64).NotEmpty()
            .Must(content => content!.Length <= (AttachmentContent.MaxBytes + 2) / 3 * 4).WithMessage($"At most {AttachmentContent.MaxBytes / 1024 / 1024} MB.")
            .Must(content => Decode(content!) is { Length: > 0 }).WithMessage("The content is not base64.")
            .Must(content => AttachmentContent.Detect(Decode(content!)) is not null).WithMessage("The file is not a PDF, JPEG or PNG (checked by its content, not its name).");
    }

    public static byte[] Decode(string base64)
    {
        var buffer = new byte[base64.Length * 3 / 4 + 3];
        return Convert.TryFromBase64String(base64, buffer, out var written) ? buffer[..written] : [];
    }
}
