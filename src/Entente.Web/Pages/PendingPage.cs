namespace Entente.Web.Pages;

/// <summary>
/// Views whose computations are being built elsewhere (the alliance panel and ladder, structured analysis). Their routes
/// exist from the start and say plainly that nothing is available yet — never a made-up page.
/// </summary>
public static class PendingPage
{
    public static IReadOnlyList<(string Route, string Label, string Issue, string What)> Views { get; } =
    [
        ("panel", "Panel", "11", "the dyad panel: ATOP alliances, MME exercises, UN voting affinity and arms trade side by side for any pair"),
        ("ladder", "Ladder", "11", "the alignment ladder: where a dyad stands between convenience and alliance, and why"),
        ("ach", "ACH", "12", "analysis of competing hypotheses: editable matrices with live rescoring"),
        ("warnings", "Warnings", "12", "the indicators and warnings board"),
        ("forecasts", "Forecasts", "12", "forecasts with resolution and calibration"),
    ];

    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var (route, label, issue, what) in Views)
        {
            app.MapGet($"/{route}", () => Layout.Page($"{label}: not available yet", label, Html.Of($"""
                <p class="notice" role="status">This view is not available yet. It will show {what}, once that computation lands (issue {issue}).
                Until then nothing is shown here rather than a stand-in.</p>
                """))).ExcludeFromDescription();
        }
    }
}
