using Entente.Alliances;
using Entente.Evidence;

namespace Entente.Import.Bundle;

/// <summary>
/// The checks on a treaty's ATOP coding: known variables, each once; obligations 0 or 1; a value above zero rests on
/// at least one of the agreement's articles, a zero on an article or a note.
/// </summary>
public sealed partial class BundleValidator
{
    private static void CheckCoding(Checker check, AgreementDetails agreement)
    {
        if (agreement.Atop is <= 0)
        {
            check.Error(agreement, "atop", $"ATOP alliance number {agreement.Atop} is not a positive number");
        }

        var numbers = agreement.Articles.Select(a => a.Number).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in agreement.Coding)
        {
            if (AtopCodebook.Find(code.Variable) is not { IsCoding: true } variable)
            {
                check.Error(code, "variable", $"unknown ATOP variable '{code.Variable}'; code obligations (defense, offense, neutral, nonagg, consul), conditions or provisions of Codebooks/atop-variables.tsv");
                continue;
            }

            if (!seen.Add(variable.Name))
            {
                check.Error(code, "variable", $"'{variable.Name}' is coded twice");
            }

            if (variable.Group == "obligation" && code.Value is not (0 or 1))
            {
                check.Error(code, "value", $"obligation '{variable.Name}' is 0 or 1, not {code.Value}");
            }

            if (code.Value != 0 && code.Articles.Count == 0)
            {
                check.Error(code, "value", $"'{variable.Name}' = {code.Value} has no article behind it: name the article(s) of the agreement it rests on");
            }
            else if (code.Value == 0 && code.Articles.Count == 0 && string.IsNullOrWhiteSpace(code.Note))
            {
                check.Error(code, "value", $"'{variable.Name}' = 0 needs the article(s) it reads the absence from, or a note saying why");
            }

            foreach (var missing in code.Articles.Where(a => !numbers.Contains(a)))
            {
                check.Error(code, "articles", $"article {missing} is not among the agreement's articles ({string.Join(", ", agreement.Articles.Select(a => a.Number))}); add it with its summary");
            }
        }
    }
}
