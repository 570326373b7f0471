namespace PatientNetwork.Funding.Programmes;

/// <summary>What the coverage rate is applied to; travels as "invoice" or "remainder-after-other-payer".</summary>
public enum RateBasis
{
    /// <summary>The rate applies to the invoice's eligible amount; the association never pays more than what is left after the other payer.</summary>
    Invoice,

    /// <summary>The rate applies to what is left after another payer (AMO: CNSS, CNOPS, AMO Tadamon) has paid its share.</summary>
    RemainderAfterOtherPayer,
}
