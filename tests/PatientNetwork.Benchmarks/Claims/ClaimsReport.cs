using System.Globalization;
using System.Text;
using PatientNetwork.Benchmarks.Measuring;
using PatientNetwork.Benchmarks.Reporting;

namespace PatientNetwork.Benchmarks.Claims;

/// <summary>The figures of one claims run and the markdown they are written as.</summary>
public sealed record ClaimsReport(
    DateTimeOffset At,
    string Source,
    MachineInfo Machine,
    int Claims,
    long Postings,
    string LoadBefore,
    string LoadAfter,
    LatencyStats Setup,
    LatencyStats Approval,
    LatencyStats RawApproval,
    LatencyStats Payment,
    LatencyStats RawPayment,
    LatencyStats Balance,
    LatencyStats RawBalance,
    bool Reconciled,
    double ReconcileMs,
    double Minutes,
    string Command)
{
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine("# Claims benchmark: submit → approve → pay, and balance reads over a large ledger");
        text.AppendLine();
        text.AppendLine(c, $"Written by `{Command}` on {At:yyyy-MM-dd HH:mm} UTC from {Source}, in {Minutes:0.0} minutes.");
        text.AppendLine(c, $"{Claims:N0} claims taken one at a time through the app host's own Funding process (HTTP, JWT, audit, outbox);");
        text.AppendLine(c, $"the ledger held {Postings:N0} postings at the end (a bulk-loaded million, plus the run's own).");
        text.AppendLine("Raw SQL: the statements the request runs, sent with Npgsql in one transaction and rolled back (see `Claims/ClaimsRun.cs`).");
        text.AppendLine();
        text.AppendLine("| series | n | p50 ms | p95 ms | p99 ms | max ms |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, stats) in new[]
        {
            ("create + submit + review (3 requests)", Setup), ("approval (HTTP)", Approval), ("approval (raw SQL)", RawApproval),
            ("payment (HTTP)", Payment), ("payment (raw SQL)", RawPayment), ("balance read (HTTP)", Balance), ("balance read (raw SQL)", RawBalance),
        })
        {
            text.AppendLine(c, $"| {name} | {stats.Count:N0} | {stats.P50:0.0} | {stats.P95:0.0} | {stats.P99:0.0} | {stats.Max:0.0} |");
        }

        text.AppendLine();
        text.AppendLine(c, $"Targets of issue 11: approval p95 < 50 ms ({(Approval.P95 < 50 ? "met" : "missed")}), balance read p95 < 10 ms at 1M postings ({(Balance.P95 < 10 ? "met" : "missed")}).");
        text.AppendLine(c, $"Reconciliation over the whole ledger at the end: {(Reconciled ? "reconciled" : "NOT reconciled")} in {ReconcileMs:0} ms.");
        text.AppendLine();
        text.AppendLine("## Machine");
        text.AppendLine();
        text.AppendLine(c, $"{Machine.ProcessorCount} CPUs ({Machine.CpuModel}), {Machine.Memory}, {Machine.Os}, kernel {Machine.Kernel}, {Machine.DotNet} ({Machine.GarbageCollector} GC), {Machine.PostgresVersion}.");
        text.AppendLine(c, $"Load average before {LoadBefore}, after {LoadAfter} (the machine is shared with other work; figures move with it).");
        text.AppendLine(c, $"PostgreSQL: {string.Join(", ", Machine.PostgresSettings.Select(p => $"{p.Key}={p.Value}"))}.");
        return text.ToString();
    }
}
