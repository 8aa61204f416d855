using Entente.Alliances;
using Entente.Datasets;
using Entente.Dates;
using Entente.Import.Datasets;

namespace Entente.Import.Atop;

/// <summary>Reading one alliance or one membership from its row.</summary>
public sealed partial class AtopReader
{
    private (AtopMembership?, DatasetReject?) ReadMembership(AtopRow row)
    {
        var atopId = row.Int("atopid");
        var member = row.Int("member");
        var entered = Date(row, "entry", row.Int("yrent"), row.Int("moent"), row.Int("dayent"));
        var exited = Date(row, "exit", row.Int("yrexit"), row.Int("moexit"), row.Int("dayexit"));
        var variables = row.Variables();
        if (row.Reject is null && (atopId is null || member is null || entered is null))
        {
            row.Fail(atopId is null ? "no atopid" : member is null ? "no member code" : "no year of entry (yrent)");
        }

        if (row.Reject is null && exited < entered)
        {
            row.Fail($"impossible dates: the member leaves ({exited}) before it enters ({entered})");
        }

        // cowsys = 0 marks ATOP's own code for a state outside the COW system (8152 in alliance 1320): known, without a registry actor.
        var outsideCow = row.Int("cowsys") is 0;
        if (row.Reject is null && !_cowCodes.Contains(member!.Value) && !outsideCow)
        {
            row.Fail($"unknown member code {member}: no state in the registry has this COW code, and cowsys does not mark it as outside the COW system");
        }

        if (row.Reject is not null)
        {
            return (null, row.Reject);
        }

        var actor = outsideCow ? null : registry.Resolve($"cow:{member}", entered!.Value.Year).Actor?.Id;
        return (new AtopMembership
        {
            AtopId = atopId!.Value,
            MemberCode = member!.Value,
            ActorId = actor,
            Entered = entered!.Value,
            Exited = exited,
            Phase = row.Int("phase"),
            Obligations = AtopObligations.From(v => variables.TryGetValue(v, out var x) ? x : null),
            Variables = variables,
            Line = row.Line,
        }, null);
    }

    private static (AtopAlliance?, DatasetReject?) ReadAlliance(AtopRow row, IReadOnlyList<AtopAlliance> earlier)
    {
        var atopId = row.Int("atopid");
        var begins = Date(row, "signature", row.Int("begyr"), row.Int("begmo"), row.Int("begday"));
        var ends = Date(row, "end", row.Int("endyr"), row.Int("endmo"), row.Int("endday"));
        var variables = row.Variables();
        var members = row.MemberList().ToList();
        if (row.Reject is null && (atopId is null || begins is null))
        {
            row.Fail(atopId is null ? "no atopid" : "no year of signature (begyr)");
        }

        if (row.Reject is null && ends < begins)
        {
            row.Fail($"impossible dates: the alliance ends ({ends}) before it begins ({begins})");
        }

        if (row.Reject is null && earlier.FirstOrDefault(a => a.AtopId == atopId) is { } twice)
        {
            row.Fail($"alliance {atopId} is already on line {twice.Line}");
        }

        if (row.Reject is not null)
        {
            return (null, row.Reject);
        }

        return (new AtopAlliance
        {
            AtopId = atopId!.Value,
            CowId = row.Int("cowid")?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Begins = begins,
            Ends = ends,
            Bilateral = variables.GetValueOrDefault("bilat") == 1,
            Obligations = AtopObligations.From(v => variables.TryGetValue(v, out var x) ? x : null),
            Members = members,
            Variables = variables,
            Line = row.Line,
        }, null);
    }

    private static PartialDate? Date(AtopRow row, string what, int? year, int? month, int? day)
    {
        if (!DatasetCells.TryDate(year, month, day, out var date, out var error))
        {
            row.Fail($"{error} ({what})");
        }

        return date;
    }
}
