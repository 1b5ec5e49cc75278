// name: contested
// answers: Contested claims, with both sides: every relation kg.graph marks contested (one outlet
//   affirms it and another denies or negates it, or one of its own parties denies it), with the
//   documents and outlets that affirm it, those that dispute it, who it is attributed to, who
//   denied it, and the first sentence on each side.
// params: none
// example: kg query contested
// every relation type named, so the per-type indexes of the loader serve the filter
MATCH (subject)-[claim:ACCUSED|ALLIED_WITH|ATTACKED|ATTENDED|AT_WAR_WITH|COOPERATES_WITH|CRITICIZED|DENIED|LEADER_OF|MEMBER_OF|MET|MINISTER_OF|ORGANIZED|PART_OF|REPORTED|RIVAL_OF|SANCTIONED|SIGNED|SUPPLIED_ARMS_TO|SUPPORTS|VISITED]->(object)
WHERE claim.contested = true
WITH subject, claim, object, range(0, size(claim.evidence_doc_ids) - 1) AS items
WITH subject, claim, object,
     [i IN items WHERE claim.evidence_doc_ids[i] IN claim.affirmed_in
                   AND claim.evidence_statuses[i] IN ['asserted', 'reported', 'alleged']] AS affirming,
     [i IN items WHERE claim.evidence_doc_ids[i] IN claim.disputed_in
                   AND (claim.evidence_statuses[i] IN ['denied', 'negated'] OR claim.evidence_denied_by[i] <> '')]
       AS disputing
RETURN subject.name AS subject,
       type(claim) AS relation,
       object.name AS object,
       claim.status AS status,
       claim.attributed_to AS attributed_to,
       claim.denied_by AS denied_by,
       claim.affirmed_in AS affirmed_in,
       reduce(outlets = [], i IN affirming | CASE WHEN claim.evidence_sources[i] IN outlets THEN outlets
                                                  ELSE outlets + claim.evidence_sources[i] END) AS affirmed_by,
       claim.disputed_in AS disputed_in,
       reduce(outlets = [], i IN disputing | CASE WHEN claim.evidence_sources[i] IN outlets THEN outlets
                                                  ELSE outlets + claim.evidence_sources[i] END) AS disputed_by,
       [i IN affirming | claim.evidence_sentences[i]][0] AS affirming_evidence,
       [i IN disputing | claim.evidence_sentences[i]][0] AS disputing_evidence
ORDER BY subject, relation, object
