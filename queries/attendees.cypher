// name: attendees
// answers: Who attended an event: everyone with an ATTENDED relation to an event whose name or
//   alias contains the text, with the claim status and the first evidence sentence. Attendance
//   that the text negates ("did not attend") is left out.
// params: event (string, case-insensitive substring of an event name or alias)
// example: kg query attendees --param event=parade
MATCH (event:Event)
WHERE toLower(event.name) CONTAINS toLower($event)
   OR any(alias IN event.aliases WHERE toLower(alias) CONTAINS toLower($event))
MATCH (attendee)-[attended:ATTENDED]->(event)
WHERE attended.status <> 'negated'
RETURN event.name AS event,
       attendee.name AS attendee,
       labels(attendee)[0] AS label,
       attended.status AS status,
       attended.evidence_sentences[0] AS evidence
ORDER BY event, attendee
