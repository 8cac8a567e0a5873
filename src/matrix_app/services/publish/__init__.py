"""The published site: static HTML/CSS/SVG that works from ``file://``, plus open data (no Qt).

``publish_site(project, outdir, PublishOptions(langs=("es", "en")), progress, cancelled)``
writes or updates the site; see ``site`` (pages), ``opendata`` (CSV + datapackage.json),
``output`` (staging, manifest, refusals) and ``views`` (what each page shows, privacy).
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
