namespace Mentoring.Site.Text;

/// <summary>Whether a quote mark opens or closes a quotation, decided from its context.</summary>
internal enum QuoteRole : byte
{
    None,
    Open,
    Close,
}
