namespace PatientNetwork.Partnerships.Statistics.Disclosure;

public enum SuppressionReason
{
    /// <summary>Published.</summary>
    None,

    /// <summary>A count below the threshold: it could point at a child.</summary>
    Small,

    /// <summary>Suppressed in the previous release and not changed enough since to be shown without revealing its old value.</summary>
    CarriedForward,

    /// <summary>Hidden so that a suppressed cell cannot be worked out from the others and the totals.</summary>
    Complementary,

    /// <summary>A grand total hidden because another table of the same release, which counts the same patients, hides it.</summary>
    SharedTotal,
}
