namespace PatientNetwork.Registry.Imports;

public sealed record ImportResult(Guid ImportId, int Rows, bool AlreadyImported, DateTimeOffset ImportedAt);

/// <summary>A row that cannot be imported and why; the file's line number counts the header as line 1.</summary>
public sealed record RejectedRow(int Line, IDictionary<string, string[]> Errors);
