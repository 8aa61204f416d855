namespace Entente.Events;

/// <summary>One row of a GDELT 2.0 mentions table: an article that mentioned an event.</summary>
public sealed record EventMention(
    long Line, long EventId, DateTime? EventTime, DateTime? MentionTime, byte? MentionType, string SourceName, string Identifier,
    int? SentenceId, int? Actor1Offset, int? Actor2Offset, int? ActionOffset, bool? InRawText, int? Confidence, int? DocLength,
    double? DocTone, string TranslationInfo);
