"""Use cases over a project file: editing, queries, Excel, reports, exchange. No Qt."""
