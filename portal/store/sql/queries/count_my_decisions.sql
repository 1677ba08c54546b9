SELECT count(*) FROM decision_facts WHERE actor_id = $me AND list_contains($cities, city);
