using Microsoft.AspNetCore.Builder;
using PatientNetwork.ServiceDefaults.ConditionalGet;

namespace PatientNetwork.ServiceDefaults;

public static partial class Extensions
{
    /// <summary>First in the pipeline, so every response gets the headers (see <see cref="SecurityHeadersMiddleware"/>).</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.UseMiddleware<SecurityHeadersMiddleware>();

    /// <summary>
    /// Lets browsers and shared caches keep the endpoint's successful responses for <paramref name="maxAge"/>.
    /// Only for anonymous reads with no personal data (the public calendar, de-identified statistics);
    /// everything else is <c>no-store</c>.
    /// </summary>
    public static TBuilder CacheablePublicly<TBuilder>(this TBuilder builder, TimeSpan maxAge) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new PublicCaching(maxAge));

    /// <summary>
    /// The endpoint's successful GET answers carry an <c>ETag</c> and a caller's <c>If-None-Match</c> gets a 304 when
    /// nothing changed (see <see cref="ConditionalGetMiddleware"/>). Public cacheable reads have it already.
    /// </summary>
    public static TBuilder WithEntityTags<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new EntityTagged());
}
