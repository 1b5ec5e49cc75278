// name: facts
// answers: Every relation (optionally of one type and/or claim status) with its endpoints, status,
//   role, attribution, the rules that produced it and its first evidence sentence and document.
// params: type (string = "", a relation type such as ATTENDED, any case; empty for all);
//   status (string = "", asserted, reported, alleged, denied or negated; empty for all)
// example: kg query facts --param type=minister_of
MATCH (subject)-[rel]->(object)
WHERE NOT subject:Document
  AND ($type = '' OR type(rel) = toUpper($type))
  AND ($status = '' OR rel.status = toLower($status))
RETURN subject.name AS subject,
       type(rel) AS relation,
       object.name AS object,
       rel.status AS status,
       rel.role AS role,
       rel.attributed_to AS attributed_to,
       rel.rules AS rules,
       rel.evidence_sentences[0] AS evidence,
       rel.evidence_doc_ids[0] AS document
ORDER BY relation, subject, object
