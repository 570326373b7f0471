using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace PatientNetwork.ServiceDefaults;

/// <summary>
/// Adds to every response of every service and of the gateway: <c>X-Content-Type-Options: nosniff</c>,
/// so a browser never reads a JSON body (whose text a caller may have written) as HTML or script;
/// and <c>Cache-Control: no-store</c>, so no browser, proxy or CDN keeps a copy of a response that
/// may hold personal data. Only a successful response of an endpoint marked
/// <see cref="Extensions.CacheablePublicly{TBuilder}"/> (public, de-identified reads) may be cached,
/// briefly. The headers are written when the response starts, so they also reach error responses
/// written further down the pipeline (exception handler, status-code pages, rate limits). A
/// Cache-Control already on the response is kept: at the gateway it is the service's own decision,
/// copied by the proxy. Responses Kestrel writes itself (malformed request line, 414, 431) never
/// reach the pipeline and carry neither header; they have no body to sniff or cache.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string NoStore = "no-store";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            if (!headers.ContainsKey(HeaderNames.CacheControl))
            {
                headers.CacheControl = CacheControlFor(http.Response.StatusCode, http.GetEndpoint()?.Metadata.GetMetadata<PublicCaching>());
            }

            return Task.CompletedTask;
        }, context);
        return next(context);
    }

    /// <summary>
    /// Errors are never cached, even on a public endpoint: they may echo what the caller sent. A 304 keeps the
    /// cacheability of the 200 it stands for.
    /// </summary>
    public static string CacheControlFor(int statusCode, PublicCaching? publicCaching) =>
        publicCaching is not null && statusCode is (>= 200 and < 300) or StatusCodes.Status304NotModified
            ? $"public, max-age={((int)publicCaching.MaxAge.TotalSeconds).ToString(CultureInfo.InvariantCulture)}"
            : NoStore;
}
