using Entente.Web.Api;
using Entente.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Web.Pages;

/// <summary>The SIPRI register rows behind a TIV bar: the deals of a directed dyad delivering in a year, with file and line.</summary>
public static class DealsPage
{
    public static async Task<ContentHttpResult> RenderAsync(string supplier, string recipient, int? year, string? release, Workbench workbench, CancellationToken cancellationToken)
    {
        var answer = await TradeApi.DealsAsync(supplier, recipient, release, year, workbench, cancellationToken);
        if (answer.Result is not Microsoft.AspNetCore.Http.HttpResults.Ok<TradeApi.DealsAnswer> { Value: { } deals })
        {
            var problem = (answer.Result as ProblemHttpResult)?.ProblemDetails.Detail ?? "no answer";
            return Layout.Page("No register rows", "Dossier", Html.Of($"<p role=\"alert\">{problem}</p>"), StatusCodes.Status404NotFound);
        }

        var rows = deals.Deals.Select(d => Html.Of($"""
            <tr><td>{d.Key}</td><td>{d.OrderYear}{(d.OrderYearEstimated ? "?" : "")}</td><td>{d.Designation}</td><td>{d.Description}</td><td>{d.Category}</td>
            <td class="num">{d.NumberOrdered}{(d.NumberOrderedEstimated ? "?" : "")}</td><td class="num">{d.NumberDelivered}{(d.NumberDeliveredEstimated ? "?" : "")}</td>
            <td>{string.Join(", ", d.DeliveryYears)}</td><td class="num">{d.TivDelivered:0.##}</td><td>{d.Status}</td><td>line {d.Line}</td></tr>
            """));
        var title = $"SIPRI register: {supplier} → {recipient}{(year is null ? "" : $", deliveries in {year}")}";
        return Layout.Page(title, "Dossier", Html.Of($"""
            <p class="muted">SIPRI Arms Transfers Database, release {deals.Release}, file {deals.File}. “?” marks SIPRI's estimates. The year's TIV in the dossier sums these deals' deliveries that year.</p>
            <p role="status">{deals.Deals.Count} deals.</p>
            <table><thead><tr><th scope="col">Deal</th><th scope="col">Ordered</th><th scope="col">Designation</th><th scope="col">Description</th><th scope="col">Category</th>
            <th class="num" scope="col">Number ordered</th><th class="num" scope="col">Delivered</th><th scope="col">Delivery years</th><th class="num" scope="col">TIV delivered</th><th scope="col">Status</th><th scope="col">Row</th></tr></thead>
            <tbody>{rows}</tbody></table>
            """));
    }
}
