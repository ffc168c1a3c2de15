namespace Mentoring.Publish.Deploy;

/// <summary>
/// Where an upload stands: the file in flight (<see cref="Current"/>, null between files), the one that has just
/// arrived or been deleted (<see cref="Finished"/>), and totals in files and bytes.
/// </summary>
public sealed record DeployProgress(DeployChange? Current, DeployChange? Finished, int FilesDone, int FilesTotal, long BytesDone, long BytesTotal);
