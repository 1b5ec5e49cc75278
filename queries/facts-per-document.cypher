// name: facts-per-document
// answers: What each document contributed: entities it mentions, relations with evidence from it,
//   its evidence sentences and the relation types among them.
// params: document (string = "", a document id, or a case-insensitive part of its title or path; empty for all)
// example: kg query facts-per-document --param document=000_49f72384643141fa.txt
MATCH (doc:Document)
WHERE $document = ''
   OR doc.id = $document
   OR toLower(doc.title) CONTAINS toLower($document)
   OR toLower(doc.path) CONTAINS toLower($document)
CALL (doc) {
  OPTIONAL MATCH ()-[rel]->()
  WHERE doc.id IN rel.doc_ids
  WITH rel, size([d IN rel.evidence_doc_ids WHERE d = doc.id]) AS sentences
  ORDER BY type(rel)
  RETURN count(rel) AS relations, sum(sentences) AS evidence, collect(DISTINCT type(rel)) AS relation_types
}
RETURN doc.id AS document,
       doc.title AS title,
       COUNT { (doc)-[:MENTIONS]->() } AS entities,
       relations,
       evidence,
       relation_types
ORDER BY document
