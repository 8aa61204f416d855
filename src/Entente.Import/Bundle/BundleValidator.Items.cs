using Entente.Actors;
using Entente.Evidence;

namespace Entente.Import.Bundle;

/// <summary>The checks on evidence items.</summary>
public sealed partial class BundleValidator
{
    private void CheckItem(Checker check, EvidenceItem item, ActorRegistry actors, HashSet<string> sourceIds)
    {
        if (!codebooks.Types.TryGetValue(item.Type, out var type))
        {
            check.Error(item, "type", $"unknown evidence type '{item.Type}'; see src/Entente.Core/Codebooks/evidence-types.tsv");
        }
        else if (type.Requires is { } section && Section(item, section) is null)
        {
            check.Error(item, "type", $"an item of type '{item.Type}' needs a '{section}' section");
        }

        foreach (var role in item.Actors)
        {
            CheckActor(check, role, "actor", role.Actor, actors);
            if (!codebooks.Roles.ContainsKey(role.Role))
            {
                check.Error(role, "role", $"unknown role '{role.Role}'; expected one of: {string.Join(", ", codebooks.Roles.Keys)}");
            }
        }

        if (item.Place?.Country is { } country)
        {
            CheckActor(check, item.Place, "country", country, actors);
        }

        foreach (var theme in item.Themes.Where(t => !codebooks.Themes.ContainsKey(t)))
        {
            check.Error(item, "themes", $"unknown theme '{theme}'; expected one of: {string.Join(", ", codebooks.Themes.Keys)}");
        }

        foreach (var quantity in item.Quantities)
        {
            CheckQuantity(check, quantity, actors);
        }

        if (item.Sources.Count == 0)
        {
            check.Error(item, "sources", $"item '{item.Id}' cites no source; every fact needs at least one");
        }

        foreach (var citation in item.Sources.Where(c => !sourceIds.Contains(c.Source)))
        {
            check.Error(citation, "source", $"item '{item.Id}' cites unknown source '{citation.Source}'");
        }

        CheckSections(check, item);
    }

    private static void CheckActor(Checker check, object owner, string field, string id, ActorRegistry actors)
    {
        if (actors.Contains(id))
        {
            return;
        }

        var resolution = actors.Resolve(id);
        var hint = resolution.Actor is { } match ? $"; did you mean '{match.Id}' ({match.Name})?" : "";
        check.Error(owner, field, $"unknown actor '{id}'{hint}");
    }

    private void CheckQuantity(Checker check, Quantity quantity, ActorRegistry actors)
    {
        if (!codebooks.Measures.TryGetValue(quantity.Measure, out var measure))
        {
            check.Error(quantity, "measure", $"unknown measure '{quantity.Measure}'; expected one of: {string.Join(", ", codebooks.Measures.Keys)}");
        }
        else if (!measure.Accepts(quantity.Unit))
        {
            var expected = measure.IsMoney ? "an ISO 4217 currency code such as USD" : string.Join(" or ", measure.Units);
            check.Error(quantity, "unit", $"unit mismatch: '{quantity.Unit}' does not measure {measure.Id}; expected {expected}");
        }

        if (quantity.Value < 0)
        {
            check.Error(quantity, "value", $"quantity {quantity.Value} is negative");
        }

        if (quantity.Actor is { } actor)
        {
            CheckActor(check, quantity, "actor", actor, actors);
        }
    }

    private static object? Section(EvidenceItem item, string section) => section switch
    {
        "exercise" => item.Exercise,
        "programme" => item.Programme,
        "agreement" => item.Agreement,
        "claim" => item.Claim,
        "forecast" => item.Forecast,
        _ => throw new InvalidOperationException($"The evidence-types codebook names an unknown section '{section}'."),
    };
}
