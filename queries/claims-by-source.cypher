// name: claims-by-source
// answers: All claims attributed to a source ("according to ...", "X has accused ..."): one row per
//   piece of evidence whose attribution names the source or one of its aliases, with the subject,
//   relation, object, that evidence's status, sentence and document.
// params: source (string, case-insensitive name or alias of who the claims are attributed to)
// example: kg query claims-by-source --param source="United States"
OPTIONAL MATCH (known:Person|State|Organization)
WHERE toLower(known.name) = toLower($source)
   OR any(alias IN known.aliases WHERE toLower(alias) = toLower($source))
WITH [toLower($source)]
     + [name IN collect(known.name) | toLower(name)]
     + reduce(names = [], aliases IN collect(known.aliases) | names + [alias IN aliases | toLower(alias)]) AS names
MATCH (subject)-[claim]->(object)
WHERE claim.evidence_attributed_to IS NOT NULL
UNWIND range(0, size(claim.evidence_attributed_to) - 1) AS i
WITH subject, claim, object, i, names
WHERE any(name IN split(claim.evidence_attributed_to[i], '; ') WHERE toLower(name) IN names)
RETURN subject.name AS subject,
       type(claim) AS relation,
       object.name AS object,
       claim.evidence_statuses[i] AS status,
       claim.evidence_attributed_to[i] AS attributed_to,
       claim.denied_by AS denied_by,
       claim.evidence_sentences[i] AS evidence,
       claim.evidence_doc_ids[i] AS document
ORDER BY subject, relation, object, document
