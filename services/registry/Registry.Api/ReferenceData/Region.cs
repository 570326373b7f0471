namespace PatientNetwork.Registry.ReferenceData;

/// <summary>One of the 12 regions of Morocco (decree 2-15-40 of 2015), with its prefectures and provinces.</summary>
public sealed record Region(string Code, Label Name, IReadOnlyList<City> Cities);
