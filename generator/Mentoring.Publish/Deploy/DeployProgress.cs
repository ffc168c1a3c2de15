namespace Mentoring.Publish.Deploy;

/// <summary>Where an upload stands: the file in flight (null between files) and totals in files and bytes.</summary>
public sealed record DeployProgress(DeployChange? Current, int FilesDone, int FilesTotal, long BytesDone, long BytesTotal);
