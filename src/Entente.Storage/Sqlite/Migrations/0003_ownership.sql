-- Which bundle owns each record: the bundle's id, or the file or folder it was imported from when it has none.
-- Changing a record another bundle owns must be asked for (import --replace); `init` never reverts a user's record.
ALTER TABLE actors ADD COLUMN owner TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN owner TEXT NOT NULL DEFAULT '';
ALTER TABLE items ADD COLUMN owner TEXT NOT NULL DEFAULT '';
ALTER TABLE record_versions ADD COLUMN owner TEXT NOT NULL DEFAULT '';

UPDATE actors SET owner = coalesce((SELECT coalesce(m.bundle_id, m.origin) FROM imports m WHERE m.id = actors.import_id), '');
UPDATE sources SET owner = coalesce((SELECT coalesce(m.bundle_id, m.origin) FROM imports m WHERE m.id = sources.import_id), '');
UPDATE items SET owner = coalesce((SELECT coalesce(m.bundle_id, m.origin) FROM imports m WHERE m.id = items.import_id), '');
UPDATE record_versions SET owner = coalesce((SELECT coalesce(m.bundle_id, m.origin) FROM imports m WHERE m.id = record_versions.import_id), '');
