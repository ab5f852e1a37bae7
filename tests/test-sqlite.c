/* test-sqlite.c: the "az" collation, azqf_fold() and the "azqf" FTS5 tokenizer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "model/azqf-locale.h"
#include "model/azqf-sqlite-private.h"

typedef struct
{
  sqlite3 *db;
} Fixture;

static const char *documents[][2] = {
  { "Maliyyə hesabatlarının təhlili", "Mühasib maliyyə hesabatlarını təhlil edir." },
  { "Financial analysis", "The accountant analyses financial statements (tehlil)." },
  { "İSTİQAMƏT", "Peşə standartının istiqaməti" },
  { "Çörək bişirmə", "Aşpaz çörək bişirir." },
  { "Ce\xcc\x81zanne", "Iğdır və Şəki" },
};

static void
exec (sqlite3    *db,
      const char *sql)
{
  char *errmsg = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &errmsg) != SQLITE_OK)
    g_error ("%s: %s", sql, errmsg);
}

static void
fill (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;

  exec (db, "CREATE VIRTUAL TABLE docs USING fts5 (title, body, tokenize = 'azqf')");
  g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO docs (title, body) VALUES (?1, ?2)",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      sqlite3_bind_text (stmt, 1, documents[i][0], -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, documents[i][1], -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  char *errmsg = NULL;

  g_assert_cmpint (sqlite3_open (":memory:", &fixture->db), ==, SQLITE_OK);
  g_assert_cmpint (_azqf_sqlite_register (fixture->db, &errmsg), ==, SQLITE_OK);
  g_assert_null (errmsg);
  fill (fixture->db);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_cmpint (sqlite3_close (fixture->db), ==, SQLITE_OK);
}

/* The first column of every row, joined with "|". */
static char *
query (sqlite3    *db,
       const char *sql,
       const char *param)
{
  g_autoptr(GString) out = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  if (param != NULL)
    sqlite3_bind_text (stmt, 1, param, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, 0);

      if (out->len > 0)
        g_string_append_c (out, '|');
      g_string_append (out, text != NULL ? text : "(null)");
    }
  if (rc != SQLITE_DONE)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  sqlite3_finalize (stmt);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_matches (sqlite3    *db,
                const char *match,
                const char *rowids)
{
  g_autofree char *found = query (db, "SELECT rowid FROM docs WHERE docs MATCH ?1 ORDER BY rowid",
                                  match);

  g_assert_cmpstr (found, ==, rowids);
}

static void
assert_searches (sqlite3 *db)
{
  /* Without the special letters, with them, in any case. */
  assert_matches (db, "tehlil", "1|2");
  assert_matches (db, "təhlil", "1|2");
  assert_matches (db, "TƏHLİL", "1|2");
  assert_matches (db, "TEHLIL", "1|2");
  assert_matches (db, "istiqamet", "3");
  assert_matches (db, "İSTİQAMƏT", "3");
  assert_matches (db, "corek", "4");
  assert_matches (db, "ÇÖRƏK", "4");
  assert_matches (db, "igdir AND seki", "5");
  assert_matches (db, "ığdır", "5");
  assert_matches (db, "muhasib", "1");
  assert_matches (db, "cezanne", "5");
  assert_matches (db, "Cézanne", "5");
  /* English rows go through the same tokenizer. */
  assert_matches (db, "financial", "2");
  assert_matches (db, "ANALYSES", "2");
  assert_matches (db, "analysis", "2");
  /* Prefixes are folded as well. */
  assert_matches (db, "\"tehl\"*", "1|2");
  assert_matches (db, "TƏHL*", "1|2");
  assert_matches (db, "bisir*", "4");
  assert_matches (db, "title:tehl*", "1");
  assert_matches (db, "\"maliyye hesabatlarini\"", "1");
  assert_matches (db, "nomatch", "");
}

static void
test_match (Fixture       *fixture,
            gconstpointer  data)
{
  assert_searches (fixture->db);
}

static void
test_tokens (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *terms = NULL;

  exec (fixture->db, "CREATE VIRTUAL TABLE vocab USING fts5vocab (docs, 'row')");
  terms = query (fixture->db, "SELECT term FROM vocab WHERE term LIKE 't%' OR term LIKE 'i%'"
                              " ORDER BY term", NULL);
  g_assert_cmpstr (terms, ==, "igdir|istiqamet|istiqameti|tehlil|tehlili|the");
}

static void
test_snippet (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *snippet = NULL;
  g_autofree char *title = NULL;
  g_autofree char *decomposed = NULL;

  snippet = query (fixture->db,
                   "SELECT snippet (docs, 1, '[', ']', '…', 8) FROM docs"
                   " WHERE docs MATCH ?1 ORDER BY rowid", "tehlil");
  g_assert_cmpstr (snippet, ==,
                   "Mühasib maliyyə hesabatlarını [təhlil] edir.|"
                   "The accountant analyses financial statements ([tehlil]).");

  title = query (fixture->db,
                 "SELECT highlight (docs, 0, '<', '>') FROM docs WHERE docs MATCH ?1",
                 "istiqamet OR corek");
  g_assert_cmpstr (title, ==, "<İSTİQAMƏT>|<Çörək> bişirmə");

  decomposed = query (fixture->db,
                      "SELECT highlight (docs, 0, '<', '>') || ' ' || highlight (docs, 1, '<', '>')"
                      " FROM docs WHERE docs MATCH ?1", "cezanne OR seki");
  g_assert_cmpstr (decomposed, ==, "<Ce\xcc\x81zanne> Iğdır və <Şəki>");
}

static void
test_collation (Fixture       *fixture,
                gconstpointer  data)
{
  static const char *shuffled = "('şəhər'), ('xalq'), ('Əli'), ('çay'), ('iş'), ('qələm'),"
                                " ('ılıq'), ('hava'), ('ev'), ('kitab'), ('cücə'), ('İstiqamət'),"
                                " ('üz'), ('öz'), ('ot'), ('un'), ('su'), ('əl'), ('lalə'),"
                                " ('ağac'), ('agent')";
  g_autofree char *sql = g_strdup_printf ("INSERT INTO words VALUES %s", shuffled);
  g_autofree char *az = NULL;
  g_autofree char *binary = NULL;
  g_autofree char *equal = NULL;

  exec (fixture->db, "CREATE TABLE words (w TEXT)");
  exec (fixture->db, sql);

  az = query (fixture->db, "SELECT w FROM words ORDER BY w COLLATE az", NULL);
  g_assert_cmpstr (az, ==,
                   "agent|ağac|cücə|çay|ev|əl|Əli|hava|xalq|ılıq|İstiqamət|iş|kitab|qələm|lalə|"
                   "ot|öz|su|şəhər|un|üz");

  /* Byte order puts the special letters last: the collation is doing the work. */
  binary = query (fixture->db, "SELECT w FROM words ORDER BY w DESC LIMIT 3", NULL);
  g_assert_cmpstr (binary, ==, "əl|Əli|şəhər");

  equal = query (fixture->db,
                 "SELECT ('ə' < 'f' COLLATE az) || ('é' = 'e\xcc\x81' COLLATE az)"
                 " || ('' < 'a' COLLATE az) || ('' = '' COLLATE az)", NULL);
  g_assert_cmpstr (equal, ==, "1011");
}

static void
test_fold_function (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *folded = NULL;
  g_autofree char *null = NULL;
  g_autofree char *indexed = NULL;

  folded = query (fixture->db, "SELECT azqf_fold (?1)", "ƏLİ İSTİQAMƏT Şəki, IĞDIR");
  g_assert_cmpstr (folded, ==, "eli istiqamet seki, igdir");

  null = query (fixture->db, "SELECT (azqf_fold (NULL) IS NULL) || azqf_fold (42)", NULL);
  g_assert_cmpstr (null, ==, "142");

  /* Deterministic, so it can index an expression. */
  exec (fixture->db, "CREATE TABLE names (n TEXT);"
                     "CREATE INDEX names_folded ON names (azqf_fold (n));"
                     "INSERT INTO names VALUES ('Əliyev'), ('Quliyev'), ('İsmayılov')");
  indexed = query (fixture->db, "SELECT n FROM names WHERE azqf_fold (n) = azqf_fold (?1)",
                   "ismayilov");
  g_assert_cmpstr (indexed, ==, "İsmayılov");
}

static void
test_tokenizer_options (Fixture       *fixture,
                        gconstpointer  data)
{
  char *errmsg = NULL;

  g_assert_cmpint (sqlite3_exec (fixture->db,
                                 "CREATE VIRTUAL TABLE bad USING fts5 (x, tokenize = 'azqf unknown')",
                                 NULL, NULL, &errmsg), !=, SQLITE_OK);
  g_assert_nonnull (errmsg);
  sqlite3_free (errmsg);
}

static void
test_extension (void)
{
  static const char *entry_points[] = { NULL, "sqlite3_azqfsqliteext_init" };
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "..", "model",
                                                 "azqf-sqlite-ext.so", NULL);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("The extension is not built");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (entry_points); i++)
    {
      g_autofree char *folded = NULL;
      g_autofree char *ordered = NULL;
      char *errmsg = NULL;
      sqlite3 *db = NULL;

      g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 1, NULL),
                       ==, SQLITE_OK);
      if (sqlite3_load_extension (db, path, entry_points[i], &errmsg) != SQLITE_OK)
        g_error ("%s: %s", path, errmsg);

      fill (db);
      assert_searches (db);

      folded = query (db, "SELECT azqf_fold ('ƏLİ')", NULL);
      g_assert_cmpstr (folded, ==, "eli");
      ordered = query (db, "SELECT w FROM (SELECT 'iş' AS w UNION SELECT 'xalq' UNION"
                           " SELECT 'ılıq') ORDER BY w COLLATE az", NULL);
      g_assert_cmpstr (ordered, ==, "xalq|ılıq|iş");

      g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
    }
}

int
main (int   argc,
      char *argv[])
{
  azqf_locale_init_test ();
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/azqf/sqlite/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("match", test_match);
  ADD ("tokens", test_tokens);
  ADD ("snippet", test_snippet);
  ADD ("collation", test_collation);
  ADD ("fold-function", test_fold_function);
  ADD ("tokenizer-options", test_tokenizer_options);
  g_test_add_func ("/azqf/sqlite/extension", test_extension);

#undef ADD

  return g_test_run ();
}
