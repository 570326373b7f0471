using FluentValidation;

namespace PatientNetwork.Partnerships.Webhooks;

/// <summary>One rule for an endpoint URL, with the SSRF guard's message as the field error.</summary>
public static class WebhookUrlRules
{
    public const int MaxLength = 2000;
    private static readonly TimeSpan LookupTimeout = TimeSpan.FromSeconds(5);

    public static IRuleBuilderOptionsConditions<T, string?> WebhookUrl<T>(this IRuleBuilder<T, string?> rule, WebhookOptions options) =>
        rule.NotEmpty().MaximumLength(MaxLength).CustomAsync(async (value, context, cancellationToken) =>
        {
            if (string.IsNullOrEmpty(value) || value.Length > MaxLength)
            {
                return;
            }

            if (await ProblemWithAsync(value, options.AllowLoopbackHttp, cancellationToken) is { } problem)
            {
                context.AddFailure(problem);
            }
        });

    /// <summary>Why deliveries may not go to <paramref name="value"/>, or null when they may (every address of its host checked).</summary>
    public static async Task<string?> ProblemWithAsync(string value, bool allowLoopbackHttp, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || url.HostNameType == UriHostNameType.Unknown)
        {
            return "An absolute URL such as https://example.org/webhooks.";
        }

        if (WebhookAddressGuard.CheckForm(url, allowLoopbackHttp) is { } problem)
        {
            return problem;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(LookupTimeout);
        try
        {
            await WebhookAddressGuard.ResolveAllowedAsync(url.IdnHost, allowLoopbackHttp, timeout.Token);
            return null;
        }
        catch (WebhookAddressRefusedException refused)
        {
            return refused.Message;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return "The host name did not resolve in time.";
        }
    }
}
