using System.Globalization;
using System.Text;

namespace PatientNetwork.Benchmarks.BloodDrives;

/// <summary>The markdown of <see cref="BloodDriveBookingRun"/>: what was measured, how, and the figures.</summary>
public static class BloodDriveBookingReport
{
    public static string Markdown(BenchmarkOptions options, int rounds, IReadOnlyList<BloodDriveBookingRun.Series> results, string loadBefore, string loadAfter, string source)
    {
        var clients = BloodDriveBookingRun.Clients;
        var text = new StringBuilder();
        text.AppendLine("# Blood drives: public booking with transport under 200 concurrent donors");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, code {source}, environment {options.EnvironmentName}.");
        text.AppendLine(CultureInfo.InvariantCulture, $"Load average before {loadBefore}, after {loadAfter} (the machine is shared; figures under load are worst cases).");
        text.AppendLine(CultureInfo.InvariantCulture, $"Command: `dotnet run -c Release --project tests/PatientNetwork.Benchmarks -- --scenario blood-drive-booking --requests {rounds * clients}`.");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{clients} donors at once, each with a phone and an address of its own, all booking one slot of {clients} places with a");
        text.AppendLine("round trip from one pickup point (four vans of 50 seats, an out run and a back run each), as the public site does:");
        text.AppendLine("`POST /public/v1/blood-drives/{id}/bookings` with the pickup point, then, once every SMS code has reached the app host's");
        text.AppendLine("local SMS sink, `POST …/bookings/confirm` with it, all 200 at once again. Every booking locks the slot's row and its eight");
        text.AppendLine("runs' rows (docs/blood-drives.md), the worst case: bookings for different slots do not wait on each other. Latency is");
        text.AppendLine(CultureInfo.InvariantCulture, $"from the client, in milliseconds; {rounds} round(s) through the gateway (a fresh drive each), one directly to Events, after a");
        text.AppendLine(CultureInfo.InvariantCulture, $"warm-up of 20 donors and {BloodDriveBookingRun.Sequential} bookings one after another (nobody waiting: the cost of one booking). The raw SQL line is the reservation's statements by hand (`RawReservation.cs`: read the slot's time, the");
        text.AppendLine("donor, the rules and the pickup point before any lock; then lock the slot, read it, other booking, count places, lock the");
        text.AppendLine("runs, count seats, insert donor, booking and SMS, the public calendar's message (holding bookings, site, version, outbox");
        text.AppendLine("row), commit), 200 tasks at once on a pool sized as the service's; it leaves out the per-client limit's upsert and the");
        text.AppendLine("booking's answer (which reads the booking again).");
        text.AppendLine();
        text.AppendLine("| path | requests | p50 | p95 | p99 | max | succeeded | refused |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var series in results)
        {
            var s = series.Stats;
            text.AppendLine(CultureInfo.InvariantCulture, $"| {series.Name} | {s.Count} | {s.P50:0.0} | {s.P95:0.0} | {s.P99:0.0} | {s.Max:0.0} | {series.Succeeded} | {series.Refused} |");
        }

        text.AppendLine();
        var book = results[1].Stats.P95;
        var alone = results[0].Stats.P50;
        text.AppendLine(CultureInfo.InvariantCulture, $"Target of issue 14: booking p95 < 150 ms. Through the gateway the booking's p95 is {book:0} ms: **{(book < 150 ? "met" : "not met")}**.");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Why: one booking alone takes {alone:0.0} ms (p50, first line), but 200 donors for one slot book one after another, since");
        text.AppendLine("each holds the slot's row lock (and its runs') from counting the places to the commit: that is what makes 8 of 200 exactly 8.");
        text.AppendLine("With 200 clients always waiting, each latency is about 200 divided by the throughput (Little's law), so a p95 under 150 ms");
        text.AppendLine("would need some 1,300 bookings a second on one slot, under a lock, on 2 shared cores. The raw SQL line, with no HTTP, JSON");
        text.AppendLine("or EF Core, is in the same range as the service: the time goes in the statements inside the lock and the CPU they share");
        text.AppendLine("with the services, not in the service's code. The gateway's share is the difference between the gateway and direct lines.");
        text.AppendLine("Bookings for different slots (different locks) do not wait on each other; the rest of the load is the machine's.");
        text.AppendLine();
        text.AppendLine("Changes measured here: the seats of the slot's runs are two grouped counts, one per leg (`BookingDesk.SeatsTakenAsync`),");
        text.AppendLine("not two queries per run tried; the slot's time, the donor, the rules, the verdict and the pickup point are read before");
        text.AppendLine("the slot's lock (four statements fewer inside it, and an ineligible donor never waits for it); and the commit adds the");
        text.AppendLine("public calendar's free places (`FreePlacesMessage`: one read of the slot's holding bookings, one of its site, the slot's");
        text.AppendLine("version raised and one outbox row, four statements more inside the lock). Compare with the previous figures in this");
        text.AppendLine("file's history only on a machine as loaded: the load average above says how shared the cores were.");
        return text.ToString();
    }
}
