using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Events.AwarenessEvents;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Events.Registrations;

/// <summary>
/// Registration by the public, anonymous, through the gateway's <c>/public/v1/events/{id}/registrations</c> route.
/// Each client (its address, hashed) may register a few times per window, else 429. The answer holds only the
/// person's code and status; the code, sent in the body, is their key to see, accept an offer or cancel.
/// </summary>
public static class PublicRegistrationsApi
{
    public static RouteGroupBuilder MapPublicRegistrationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/public/v1/events/{id:guid}/registrations").WithTags("Public registrations").AllowAnonymous();
        group.MapPost("/", RegisterOnline).Validate<RegistrationRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/status", GetOwnRegistration).Validate<PublicCodeRequest>();
        group.MapPost("/accept-offer", AcceptOfferOnline).Validate<PublicCodeRequest>().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/cancel", CancelOnline).Validate<PublicCodeRequest>().ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    /// <summary>Registers a party for a published, public event (an email or a phone is required to hear back).</summary>
    public static async Task<Results<Created<PublicRegistrationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> RegisterOnline(
        Guid id, RegistrationRequest request, HttpContext http, RegistrationDesk desk, PublicRegistrationLimiter limiter, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Email) && string.IsNullOrWhiteSpace(request.Phone))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["email"] = ["Give an email or a phone number, to receive the confirmation."] });
        }

        if (await limiter.AcquireAsync(http, cancellationToken) is { } retryAfter)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many registrations from this client.",
                detail: $"Try again in {seconds} seconds.", type: "https://tools.ietf.org/html/rfc6585#section-4");
        }

        var awarenessEvent = await desk.LockEventAsync(id, null, cancellationToken);
        if (awarenessEvent is null || awarenessEvent.Status == EventStatus.Draft)
        {
            return TypedResults.NotFound();
        }

        var registration = await desk.RegisterAsync(awarenessEvent, request, RegistrationChannel.Public, null, cancellationToken);
        await desk.CommitAsync(cancellationToken);
        var position = registration.Status == RegistrationStatus.Waitlisted ? await desk.WaitlistPositionAsync(registration, cancellationToken) : (int?)null;
        return TypedResults.Created($"/public/v1/events/{id}/registrations", PublicRegistrationResponse.From(registration, position));
    }

    /// <summary>The status of one's own registration, by the code on the confirmation.</summary>
    public static async Task<Results<Ok<PublicRegistrationResponse>, NotFound>> GetOwnRegistration(
        Guid id, PublicCodeRequest request, EventsDbContext db, RegistrationDesk desk, CancellationToken cancellationToken)
    {
        var code = Normalise(request.Code);
        if (!RegistrationCodes.LooksLikeCode(code))
        {
            return TypedResults.NotFound();
        }

        var registration = await db.Registrations.AsNoTracking().FirstOrDefaultAsync(r => r.EventId == id && r.Code == code, cancellationToken);
        if (registration is null)
        {
            return TypedResults.NotFound();
        }

        var position = registration.Status == RegistrationStatus.Waitlisted ? await desk.WaitlistPositionAsync(registration, cancellationToken) : (int?)null;
        return TypedResults.Ok(PublicRegistrationResponse.From(registration, position));
    }

    /// <summary>Takes up the place offered, before the offer expires.</summary>
    public static Task<Results<Ok<PublicRegistrationResponse>, NotFound>> AcceptOfferOnline(
        Guid id, PublicCodeRequest request, EventsDbContext db, RegistrationDesk desk, CancellationToken cancellationToken) =>
        ChangeOwnAsync(id, Normalise(request.Code), db, desk, (e, r) => { desk.AcceptOffer(e, r); return Task.CompletedTask; }, cancellationToken);

    /// <summary>Cancels one's registration; the place goes to the next party in line.</summary>
    public static Task<Results<Ok<PublicRegistrationResponse>, NotFound>> CancelOnline(
        Guid id, PublicCodeRequest request, EventsDbContext db, RegistrationDesk desk, CancellationToken cancellationToken) =>
        ChangeOwnAsync(id, Normalise(request.Code), db, desk, (e, r) => desk.CancelAsync(e, r, cancellationToken), cancellationToken);

    private static string Normalise(string? code) => code?.Trim().ToUpperInvariant() ?? "";

    private static async Task<Results<Ok<PublicRegistrationResponse>, NotFound>> ChangeOwnAsync(
        Guid id, string code, EventsDbContext db, RegistrationDesk desk, Func<AwarenessEvent, Registration, Task> change, CancellationToken cancellationToken)
    {
        if (!RegistrationCodes.LooksLikeCode(code))
        {
            return TypedResults.NotFound();
        }

        var awarenessEvent = await desk.LockEventAsync(id, null, cancellationToken);
        var registration = awarenessEvent is null ? null : await db.Registrations.FirstOrDefaultAsync(r => r.EventId == id && r.Code == code, cancellationToken);
        if (awarenessEvent is null || registration is null)
        {
            return TypedResults.NotFound();
        }

        await change(awarenessEvent, registration);
        await desk.CommitAsync(cancellationToken);
        return TypedResults.Ok(PublicRegistrationResponse.From(registration, null));
    }
}
