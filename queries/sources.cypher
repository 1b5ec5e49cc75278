// name: sources
// answers: Which documents mention an entity: id, title, path, date and URL of each document with
//   a MENTIONS relation to it, and how many of the entity's relations have evidence there.
// params: entity (string, case-insensitive name or alias of the entity)
// example: kg query sources --param entity="Li Hongzhong"
MATCH (entity:Person|State|Organization|Event|Location)
WHERE toLower(entity.name) = toLower($entity)
   OR any(alias IN entity.aliases WHERE toLower(alias) = toLower($entity))
MATCH (doc:Document)-[:MENTIONS]->(entity)
RETURN entity.name AS entity,
       doc.id AS document,
       doc.title AS title,
       doc.path AS path,
       doc.date AS date,
       doc.url AS url,
       COUNT { (entity)-[rel]-() WHERE doc.id IN rel.doc_ids } AS relations
ORDER BY entity, document
