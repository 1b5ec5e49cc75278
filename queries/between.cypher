// name: between
// answers: Facts in a period: every relation whose dates (first_date to last_date, each taken to the
//   end of its precision: a month-precision date covers its month) overlap the period from..to, in
//   date order, with its dates, status, outlets, whether it is contested, and its first evidence.
//   Undated relations are left out.
// params: from (string, first day of the period: 2017-02-01, or a month 2017-02, or a year 2017);
//   to (string, last day of the period, same forms: to=2017-02 ends on 28 February)
// example: kg query between --param from=2017-02 --param to=2017-03-15
WITH date($from) AS start,
     date($to) + CASE size($to) WHEN 4 THEN duration({years: 1}) WHEN 7 THEN duration({months: 1})
                                ELSE duration({days: 1}) END AS stop
// every relation type named, so the per-type indexes of the loader serve the filter
MATCH (subject)-[fact:ACCUSED|ALLIED_WITH|ATTACKED|ATTENDED|AT_WAR_WITH|COOPERATES_WITH|CRITICIZED|DENIED|LEADER_OF|MEMBER_OF|MET|MINISTER_OF|ORGANIZED|PART_OF|REPORTED|RIVAL_OF|SANCTIONED|SIGNED|SUPPLIED_ARMS_TO|SUPPORTS|VISITED]->(object)
WHERE fact.first_date < stop
WITH subject, fact, object, start,
     fact.last_date + CASE fact.last_date_precision WHEN 'year' THEN duration({years: 1})
                                                    WHEN 'month' THEN duration({months: 1})
                                                    ELSE duration({days: 1}) END AS last_end
WHERE last_end > start
RETURN left(toString(fact.first_date), CASE fact.first_date_precision WHEN 'year' THEN 4 WHEN 'month' THEN 7 ELSE 10 END)
         AS first_date,
       left(toString(fact.last_date), CASE fact.last_date_precision WHEN 'year' THEN 4 WHEN 'month' THEN 7 ELSE 10 END)
         AS last_date,
       subject.name AS subject,
       type(fact) AS relation,
       object.name AS object,
       fact.status AS status,
       fact.sources AS sources,
       fact.contested AS contested,
       fact.evidence_sentences[0] AS evidence
ORDER BY fact.first_date, fact.last_date, subject, relation, object
