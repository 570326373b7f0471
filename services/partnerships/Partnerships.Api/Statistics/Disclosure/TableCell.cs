namespace PatientNetwork.Partnerships.Statistics.Disclosure;

/// <summary>A cell of a two-way table by its labels; a null label is that dimension's total.</summary>
public sealed record TableCell(string? Row, string? Column);
