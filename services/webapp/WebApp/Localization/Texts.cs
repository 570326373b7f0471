namespace PatientNetwork.WebApp.Localization;

/// <summary>The web app's texts in Texts.resx (English), Texts.fr.resx and Texts.ar.resx, read through <c>IStringLocalizer&lt;Texts&gt;</c>.</summary>
public sealed class Texts;
