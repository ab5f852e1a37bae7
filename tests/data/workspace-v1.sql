-- workspace-v1.sql: a version-1 AzQF Studio workspace, as SQL text
--
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- test-store builds an .azqf file from this with sqlite3_exec() and checks
-- that opening it for writing upgrades it to the current schema, keeping every
-- row. The tables are schema_v1 of model/azqf-store-schema.c, verbatim (the
-- test compares them); never edit them, they are what version-1 files hold.

PRAGMA application_id = 1098535238;
PRAGMA user_version = 1;

BEGIN;

CREATE TABLE workspace (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE standards (
  id                INTEGER PRIMARY KEY,
  uuid              TEXT NOT NULL UNIQUE,
  code              TEXT NOT NULL UNIQUE CHECK (length (code) BETWEEN 1 AND 64),
  kind              TEXT NOT NULL CHECK (kind IN ('occupational', 'educational', 'qualification')),
  status            TEXT NOT NULL DEFAULT 'draft'
                    CHECK (status IN ('draft', 'in_review', 'approved', 'registered', 'withdrawn')),
  version           INTEGER NOT NULL DEFAULT 1 CHECK (version BETWEEN 1 AND 9999),
  title_az          TEXT,
  title_en          TEXT,
  summary_az        TEXT,
  summary_en        TEXT,
  level             INTEGER CHECK (level BETWEEN 1 AND 8),
  isco08            TEXT CHECK (isco08 GLOB '[0-9][0-9][0-9][0-9]'),
  isced_f           TEXT CHECK (isced_f GLOB '[0-9][0-9][0-9][0-9]'),
  sector_az         TEXT,
  sector_en         TEXT,
  ects_credits      REAL CHECK (ects_credits >= 0),
  duration          TEXT,
  awarding_body_az  TEXT,
  awarding_body_en  TEXT,
  approving_body_az TEXT,
  approving_body_en TEXT,
  decision_number   TEXT,
  decision_date     TEXT,
  review_date       TEXT,
  created           INTEGER NOT NULL,
  modified          INTEGER NOT NULL
);

CREATE TABLE units (
  id           INTEGER PRIMARY KEY,
  standard_id  INTEGER NOT NULL REFERENCES standards (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  code         TEXT NOT NULL CHECK (length (code) BETWEEN 1 AND 32),
  title_az     TEXT,
  title_en     TEXT,
  level        INTEGER CHECK (level BETWEEN 1 AND 8),
  ects_credits REAL CHECK (ects_credits >= 0),
  UNIQUE (standard_id, code)
);

CREATE TABLE outcomes (
  id          INTEGER PRIMARY KEY,
  standard_id INTEGER NOT NULL REFERENCES standards (id) ON DELETE CASCADE,
  unit_id     INTEGER REFERENCES units (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  code        TEXT NOT NULL CHECK (length (code) BETWEEN 1 AND 32),
  domain      TEXT NOT NULL CHECK (domain IN ('knowledge', 'skills', 'autonomy_responsibility')),
  text_az     TEXT,
  text_en     TEXT,
  UNIQUE (standard_id, code)
);

CREATE INDEX outcomes_by_unit ON outcomes (unit_id, position);

CREATE TABLE criteria (
  id         INTEGER PRIMARY KEY,
  outcome_id INTEGER NOT NULL REFERENCES outcomes (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  text_az    TEXT,
  text_en    TEXT
);

CREATE INDEX criteria_by_outcome ON criteria (outcome_id, position);

CREATE TABLE relations (
  id          INTEGER PRIMARY KEY,
  standard_id INTEGER NOT NULL REFERENCES standards (id) ON DELETE CASCADE,
  type        TEXT NOT NULL CHECK (type IN ('based_on', 'replaces', 'leads_to')),
  target_uuid TEXT NOT NULL,
  target_code TEXT NOT NULL,
  UNIQUE (standard_id, type, target_uuid)
);

INSERT INTO workspace (key, value) VALUES
  ('uuid', '5a0c3e9d-8f1b-4c27-9d64-2e7b1a3f0c58'),
  ('created', '2025-03-14T09:30:00Z');

INSERT INTO standards (id, uuid, code, kind, status, version, title_az, title_en,
                       summary_az, summary_en, level, isco08, isced_f, sector_az, sector_en,
                       ects_credits, duration, awarding_body_az, awarding_body_en,
                       approving_body_az, approving_body_en, decision_number, decision_date,
                       review_date, created, modified)
VALUES (1, '0b7d4f62-3a19-4e8c-b5d1-7c2e9a4f6b13', 'PS-7212-01', 'occupational', 'approved', 2,
        'Qaynaqçı', 'Welder',
        'Qaynaqçı metal konstruksiyaların hissələrini əl qövs qaynağı ilə birləşdirir və tikişlərin keyfiyyətini yoxlayır.',
        'A welder joins parts of metal structures by manual arc welding and checks the quality of the seams.',
        3, '7212', '0715', 'Sənaye və tikinti', 'Industry and construction',
        NULL, 'P6M', NULL, NULL,
        'Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi', 'Ministry of Labour and Social Protection of the Population',
        '12-Q', '2024-11-05', '2029-11-05', 1730800000, 1741944600);

INSERT INTO units (id, standard_id, position, code, title_az, title_en, level, ects_credits)
VALUES (1, 1, 0, 'V1', 'Əl qövs qaynağı ilə işlərin yerinə yetirilməsi', 'Carrying out manual arc welding', 3, NULL);

INSERT INTO outcomes (id, standard_id, unit_id, position, code, domain, text_az, text_en) VALUES
  (1, 1, 1, 0, 'V1.K1', 'knowledge',
   'Qaynaq cərəyanının şiddətinin elektrodun diametrindən və metalın qalınlığından asılılığını izah edir.',
   'Explains how the welding current depends on the electrode diameter and the metal thickness.'),
  (2, 1, 1, 1, 'V1.S1', 'skills',
   'Qaynaq tikişlərinin keyfiyyətini vizual üsulla yoxlayır və aşkar edilmiş qüsurları düzəldir.',
   'Checks the quality of welded seams visually and corrects the defects found.');

INSERT INTO criteria (id, outcome_id, position, text_az, text_en)
VALUES (1, 2, 0, 'Çatlar, məsamələr və yanıqlar standartın tələblərinə uyğun müəyyən edilib.',
        'Cracks, pores and burn-through are identified according to the standard.');

INSERT INTO relations (id, standard_id, type, target_uuid, target_code)
VALUES (1, 1, 'based_on', '9e41c7a2-6d3b-4f85-a0e9-3b5c8d2f7e16', 'PS-7212');

COMMIT;
