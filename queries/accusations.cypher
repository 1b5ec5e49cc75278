// name: accusations
// answers: Who accused whom, the alleged claims attributed to the accuser about the accused
//   (e.g. SUPPLIED_ARMS_TO with status alleged), and who denied them: the claim's denied_by plus
//   everyone with a DENIED relation to the accuser. One row per accusation and alleged claim.
// params: accuser (string = "", case-insensitive name or alias of the accuser; empty for every accuser)
// example: kg query accusations --param accuser="United States"
MATCH (accuser)-[accused_rel:ACCUSED]->(accused)
WHERE $accuser = ''
   OR toLower(accuser.name) = toLower($accuser)
   OR any(alias IN accuser.aliases WHERE toLower(alias) = toLower($accuser))
OPTIONAL MATCH (accused)-[claim]->(object)
WHERE claim.status = 'alleged' AND accuser.name IN claim.attributed_to
CALL (claim, accuser) {
  UNWIND coalesce(claim.denied_by, []) + COLLECT { MATCH (denier)-[:DENIED]->(accuser) RETURN denier.name } AS name
  WITH DISTINCT name ORDER BY name
  RETURN collect(name) AS denied_by
}
RETURN accuser.name AS accuser,
       accused.name AS accused,
       type(claim) AS claim,
       object.name AS claim_target,
       claim.status AS claim_status,
       denied_by,
       accused_rel.evidence_sentences[0] AS evidence
ORDER BY accuser, accused, claim, claim_target
