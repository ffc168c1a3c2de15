using System.Collections.Immutable;

namespace Mentoring.Engine;

/// <summary>One step of a pipeline: documents in, documents out. Configured through its constructor.</summary>
public interface IModule
{
    Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context);
}
