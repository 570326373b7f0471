namespace PatientNetwork.Funding.Pledges;

/// <summary>One instalment of a pledge: its number (from 1), the day it falls due and its amount in centimes.</summary>
public sealed record PledgeInstalment(int Number, DateOnly DueOn, long AmountCentimes);
