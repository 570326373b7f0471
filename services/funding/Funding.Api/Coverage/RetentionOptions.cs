namespace PatientNetwork.Funding.Coverage;

/// <summary>How long Funding keeps a patient's accounting records before it lets the Registry erase them (configuration section <c>Funding:Retention</c>).</summary>
public sealed class RetentionOptions
{
    public const string Section = "Funding:Retention";

    /// <summary>Years after a claim's last step (law 9-88, article 22: ten years for accounting records).</summary>
    public int Years { get; set; } = 10;

    /// <summary>How often every instance looks for holds that have run their time.</summary>
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromHours(1);

    public bool IsValid => Years > 0 && CheckEvery > TimeSpan.Zero;
}
