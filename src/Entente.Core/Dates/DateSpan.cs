namespace Entente.Dates;

/// <summary>A date or a range of dates, each end at its own precision.</summary>
public readonly record struct DateSpan
{
    public DateSpan(PartialDate from, PartialDate to)
    {
        if (to.End < from.Start)
        {
            throw new ArgumentException($"The range ends ({to}) before it starts ({from}).", nameof(to));
        }

        From = from;
        To = to;
    }

    public PartialDate From { get; }
    public PartialDate To { get; }

    public bool IsRange => From != To;

    public DateOnly Start => From.Start;
    public DateOnly End => To.End;

    public static DateSpan On(PartialDate date) => new(date, date);

    public bool Overlaps(DateOnly? from, DateOnly? to) => (from is null || End >= from) && (to is null || Start <= to);

    public override string ToString() => IsRange ? $"{From}/{To}" : From.ToString();
}
