using PatientNetwork.Gateway.Audit;
using PatientNetwork.Gateway.Codes;
using PatientNetwork.Gateway.Infrastructure;
using PatientNetwork.Gateway.RateLimiting;
using PatientNetwork.Gateway.Sessions;
using PatientNetwork.Gateway.Staff;
using PatientNetwork.Gateway.TwoFactor;

namespace PatientNetwork.Gateway.Auth;

/// <summary>What the sign-in endpoints need, as one <c>[AsParameters]</c> bundle.</summary>
public sealed record SignInServices(
    GatewayDbContext Db,
    StaffPasswords Passwords,
    StaffTokenIssuer Issuer,
    SignInLimiter Limiter,
    SessionStore Sessions,
    OneTimeCodes Codes,
    TotpSecretProtector Secrets,
    StaffAuditTrail Audit,
    TimeProvider Time,
    ILoggerFactory Loggers);
