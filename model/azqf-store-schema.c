/* azqf-store-schema.c: the workspace schema and its migrations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A migration is only ever appended: a released version's SQL never changes,
 * because files of that version exist on users' disks. tests/data holds a
 * version-1 file made by this SQL, and a test upgrades it.
 */

#include "config.h"

#include "azqf-store.h"
#include "azqf-store-private.h"

/* Version 1: standards with their units, outcomes, criteria and relations. */
static const char schema_v1[] =
  "CREATE TABLE workspace ("
  "  key   TEXT PRIMARY KEY,"
  "  value TEXT NOT NULL"
  ") WITHOUT ROWID;"

  "CREATE TABLE standards ("
  "  id                INTEGER PRIMARY KEY,"
  "  uuid              TEXT NOT NULL UNIQUE,"
  "  code              TEXT NOT NULL UNIQUE CHECK (length (code) BETWEEN 1 AND 64),"
  "  kind              TEXT NOT NULL CHECK (kind IN ('occupational', 'educational', 'qualification')),"
  "  status            TEXT NOT NULL DEFAULT 'draft'"
  "                    CHECK (status IN ('draft', 'in_review', 'approved', 'registered', 'withdrawn')),"
  "  version           INTEGER NOT NULL DEFAULT 1 CHECK (version BETWEEN 1 AND 9999),"
  "  title_az          TEXT,"
  "  title_en          TEXT,"
  "  summary_az        TEXT,"
  "  summary_en        TEXT,"
  "  level             INTEGER CHECK (level BETWEEN 1 AND 8),"
  "  isco08            TEXT CHECK (isco08 GLOB '[0-9][0-9][0-9][0-9]'),"
  "  isced_f           TEXT CHECK (isced_f GLOB '[0-9][0-9][0-9][0-9]'),"
  "  sector_az         TEXT,"
  "  sector_en         TEXT,"
  "  ects_credits      REAL CHECK (ects_credits >= 0),"
  "  duration          TEXT,"
  "  awarding_body_az  TEXT,"
  "  awarding_body_en  TEXT,"
  "  approving_body_az TEXT,"
  "  approving_body_en TEXT,"
  "  decision_number   TEXT,"
  "  decision_date     TEXT,"
  "  review_date       TEXT,"
  "  created           INTEGER NOT NULL,"
  "  modified          INTEGER NOT NULL"
  ");"

  "CREATE TABLE units ("
  "  id           INTEGER PRIMARY KEY,"
  "  standard_id  INTEGER NOT NULL REFERENCES standards (id) ON DELETE CASCADE,"
  "  position     INTEGER NOT NULL,"
  "  code         TEXT NOT NULL CHECK (length (code) BETWEEN 1 AND 32),"
  "  title_az     TEXT,"
  "  title_en     TEXT,"
  "  level        INTEGER CHECK (level BETWEEN 1 AND 8),"
  "  ects_credits REAL CHECK (ects_credits >= 0),"
  "  UNIQUE (standard_id, code)"
  ");"

  "CREATE TABLE outcomes ("
  "  id          INTEGER PRIMARY KEY,"
  "  standard_id INTEGER NOT NULL REFERENCES standards (id) ON DELETE CASCADE,"
  "  unit_id     INTEGER REFERENCES units (id) ON DELETE CASCADE,"
  "  position    INTEGER NOT NULL,"
  "  code        TEXT NOT NULL CHECK (length (code) BETWEEN 1 AND 32),"
  "  domain      TEXT NOT NULL CHECK (domain IN ('knowledge', 'skills', 'autonomy_responsibility')),"
  "  text_az     TEXT,"
  "  text_en     TEXT,"
  "  UNIQUE (standard_id, code)"
  ");"
  "CREATE INDEX outcomes_by_unit ON outcomes (unit_id, position);"

  "CREATE TABLE criteria ("
  "  id         INTEGER PRIMARY KEY,"
  "  outcome_id INTEGER NOT NULL REFERENCES outcomes (id) ON DELETE CASCADE,"
  "  position   INTEGER NOT NULL,"
  "  text_az    TEXT,"
  "  text_en    TEXT"
  ");"
  "CREATE INDEX criteria_by_outcome ON criteria (outcome_id, position);"

  "CREATE TABLE relations ("
  "  id          INTEGER PRIMARY KEY,"
  "  standard_id INTEGER NOT NULL REFERENCES standards (id) ON DELETE CASCADE,"
  "  type        TEXT NOT NULL CHECK (type IN ('based_on', 'replaces', 'leads_to')),"
  "  target_uuid TEXT NOT NULL,"
  "  target_code TEXT NOT NULL,"
  "  UNIQUE (standard_id, type, target_uuid)"
  ");";

/* Version 2: links from outcomes to framework descriptor elements, and the
 * full-text index (FTS5, tokenizer "azqf" registered by azqf-sqlite.c), kept in
 * step with the tables by triggers, so every write updates it in the same
 * transaction. rowid = source id × 8 + AzqfSearchRow. */
static const char schema_v2[] =
  "CREATE TABLE outcome_links ("
  "  id         INTEGER PRIMARY KEY,"
  "  outcome_id INTEGER NOT NULL REFERENCES outcomes (id) ON DELETE CASCADE,"
  "  element    TEXT NOT NULL,"
  "  type       TEXT NOT NULL CHECK (type IN ('covers', 'partial', 'related')),"
  "  source     TEXT NOT NULL CHECK (source IN ('author', 'suggested')),"
  "  state      TEXT NOT NULL CHECK (state IN ('pending', 'confirmed', 'rejected')),"
  "  comment    TEXT,"
  "  UNIQUE (outcome_id, element)"
  ");"

  "CREATE VIRTUAL TABLE search USING fts5 ("
  "  az, en, standard_id UNINDEXED, item UNINDEXED,"
  "  tokenize = 'azqf', prefix = '2 3'"
  ");"

  "CREATE TRIGGER standards_search_insert AFTER INSERT ON standards BEGIN"
  "  INSERT INTO search (rowid, az, en, standard_id, item) VALUES"
  "    (new.id * 8 + 0, new.title_az, new.title_en, new.id, new.id),"
  "    (new.id * 8 + 1, new.summary_az, new.summary_en, new.id, new.id);"
  "END;"
  "CREATE TRIGGER standards_search_update"
  "  AFTER UPDATE OF title_az, title_en, summary_az, summary_en ON standards BEGIN"
  "  UPDATE search SET az = new.title_az, en = new.title_en WHERE rowid = new.id * 8 + 0;"
  "  UPDATE search SET az = new.summary_az, en = new.summary_en WHERE rowid = new.id * 8 + 1;"
  "END;"
  "CREATE TRIGGER standards_search_delete AFTER DELETE ON standards BEGIN"
  "  DELETE FROM search WHERE rowid IN (old.id * 8 + 0, old.id * 8 + 1);"
  "END;"

  "CREATE TRIGGER units_search_insert AFTER INSERT ON units BEGIN"
  "  INSERT INTO search (rowid, az, en, standard_id, item)"
  "    VALUES (new.id * 8 + 2, new.title_az, new.title_en, new.standard_id, new.id);"
  "END;"
  "CREATE TRIGGER units_search_update AFTER UPDATE OF title_az, title_en ON units BEGIN"
  "  UPDATE search SET az = new.title_az, en = new.title_en WHERE rowid = new.id * 8 + 2;"
  "END;"
  "CREATE TRIGGER units_search_delete AFTER DELETE ON units BEGIN"
  "  DELETE FROM search WHERE rowid = old.id * 8 + 2;"
  "END;"

  "CREATE TRIGGER outcomes_search_insert AFTER INSERT ON outcomes BEGIN"
  "  INSERT INTO search (rowid, az, en, standard_id, item)"
  "    VALUES (new.id * 8 + 3, new.text_az, new.text_en, new.standard_id, new.id);"
  "END;"
  "CREATE TRIGGER outcomes_search_update AFTER UPDATE OF text_az, text_en ON outcomes BEGIN"
  "  UPDATE search SET az = new.text_az, en = new.text_en WHERE rowid = new.id * 8 + 3;"
  "END;"
  "CREATE TRIGGER outcomes_search_delete AFTER DELETE ON outcomes BEGIN"
  "  DELETE FROM search WHERE rowid = old.id * 8 + 3;"
  "END;"

  "CREATE TRIGGER criteria_search_insert AFTER INSERT ON criteria BEGIN"
  "  INSERT INTO search (rowid, az, en, standard_id, item)"
  "    SELECT new.id * 8 + 4, new.text_az, new.text_en, o.standard_id, new.id"
  "      FROM outcomes AS o WHERE o.id = new.outcome_id;"
  "END;"
  "CREATE TRIGGER criteria_search_update AFTER UPDATE OF text_az, text_en ON criteria BEGIN"
  "  UPDATE search SET az = new.text_az, en = new.text_en WHERE rowid = new.id * 8 + 4;"
  "END;"
  "CREATE TRIGGER criteria_search_delete AFTER DELETE ON criteria BEGIN"
  "  DELETE FROM search WHERE rowid = old.id * 8 + 4;"
  "END;"

  /* Index what a version-1 file already holds. */
  "INSERT INTO search (rowid, az, en, standard_id, item)"
  "  SELECT id * 8 + 0, title_az, title_en, id, id FROM standards"
  "  UNION ALL SELECT id * 8 + 1, summary_az, summary_en, id, id FROM standards"
  "  UNION ALL SELECT id * 8 + 2, title_az, title_en, standard_id, id FROM units"
  "  UNION ALL SELECT id * 8 + 3, text_az, text_en, standard_id, id FROM outcomes"
  "  UNION ALL SELECT c.id * 8 + 4, c.text_az, c.text_en, o.standard_id, c.id"
  "    FROM criteria AS c JOIN outcomes AS o ON o.id = c.outcome_id;";

/* Version 3: framework statements and level notes imported into the
 * workspace (azqf framework import); they replace the bundled ones with the
 * same id, or framework and level (statements keep their import order by
 * rowid: a replaced one moves to the end). The framework id is not constrained here:
 * the parser of docs/frameworks.md checks it, and a later framework must not
 * need a migration. imported: Unix time. */
static const char schema_v3[] =
  "CREATE TABLE framework_statements ("
  "  id            TEXT PRIMARY KEY,"
  "  framework     TEXT NOT NULL,"
  "  level         INTEGER NOT NULL CHECK (level BETWEEN 1 AND 8),"
  "  domain        TEXT NOT NULL CHECK (domain IN ('knowledge', 'skills', 'autonomy_responsibility')),"
  "  heading       TEXT,"
  "  text_az       TEXT,"
  "  text_en       TEXT,"
  "  provenance_az TEXT CHECK (provenance_az IN ('official', 'working')),"
  "  provenance_en TEXT CHECK (provenance_en IN ('official', 'working')),"
  "  source_az     TEXT,"
  "  source_en     TEXT,"
  "  note          TEXT,"
  "  complete      INTEGER NOT NULL DEFAULT 1 CHECK (complete IN (0, 1)),"
  "  imported      INTEGER NOT NULL,"
  "  CHECK (text_az IS NOT NULL OR text_en IS NOT NULL),"
  "  CHECK ((text_az IS NULL) = (provenance_az IS NULL) AND (text_az IS NULL) = (source_az IS NULL)),"
  "  CHECK ((text_en IS NULL) = (provenance_en IS NULL) AND (text_en IS NULL) = (source_en IS NULL))"
  ");"
  "CREATE INDEX framework_statements_by_level ON framework_statements (framework, level);"

  "CREATE TABLE framework_levels ("
  "  framework TEXT NOT NULL,"
  "  level     INTEGER NOT NULL CHECK (level BETWEEN 1 AND 8),"
  "  status    TEXT NOT NULL CHECK (status IN ('complete', 'incomplete', 'missing')),"
  "  note      TEXT,"
  "  imported  INTEGER NOT NULL,"
  "  PRIMARY KEY (framework, level)"
  ") WITHOUT ROWID;";

/* Version 4: the workspace's own spelling words ("Add to dictionary"), per
 * language, as the user added them (case kept: "Bakı" is a name, "bakı" is
 * not); azqf-store-words.c. */
static const char schema_v4[] =
  "CREATE TABLE dictionary_words ("
  "  lang TEXT NOT NULL CHECK (lang IN ('az', 'en')),"
  "  word TEXT NOT NULL CHECK (length (word) BETWEEN 1 AND 100),"
  "  PRIMARY KEY (lang, word)"
  ") WITHOUT ROWID;";

const char *
_azqf_store_migration (guint version)
{
  G_STATIC_ASSERT (AZQF_STORE_SCHEMA_VERSION == 4);

  switch (version)
    {
    case 1:
      return schema_v1;
    case 2:
      return schema_v2;
    case 3:
      return schema_v3;
    case 4:
      return schema_v4;
    default:
      return NULL;
    }
}
