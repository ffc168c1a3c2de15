namespace Mentoring.Publish.Deploy;

public enum ChangeKind
{
    New,
    Changed,
    Deleted,
}
