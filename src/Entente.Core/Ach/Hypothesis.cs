namespace Entente.Ach;

/// <summary>One of the competing explanations an ACH matrix tests.</summary>
public sealed record Hypothesis(string Id, string Title);
