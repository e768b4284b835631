-- Which version of the name-key rule (org.homeward.registry.internal.NameKeys.VERSION) made the keys stored in
-- person.name_keys. Keys are computed in Java, so a migration cannot recompute them: when the rule changes, the
-- application's NameKeyRefresh recomputes them at start-up, in the background, and then records the version.
CREATE TABLE registry_name_keys (
    id      SMALLINT PRIMARY KEY CHECK (id = 1),
    version INT      NOT NULL
);
INSERT INTO registry_name_keys (id, version) VALUES (1, 1);
