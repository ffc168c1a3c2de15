namespace Mentoring.Engine;

/// <summary>
/// The four phases of a pipeline. Input and Process run in dependency order; PostProcess starts only
/// when every pipeline has finished Process, so it can see all results (lists, feeds, link checks);
/// Output runs last and only when no error was reported.
/// </summary>
public enum Phase
{
    Input,
    Process,
    PostProcess,
    Output,
}
