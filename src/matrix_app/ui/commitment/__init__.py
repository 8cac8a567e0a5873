"""The commitment editor: overview, logframe matrix, indicators, evidence, narratives, history."""
