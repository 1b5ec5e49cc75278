// name: co-attendance
// answers: People at the same event: each pair of persons with ATTENDED relations (not negated)
//   to one event, once per pair, optionally only the pairs that include a given person.
// params: person (string = "", case-insensitive name or alias of a person; empty for every pair)
// example: kg query co-attendance --param person="Kim Jong Un"
MATCH (a:Person)-[ra:ATTENDED]->(event:Event)<-[rb:ATTENDED]-(b:Person)
WHERE a.name < b.name
  AND ra.status <> 'negated' AND rb.status <> 'negated'
  AND ($person = ''
       OR any(who IN [a, b] WHERE toLower(who.name) = toLower($person)
              OR any(alias IN who.aliases WHERE toLower(alias) = toLower($person))))
RETURN event.name AS event,
       a.name AS person,
       b.name AS other_person
ORDER BY event, person, other_person
