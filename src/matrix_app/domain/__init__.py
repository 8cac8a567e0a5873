"""Plain-Python domain: tables, vocabularies and pure rules. Never imports Qt."""
