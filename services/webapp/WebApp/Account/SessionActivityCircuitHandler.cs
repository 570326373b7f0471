using Microsoft.AspNetCore.Components.Server.Circuits;

namespace PatientNetwork.WebApp.Account;

/// <summary>Every inbound event of the circuit (what the person does in the page) counts as activity.</summary>
public sealed class SessionActivityCircuitHandler(SessionActivity activity) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        context =>
        {
            activity.Touch();
            return next(context);
        };
}
