using Mentoring.Site.Content;
using Mentoring.Site.Output;

namespace Mentoring.Site.Tests.Content;

public sealed class ContentPathsTests
{
    [Theory]
    [InlineData("practices/a.md", "b.md", "practices/b.md")]
    [InlineData("practices/a.md", "../files/doc.pdf", "files/doc.pdf")]
    [InlineData("index.md", "./programma.md", "programma.md")]
    [InlineData("a/b/c.md", "../../d.md", "d.md")]
    [InlineData("index.md", "files/%D0%B4%D0%BE%D0%BA.pdf", "files/док.pdf")]
    public void Resolves_relative_references(string from, string reference, string expected)
    {
        Assert.Equal(expected, ContentPaths.Resolve(from, reference, out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("../etc/passwd")]
    [InlineData("a/../../x.md")]
    [InlineData("%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("C:/Windows/win.ini")]
    [InlineData("c:\\windows\\win.ini")]
    [InlineData("..\\..\\secret.txt")]
    [InlineData("files/a%00.pdf")]
    [InlineData("files/a\u0001.pdf")]
    public void Refuses_references_that_leave_content_or_are_strange(string reference)
    {
        Assert.Null(ContentPaths.Resolve("index.md", reference, out var problem));
        Assert.False(string.IsNullOrEmpty(problem));
    }

    [Theory]
    [InlineData("files/Положение о наставничестве.PDF", "files/polozhenie-o-nastavnichestve.pdf")]
    [InlineData("Фото/Урок 1.jpg", "foto/urok-1.jpg")]
    [InlineData("files/Приказ № 5.DOCX", "files/prikaz-no-5.docx")]
    public void Output_file_names_are_ascii(string source, string expected) =>
        Assert.Equal(expected, FileNaming.OutputPathFor(source));
}
