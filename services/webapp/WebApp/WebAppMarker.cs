namespace PatientNetwork.WebApp;

/// <summary>The web app's assembly, for tests and for the app host's project metadata.</summary>
public sealed class WebAppMarker;
