// name: most-connected
// answers: The most connected entities: relations to other entities (mentions by documents are
//   not counted), distinct neighbours, mentions and documents, best connected first.
// params: limit (int = 10, how many entities to list); label (string = "", only entities with
//   this label, e.g. Person; empty for all)
// example: kg query most-connected --param limit=5 --param label=State
MATCH (entity:Person|State|Organization|Event|Location)
WHERE $label = '' OR toLower(labels(entity)[0]) = toLower($label)
WITH entity,
     COUNT { (entity)-[]-(other) WHERE NOT other:Document } AS relations,
     size(COLLECT { MATCH (entity)-[]-(other) WHERE NOT other:Document RETURN DISTINCT other.id }) AS neighbours
RETURN entity.name AS entity,
       labels(entity)[0] AS label,
       relations,
       neighbours,
       entity.mention_count AS mentions,
       size(entity.documents) AS documents
ORDER BY relations DESC, neighbours DESC, mentions DESC, entity
LIMIT $limit
