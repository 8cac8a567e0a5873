"""The PDF's XMP metadata packet: title, author, subject, keywords, language and dates.

PDF 2.0 and archiving (PDF/A) read document metadata from XMP rather than the Info
dictionary; catalogues and repositories index it. Values are escaped XML.
"""

from __future__ import annotations

from xml.sax.saxutils import escape


def _alt(value: str, lang: str) -> str:
    return (
        f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li>'
        f'<rdf:li xml:lang="{lang}">{escape(value)}</rdf:li></rdf:Alt>'
    )


def xmp_packet(
    *,
    title: str,
    author: str,
    subject: str,
    keywords: list[str],
    lang: str,
    created: str,
    tool: str,
) -> str:
    """An XMP packet (``created``: ISO 8601 date-time with zone)."""
    author_xml = f"<rdf:Seq><rdf:li>{escape(author)}</rdf:li></rdf:Seq>" if author else ""
    subjects = "".join(f"<rdf:li>{escape(k)}</rdf:li>" for k in keywords)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about=""'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/">'
        "<dc:format>application/pdf</dc:format>"
        f"<dc:title>{_alt(title, lang)}</dc:title>"
        + (f"<dc:creator>{author_xml}</dc:creator>" if author_xml else "")
        + f"<dc:description>{_alt(subject, lang)}</dc:description>"
        f"<dc:subject><rdf:Bag>{subjects}</rdf:Bag></dc:subject>"
        f"<dc:language><rdf:Bag><rdf:li>{escape(lang)}</rdf:li></rdf:Bag></dc:language>"
        f"<pdf:Keywords>{escape(', '.join(keywords))}</pdf:Keywords>"
        f"<pdf:Producer>{escape(tool)}</pdf:Producer>"
        f"<xmp:CreatorTool>{escape(tool)}</xmp:CreatorTool>"
        f"<xmp:CreateDate>{created}</xmp:CreateDate>"
        f"<xmp:ModifyDate>{created}</xmp:ModifyDate>"
        f"<xmp:MetadataDate>{created}</xmp:MetadataDate>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    )
