// name: profile
// answers: An entity's profile: its label and aliases, and every relation it has (roles such as
//   MINISTER_OF with their role, memberships, attendances, accusations ...) in either direction,
//   with status, attribution and the first evidence sentence. An entity without relations gets
//   one row with empty relation columns.
// params: entity (string, case-insensitive name or alias of the entity)
// example: kg query profile --param entity="Sergei Shoigu"
MATCH (entity:Person|State|Organization|Event|Location)
WHERE toLower(entity.name) = toLower($entity)
   OR any(alias IN entity.aliases WHERE toLower(alias) = toLower($entity))
OPTIONAL MATCH (entity)-[rel]-(other)
WHERE NOT other:Document
RETURN entity.name AS entity,
       labels(entity)[0] AS label,
       entity.aliases AS aliases,
       CASE WHEN rel IS NULL THEN null WHEN startNode(rel) = entity THEN 'out' ELSE 'in' END AS direction,
       type(rel) AS relation,
       other.name AS other,
       rel.role AS role,
       rel.status AS status,
       rel.attributed_to AS attributed_to,
       rel.evidence_sentences[0] AS evidence
ORDER BY entity, relation, direction, other
