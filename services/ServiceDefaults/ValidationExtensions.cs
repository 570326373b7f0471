using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PatientNetwork.ServiceDefaults;

public static partial class Extensions
{
    public static RouteHandlerBuilder Validate<TRequest>(this RouteHandlerBuilder endpoint) where TRequest : class =>
        endpoint.AddEndpointFilter<ValidationFilter<TRequest>>().ProducesValidationProblem();
}
