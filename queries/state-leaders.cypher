// name: state-leaders
// answers: States and the people (or bodies) who lead or serve them: LEADER_OF and MINISTER_OF
//   relations into each state, with the role ("Defense Minister"), status and evidence.
// params: state (string = "", case-insensitive name or alias of a state; empty for every state)
// example: kg query state-leaders --param state=Russia
MATCH (leader)-[rel:LEADER_OF|MINISTER_OF]->(state:State)
WHERE $state = ''
   OR toLower(state.name) = toLower($state)
   OR any(alias IN state.aliases WHERE toLower(alias) = toLower($state))
RETURN state.name AS state,
       leader.name AS person,
       type(rel) AS relation,
       rel.role AS role,
       rel.status AS status,
       rel.evidence_sentences[0] AS evidence
ORDER BY state, relation, person
