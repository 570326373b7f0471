using FluentValidation;
using Microsoft.Extensions.Options;

namespace PatientNetwork.Partnerships.Webhooks;

public sealed class CreateWebhookRequestValidator : AbstractValidator<CreateWebhookRequest>
{
    public CreateWebhookRequestValidator(IOptions<WebhookOptions> options)
    {
        RuleFor(r => r.Url).WebhookUrl(options.Value);
        RuleFor(r => r.EventTypes).NotEmpty().WithMessage("Name at least one event type.");
        RuleForEach(r => r.EventTypes).Must(type => WebhookEventTypes.All.Contains(type))
            .WithMessage($"Unknown event type; the types are {string.Join(", ", WebhookEventTypes.All)}.");
        RuleFor(r => r.Description).MaximumLength(200);
    }
}
