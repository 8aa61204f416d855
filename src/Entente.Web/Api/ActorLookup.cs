using Entente.Actors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Web.Api;

/// <summary>Resolves actors as the CLI does (id, any code or name); an unknown or ambiguous name is a 400 that lists candidates.</summary>
public static class ActorLookup
{
    public static bool TryResolve(ActorRegistry registry, string input, out Actor actor, out ProblemHttpResult problem)
    {
        var resolution = registry.Resolve(input);
        actor = resolution.Actor!;
        problem = null!;
        if (resolution.Actor is null)
        {
            problem = TypedResults.Problem(resolution.Describe(), statusCode: StatusCodes.Status400BadRequest, title: "Unknown or ambiguous actor");
            return false;
        }

        return true;
    }

    /// <summary>Two actors from "RUS-CHN" or "Russia,China" (names may hold hyphens, so a comma wins, then the hyphen that gives two actors).</summary>
    public static (string, string)? SplitDyad(ActorRegistry registry, string text)
    {
        if (text.Contains(',', StringComparison.Ordinal))
        {
            var parts = text.Split(',', 2, StringSplitOptions.TrimEntries);
            return (parts[0], parts[1]);
        }

        for (var i = text.IndexOf('-', StringComparison.Ordinal); i > 0; i = text.IndexOf('-', i + 1))
        {
            if (registry.Resolve(text[..i]).IsResolved && registry.Resolve(text[(i + 1)..]).IsResolved)
            {
                return (text[..i], text[(i + 1)..]);
            }
        }

        return null;
    }
}
