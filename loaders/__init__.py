"""Writers of the graph: file exporters and the Neo4j loader."""
