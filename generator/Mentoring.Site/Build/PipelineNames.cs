namespace Mentoring.Site.Build;

public static class PipelineNames
{
    public const string Data = "data";
    public const string Pages = "pages";
    public const string Practices = "practices";
    public const string Library = "library";
    public const string Search = "search";
    public const string Files = "files";
    public const string Assets = "assets";
    public const string Monitoring = "monitoring";
    public const string Render = "render";
}
