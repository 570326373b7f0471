using Microsoft.Extensions.Options;

namespace PatientNetwork.Partnerships.Agreements;

/// <summary>Runs <see cref="AgreementRenewals"/> at every interval; a failed pass waits for the next.</summary>
public sealed partial class AgreementRenewalSchedule(
    IServiceScopeFactory scopes, IOptions<AgreementOptions> options, TimeProvider time, ILogger<AgreementRenewalSchedule> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RenewalCheckEvery, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AgreementRenewals>().RunAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogPassFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 9303, Level = LogLevel.Warning, Message = "Agreement renewal pass failed; trying again at the next interval")]
    private partial void LogPassFailed(Exception exception);
}
