using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using PatientNetwork.Registry.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Registry.Audit;

/// <summary>
/// Audit rows of patient data access. A change adds its row to the current unit of work, so the
/// audit commits with the change it records; a read, having nothing else to commit, writes its row
/// at once.
/// </summary>
public sealed class PatientAuditTrail(RegistryDbContext db, TimeProvider time)
{
    private static InsertStatement? insert;

    /// <summary>
    /// A reason longer than the column (a staff reason of up to 500 characters with a prefix such as
    /// "absorbed PN-…: ") is cut to fit, so recording an access can never fail the access itself.
    /// </summary>
    public void Record(StaffMember staff, string action, Guid? patientId, string? reason = null) =>
        db.AuditTrail.Add(Entry(staff, action, patientId, reason));

    /// <summary>
    /// Writes and commits the row of a read before the answer goes out, with one INSERT: going through
    /// EF Core's change tracking and SaveChanges cost the busiest reads (get by id, lists) about 0.3 ms
    /// each (docs/benchmarks/README.md).
    /// </summary>
    public Task RecordReadAsync(StaffMember staff, string action, Guid patientId, string? reason, CancellationToken cancellationToken) =>
        InsertAsync(Entry(staff, action, patientId, reason), cancellationToken);

    /// <summary>A list or search page, written as <see cref="RecordReadAsync"/>: which filters (never the name typed) and which patients the page showed.</summary>
    public Task RecordListingReadAsync(StaffMember staff, string filters, IEnumerable<Guid> patientIds, CancellationToken cancellationToken) =>
        InsertAsync(Listing(staff, filters, patientIds), cancellationToken);

    private AuditEntry Entry(StaffMember staff, string action, Guid? patientId, string? reason) =>
        AuditEntry.Create(time.GetUtcNow(), staff.Id, staff.Login, staff.AssociationId, action, patientId, FitReason(reason));

    private AuditEntry Listing(StaffMember staff, string filters, IEnumerable<Guid> patientIds) =>
        AuditEntry.Listing(time.GetUtcNow(), staff.Id, staff.Login, staff.AssociationId, [.. patientIds], filters);

    private async Task InsertAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        var statement = insert ??= InsertStatement.For(db.Model.FindEntityType(typeof(AuditEntry))!, db.GetService<ISqlGenerationHelper>());
        // A null goes as null: EF Core sends it untyped and PostgreSQL takes the column's type.
        await db.Database.ExecuteSqlRawAsync(statement.Sql, statement.ValuesOf(entry)!, cancellationToken);
    }

    private static string? FitReason(string? reason) =>
        reason is { Length: > AuditEntry.MaxReasonLength } ? reason[..AuditEntry.MaxReasonLength] : reason;

    /// <summary>The INSERT of every mapped column but the generated id, named from the EF Core model so it follows the mapping.</summary>
    private sealed record InsertStatement(string Sql, IReadOnlyList<IProperty> Columns)
    {
        public static InsertStatement For(IEntityType audit, ISqlGenerationHelper sql)
        {
            var table = StoreObjectIdentifier.Table(audit.GetTableName()!, audit.GetSchema());
            var columns = audit.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never).ToList();
            var names = string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)));
            var placeholders = string.Join(", ", columns.Select((_, i) => $"{{{i}}}"));
            return new InsertStatement($"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({names}) VALUES ({placeholders})", columns);
        }

        public object?[] ValuesOf(AuditEntry entry) =>
            Columns.Select(c => ProviderValue(c, c.GetGetter().GetClrValue(entry))).ToArray();

        private static object? ProviderValue(IProperty column, object? value) =>
            column.GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(value) : value;
    }
}
