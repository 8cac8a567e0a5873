"""The published site: static HTML/CSS/SVG that works from ``file://``, plus open data (no Qt).

``publish_site(project, outdir, PublishOptions(langs=("es", "en")), progress, cancelled)``
writes or updates the site; see ``site`` (a publication put together), ``pages`` (one
language's pages), ``views`` (what each page shows, per kind of page, on ``figures``: what
the languages share), ``templating`` (Jinja2), ``fingerprints`` (what a page is built from,
for publishing again), ``opendata`` (CSV + datapackage.json) and ``output`` (staging,
manifest, refusals).
"""

from __future__ import annotations

from .output import MANIFEST, Cancelled, PublishError
from .site import LANGS, PublishOptions, PublishResult, publish_site
from .views import Privacy

__all__ = [
    "LANGS",
    "MANIFEST",
    "Cancelled",
    "Privacy",
    "PublishError",
    "PublishOptions",
    "PublishResult",
    "publish_site",
]
