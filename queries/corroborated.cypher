// name: corroborated
// answers: Facts by number of sources: relations reported by at least min_sources distinct outlets
//   (the source column, else the URL's host, else the document), most sources first, with the
//   outlets, the number of documents, the dates, the status and whether the fact is contested.
// params: min_sources (int = 2, fewest distinct outlets a fact needs); limit (int = 25, how many facts)
// example: kg query corroborated --param min_sources=3
// every relation type named, so the per-type indexes of the loader serve the filter
MATCH (subject)-[fact:ACCUSED|ALLIED_WITH|ATTACKED|ATTENDED|AT_WAR_WITH|COOPERATES_WITH|CRITICIZED|DENIED|LEADER_OF|MEMBER_OF|MET|MINISTER_OF|ORGANIZED|PART_OF|REPORTED|RIVAL_OF|SANCTIONED|SIGNED|SUPPLIED_ARMS_TO|SUPPORTS|VISITED]->(object)
WHERE fact.source_count >= $min_sources
RETURN subject.name AS subject,
       type(fact) AS relation,
       object.name AS object,
       fact.source_count AS source_count,
       fact.sources AS sources,
       size(fact.doc_ids) AS documents,
       left(toString(fact.first_date), CASE fact.first_date_precision WHEN 'year' THEN 4 WHEN 'month' THEN 7 ELSE 10 END)
         AS first_date,
       left(toString(fact.last_date), CASE fact.last_date_precision WHEN 'year' THEN 4 WHEN 'month' THEN 7 ELSE 10 END)
         AS last_date,
       fact.status AS status,
       fact.contested AS contested
ORDER BY source_count DESC, documents DESC, subject, relation, object
LIMIT $limit
