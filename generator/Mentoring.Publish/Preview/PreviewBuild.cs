namespace Mentoring.Publish.Preview;

/// <summary>What one preview build did, for the console: the changes behind it, the result, the errors if any.</summary>
public sealed record PreviewBuild(IReadOnlyList<string> Changes, SiteGeneration? Generation, BuildProblems? Problems, TimeSpan Elapsed)
{
    public bool Initial => Changes.Count == 0;

    public bool Succeeded => Problems is null;
}
