using System.Collections.Immutable;

namespace Mentoring.Engine;

/// <summary>
/// A named list of modules in four phases, with the pipelines whose Process results it reads.
/// Built once through its constructor; the engine never mutates it.
/// </summary>
public sealed class Pipeline
{
    public Pipeline(
        string name,
        IEnumerable<string>? dependencies = null,
        IEnumerable<IModule>? input = null,
        IEnumerable<IModule>? process = null,
        IEnumerable<IModule>? postProcess = null,
        IEnumerable<IModule>? output = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Dependencies = dependencies is null ? [] : [.. dependencies.Distinct(StringComparer.Ordinal)];
        Input = input is null ? [] : [.. input];
        Process = process is null ? [] : [.. process];
        PostProcess = postProcess is null ? [] : [.. postProcess];
        Output = output is null ? [] : [.. output];
    }

    public string Name { get; }

    public ImmutableArray<string> Dependencies { get; }

    public ImmutableArray<IModule> Input { get; }

    public ImmutableArray<IModule> Process { get; }

    public ImmutableArray<IModule> PostProcess { get; }

    public ImmutableArray<IModule> Output { get; }

    public ImmutableArray<IModule> ModulesOf(Phase phase) => phase switch
    {
        Phase.Input => Input,
        Phase.Process => Process,
        Phase.PostProcess => PostProcess,
        Phase.Output => Output,
        _ => throw new ArgumentOutOfRangeException(nameof(phase)),
    };
}
