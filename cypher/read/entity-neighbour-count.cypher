// How many neighbours (per relationship type and direction) the entity page could list: it shows at most a limit.
MATCH (e {key: $key})-[r:VERSION_OF|ADOPTED_AT|MANDATES|FACILITATES|LINKED_TO|ORGANIZES|PARTNERS_WITH|REFERENCES|CITES|SUB_LINE_OF]-(o)
WITH DISTINCT o, type(r) AS type, startNode(r) = e AS outgoing
RETURN count(*) AS count
