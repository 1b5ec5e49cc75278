// name: timeline
// answers: An entity's facts in date order: one row per piece of evidence of every relation it has
//   (either direction), with the date that evidence gives the fact (ISO at its precision: 2017-02-15,
//   2017-02 or 2017), its basis (stated in the sentence, or the publication date), whether it is a
//   start ("since 2011"), the evidence's status, outlet, document and sentence, and whether the
//   fact is contested. Undated evidence comes last.
// params: entity (string, case-insensitive name or alias of the entity)
// example: kg query timeline --param entity="Sergei Shoigu"
MATCH (entity:Person|State|Organization|Event|Location)
WHERE toLower(entity.name) = toLower($entity)
   OR any(alias IN entity.aliases WHERE toLower(alias) = toLower($entity))
MATCH (subject)-[fact]->(object)
WHERE entity IN [subject, object] AND NOT subject:Document
UNWIND range(0, size(fact.evidence_doc_ids) - 1) AS i
WITH entity, subject, fact, object, i, coalesce(fact.evidence_dates[i], '') AS when
RETURN when AS date,
       coalesce(fact.evidence_date_precisions[i], '') AS precision,
       coalesce(fact.evidence_date_bases[i], '') AS basis,
       coalesce(fact.evidence_date_since[i], false) AS since,
       subject.name AS subject,
       type(fact) AS relation,
       object.name AS object,
       fact.evidence_statuses[i] AS status,
       coalesce(fact.evidence_sources[i], fact.evidence_doc_ids[i]) AS source,
       fact.evidence_doc_ids[i] AS document,
       coalesce(fact.contested, false) AS contested,
       fact.evidence_sentences[i] AS evidence
ORDER BY CASE WHEN when = '' THEN null ELSE date(when) END, when, subject, relation, object, document,
         fact.evidence_starts[i]
