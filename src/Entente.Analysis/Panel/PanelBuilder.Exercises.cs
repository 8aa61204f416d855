using Entente.Analysis.Datasets;
using static Entente.Analysis.Panel.EvidenceKinds;

namespace Entente.Analysis.Panel;

internal sealed partial class PanelBuilder
{
    private static readonly string[] ExerciseTypes = ["exercise", "patrol"];

    /// <summary>Exercises and patrols from the curated items, then from MME where it is imported.</summary>
    private void AddExercises()
    {
        Count("exercises.count", "exercises", "Joint exercises and patrols", year => In(year, ExerciseTypes));
        Count("exercises.bilateral", "exercises", "  bilateral (the two states alone)", year => In(year, ExerciseTypes).Where(i => ParticipatingStates(i, _in).Count <= 2));
        Count("exercises.multilateral", "exercises", "  multilateral", year => In(year, ExerciseTypes).Where(i => ParticipatingStates(i, _in).Count > 2));
        Sum("exercises.personnel", "  personnel", "persons", ["personnel"]);
        Sum("exercises.equipment", "  equipment (aircraft, ships, vehicles, systems …)", "pieces", EquipmentMeasures);
        Row("exercises.domains", "exercises", "  domains", "domains", Curated, _in.EvidenceYears, year =>
        {
            var items = In(year, ExerciseTypes).ToList();
            var domains = items.SelectMany(i => i.Exercise?.Domains ?? []).Distinct().Order(StringComparer.Ordinal).ToList();
            return PanelCell.Of(year, domains.Count, Links(items), string.Join(", ", domains));
        });
        Row("exercises.new-theatres", "exercises", "  new theatres (first joint exercise there)", "theatres", Curated, _in.EvidenceYears, year =>
        {
            var earlier = _in.Evidence.Where(i => Is(i, ExerciseTypes) && i.Date.Start.Year < year).Select(Theatre).OfType<string>().ToHashSet();
            var items = In(year, ExerciseTypes).Where(i => Theatre(i) is { } t && !earlier.Contains(t)).ToList();
            var theatres = items.Select(Theatre).OfType<string>().Distinct().ToList();
            return PanelCell.Of(year, theatres.Count, Links(items), string.Join("; ", theatres));
        });
        AddMmeExercises();
    }

    /// <summary>The sum of a quantity over the year's exercises; "not reported" (missing) when exercises took place but none gave it.</summary>
    private void Sum(string id, string label, string unit, IReadOnlyList<string> measures) =>
        Row(id, "exercises", label, unit, Curated, _in.EvidenceYears, year =>
        {
            var items = In(year, ExerciseTypes).ToList();
            var quantities = items.SelectMany(i => i.Quantities.Where(q => measures.Contains(q.Measure)).Select(q => (Item: i, Quantity: q))).ToList();
            if (items.Count > 0 && quantities.Count == 0)
            {
                return PanelCell.Missing(year) with { Text = "not reported", Links = Links(items) };
            }

            var text = string.Join(", ", quantities.Select(q => q.Quantity.Describe()));
            return PanelCell.Of(year, quantities.Sum(q => q.Quantity.Value), Links(quantities.Select(q => q.Item).Distinct()), text);
        });

    private void AddMmeExercises()
    {
        var rows = _in.Datasets;
        if (rows.MmeYears is null)
        {
            _absent.Add("MME: multinational exercises are not imported (entente import mme), so its exercise rows are missing");
            return;
        }

        var source = rows.Sources.GetValueOrDefault("mme", "MME");
        Source(source);
        void Mme(string id, string label, Func<JointExercise, bool> match) =>
            Row(id, "exercises", label, "exercises", source, rows.MmeYears, year =>
            {
                var found = rows.Exercises.Where(e => e.Year == year && match(e)).ToList();
                return PanelCell.Of(year, found.Count, [.. found.Select(e => e.Key)],
                    string.Join("; ", found.Select(e => e.Name ?? e.Key)));
            });
        Mme("exercises.mme.count", "Joint exercises (MME)", _ => true);
        Mme("exercises.mme.bilateral", "  bilateral (MME)", e => e.IsBilateral);
        Mme("exercises.mme.multilateral", "  multilateral (MME)", e => !e.IsBilateral);
    }
}
