// name: denied-claims
// answers: Claims somebody denied: every relation with a non-empty denied_by, with its status, who
//   it is attributed to, who denied it and the evidence sentence.
// params: none
// example: kg query denied-claims
MATCH (subject)-[claim]->(object)
WHERE size(coalesce(claim.denied_by, [])) > 0
RETURN subject.name AS subject,
       type(claim) AS relation,
       object.name AS object,
       claim.status AS status,
       claim.attributed_to AS attributed_to,
       claim.denied_by AS denied_by,
       claim.evidence_sentences[0] AS evidence
ORDER BY subject, relation, object
