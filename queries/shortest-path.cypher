// name: shortest-path
// answers: How two entities are connected: every shortest chain of relations (at most 6 hops,
//   through entities only, never through documents), written as "A -[TYPE]-> B <-[TYPE]- C".
// params: source (string, case-insensitive name or alias of the first entity);
//   target (string, case-insensitive name or alias of the second entity)
// example: kg query shortest-path --param source="Li Hongzhong" --param target=Russia
MATCH (a:Person|State|Organization|Event|Location)
WHERE toLower(a.name) = toLower($source) OR any(alias IN a.aliases WHERE toLower(alias) = toLower($source))
MATCH (b:Person|State|Organization|Event|Location)
WHERE a <> b
  AND (toLower(b.name) = toLower($target) OR any(alias IN b.aliases WHERE toLower(alias) = toLower($target)))
MATCH path = allShortestPaths((a)-[:ATTENDED|ACCUSED|DENIED|SUPPLIED_ARMS_TO|LEADER_OF|MINISTER_OF|MEMBER_OF|REPORTED|COOPERATES_WITH|VISITED|MET|AT_WAR_WITH|ALLIED_WITH|RIVAL_OF|ORGANIZED|PART_OF|SANCTIONED|ATTACKED|SIGNED|CRITICIZED|SUPPORTS*..6]-(b))
WITH a, b, path, nodes(path) AS hops, relationships(path) AS rels
RETURN a.name AS source,
       b.name AS target,
       length(path) AS hops,
       reduce(text = a.name, i IN range(0, size(rels) - 1) |
         text + CASE WHEN startNode(rels[i]) = hops[i]
                     THEN ' -[' + type(rels[i]) + ']-> '
                     ELSE ' <-[' + type(rels[i]) + ']- ' END + hops[i + 1].name) AS path
ORDER BY hops, path
