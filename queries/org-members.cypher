// name: org-members
// answers: Organizations and their members: MEMBER_OF relations (people, states) and PART_OF
//   relations (sub-organizations) into each organization, with role, status and evidence.
// params: organization (string = "", case-insensitive name or alias of an organization; empty for all)
// example: kg query org-members --param organization="Chinese Politburo"
MATCH (member)-[rel:MEMBER_OF|PART_OF]->(org:Organization)
WHERE $organization = ''
   OR toLower(org.name) = toLower($organization)
   OR any(alias IN org.aliases WHERE toLower(alias) = toLower($organization))
RETURN org.name AS organization,
       member.name AS member,
       labels(member)[0] AS label,
       type(rel) AS relation,
       rel.role AS role,
       rel.status AS status,
       rel.evidence_sentences[0] AS evidence
ORDER BY organization, member
