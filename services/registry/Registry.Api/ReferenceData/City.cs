namespace PatientNetwork.Registry.ReferenceData;

/// <summary>
/// A place of residence within a region: one of Morocco's prefectures or provinces, identified by a stable
/// kebab-case ASCII code (for example <c>casablanca</c>, <c>el-jadida</c>).
/// </summary>
public sealed record City(string Code, Label Name);
