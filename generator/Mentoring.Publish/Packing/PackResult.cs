namespace Mentoring.Publish.Packing;

/// <summary>What <c>pack</c> wrote: the archive, how many files it holds and their size before compression.</summary>
public sealed record PackResult(string ZipPath, int Files, long Bytes, long ZipBytes);
