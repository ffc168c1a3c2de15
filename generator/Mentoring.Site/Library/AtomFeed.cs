using System.Globalization;
using System.Text;
using System.Xml;
using Mentoring.Site.Configuration;
using Mentoring.Site.Output;

namespace Mentoring.Site.Library;

/// <summary>
/// The Atom feed (RFC 4287) of the newest practices. With a base URL, ids and links are absolute; without
/// one, ids are <c>tag:</c> URIs (RFC 4151) and links are relative to the feed — still a valid feed.
/// <c>updated</c> comes from the practices' dates, never from the clock, so two builds give the same file.
/// </summary>
public static class AtomFeed
{
    public const int EntryCount = 50;
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public static string Write(PracticeCatalog catalog, SiteConfig config, string? baseUrl, DateOnly fallbackUpdated)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(config);
        var entries = catalog.Practices.Take(EntryCount).ToList();
        var updated = entries.Count == 0 ? config.Updated ?? fallbackUpdated : entries.Max(p => p.LastChanged);
        var authority = TagAuthority(config);
        var oldest = catalog.Practices.IsEmpty ? updated : catalog.Practices[^1].Date;

        string Link(string destination) => baseUrl is null
            ? UrlPaths.Relative(LibraryUrls.Feed, destination)
            : UrlPaths.Absolute(baseUrl, destination);

        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteAttributeString("xml", "lang", null, "ru");
            xml.WriteElementString("id", AtomNamespace, baseUrl is null ? $"tag:{authority},{Iso(oldest)}:kopilka" : UrlPaths.Absolute(baseUrl, LibraryUrls.Index));
            xml.WriteElementString("title", AtomNamespace, $"Методическая копилка — {config.School.ShortName}");
            xml.WriteElementString("subtitle", AtomNamespace, $"Новые практики наставничества раздела «{config.SectionTitle}» — {config.School.ShortName}");
            xml.WriteElementString("updated", AtomNamespace, Timestamp(updated));
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, config.School.ShortName);
            if (!string.IsNullOrWhiteSpace(config.School.Website))
            {
                xml.WriteElementString("uri", AtomNamespace, config.School.Website);
            }

            xml.WriteEndElement();
            WriteLink(xml, "self", "application/atom+xml", Link(LibraryUrls.Feed));
            WriteLink(xml, "alternate", "text/html", Link(LibraryUrls.Index));
            xml.WriteStartElement("generator", AtomNamespace);
            xml.WriteAttributeString("version", typeof(AtomFeed).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
            xml.WriteString("Mentoring");
            xml.WriteEndElement();

            foreach (var p in entries)
            {
                xml.WriteStartElement("entry", AtomNamespace);
                xml.WriteElementString("id", AtomNamespace, baseUrl is null ? $"tag:{authority},{Iso(p.Date)}:kopilka/{p.Slug}" : UrlPaths.Absolute(baseUrl, p.Url));
                xml.WriteElementString("title", AtomNamespace, p.Title);
                xml.WriteElementString("published", AtomNamespace, Timestamp(p.Date));
                xml.WriteElementString("updated", AtomNamespace, Timestamp(p.LastChanged));
                WriteLink(xml, "alternate", "text/html", Link(p.Url));
                // Terms carry their dimension, as the facet addresses do: a kind and a tag may share a slug.
                WriteCategory(xml, LibraryUrls.FormDimension + "/" + p.Form.Id, p.Form.Title);
                WriteCategory(xml, LibraryUrls.ModelDimension + "/" + p.Model.Id, p.Model.Title);
                WriteCategory(xml, LibraryUrls.KindDimension + "/" + p.Kind.Id, p.Kind.Title);
                foreach (var tag in p.Tags)
                {
                    WriteCategory(xml, LibraryUrls.TagDimension + "/" + tag.Slug, tag.Name);
                }

                xml.WriteStartElement("summary", AtomNamespace);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(p.Summary);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>
    /// The authority of the <c>tag:</c> ids: the school's e-mail address, else its website's host — names the
    /// school controls, as RFC 4151 asks.
    /// </summary>
    public static string TagAuthority(SiteConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var email = config.School.Email.Trim().ToLowerInvariant();
        if (email.Contains('@', StringComparison.Ordinal) && !email.Any(char.IsWhiteSpace))
        {
            return email;
        }

        if (Uri.TryCreate(config.School.Website, UriKind.Absolute, out var site))
        {
            return site.IdnHost.ToLowerInvariant();
        }

        return "mentoring.invalid";
    }

    private static void WriteLink(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static void WriteCategory(XmlWriter xml, string term, string label)
    {
        xml.WriteStartElement("category", AtomNamespace);
        xml.WriteAttributeString("term", term);
        xml.WriteAttributeString("label", label);
        xml.WriteEndElement();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Timestamp(DateOnly date) => Iso(date) + "T00:00:00Z";
}
