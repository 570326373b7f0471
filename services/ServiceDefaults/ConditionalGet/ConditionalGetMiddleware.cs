using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace PatientNetwork.ServiceDefaults.ConditionalGet;

/// <summary>
/// For GET on endpoints marked <see cref="Extensions.WithEntityTags{TBuilder}"/> (and every
/// <see cref="Extensions.CacheablePublicly{TBuilder}"/> read): holds the body back, tags a 200 with an <c>ETag</c>
/// from its bytes, and answers <c>304 Not Modified</c> with no body when the caller's <c>If-None-Match</c> names that
/// tag. A partner polling the calendar or a release then downloads it only when it changed. The tag is computed from
/// what would be sent, so it needs no version column and cannot disagree with the body; the work saved is the
/// transfer, not the read (which the Redis cache already makes cheap).
/// </summary>
public sealed class ConditionalGetMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!Applies(context))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.StatusCode == StatusCodes.Status200OK)
        {
            var tag = EntityTag.Of(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            context.Response.Headers.ETag = tag;
            if (EntityTag.Matches(context.Request.Headers.IfNoneMatch, tag))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.ContentLength = null;
                context.Response.Headers.Remove(HeaderNames.ContentType);
                return;
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static bool Applies(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method))
        {
            return false;
        }

        var metadata = context.GetEndpoint()?.Metadata;
        return metadata?.GetMetadata<EntityTagged>() is not null || metadata?.GetMetadata<PublicCaching>() is not null;
    }
}
