/* test-crash.c: kill -9 a writer mid-transaction, again and again
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * product.md §3: every user action is one transaction, and a crash or
 * `kill -9` loses at most the change in progress. crash-writer
 * (AZQF_CRASH_WRITER) inserts standards in a loop and prints each number
 * after its COMMIT; we SIGKILL it at a random moment, open the workspace for
 * writing (SQLite recovers the WAL, the stale lock is taken over), and check
 * that the file is sound, every printed standard is there whole, and no
 * standard is there in part.
 */

#include "config.h"

#include <signal.h>
#include <sqlite3.h>
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "model/azqf-locale.h"
#include "model/azqf-standard.h"
#include "model/azqf-store.h"
#include "model/azqf-store-private.h"
#include "model/azqf-unit.h"

#include "crash-writer.h"

#define ITERATIONS   100
#define TIME_LIMIT_S 60.0

/* Rows each CRASH-<n> has */
#define N_UNITS     CRASH_UNITS
#define N_OUTCOMES  (CRASH_UNITS * CRASH_OUTCOMES)
#define N_CRITERIA  (N_OUTCOMES * CRASH_CRITERIA)
/* Full-text rows: title, summary, then one per unit, outcome and criterion */
#define N_SEARCH    (2 + N_UNITS + N_OUTCOMES + N_CRITERIA)

typedef struct
{
  char *dir;
  char *ws;
} Fixture;

typedef struct
{
  guint iterations;
  guint killed_before_first_commit;
  guint lines_read;        /* commits the test saw printed */
  guint highest;           /* CRASH-<highest> is the last standard */
  guint lost_after_commit; /* committed but killed before printing */
} Stats;

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(AzqfStore) store = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("azqf-crash-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->ws = g_build_filename (fixture->dir, "crash.azqf", NULL);

  store = azqf_store_create (fixture->ws, &error);
  g_assert_no_error (error);
  azqf_store_close (store);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->ws);
}

/* SQL helpers on the store's connection */

static char *
query_text (sqlite3    *db,
            const char *sql)
{
  g_autoptr(GString) out = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (out->len > 0)
        g_string_append_c (out, '|');
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, i);
          g_string_append_printf (out, "%s%s", i > 0 ? "," : "", text != NULL ? text : "NULL");
        }
    }
  if (rc != SQLITE_DONE)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  sqlite3_finalize (stmt);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

/* Opens the workspace for writing after a kill and checks it. Returns the
 * highest n present; every n in committed (printed by a writer) must be
 * there. */
static guint
verify (const char *ws,
        GHashTable *committed)
{
  g_autoptr(AzqfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) present = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GHashTable) search_rows = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autofree char *integrity = NULL;
  g_autofree char *foreign_keys = NULL;
  GHashTableIter iter;
  gpointer key;
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db;
  guint highest = 0;
  gint64 n_standards;
  int rc;

  /* The killed writer's lock is free again, and opening recovers the WAL. */
  store = azqf_store_open (ws, AZQF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  db = _azqf_store_get_db (store);

  integrity = query_text (db, "PRAGMA integrity_check");
  g_assert_cmpstr (integrity, ==, "ok");
  foreign_keys = query_text (db, "PRAGMA foreign_key_check");
  g_assert_cmpstr (foreign_keys, ==, "");
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO search (search) VALUES ('integrity-check')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  /* Full-text rows per standard, in one pass */
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT standard_id, count(*) FROM search GROUP BY standard_id",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (search_rows,
                         GSIZE_TO_POINTER (sqlite3_column_int64 (stmt, 0)),
                         GSIZE_TO_POINTER (sqlite3_column_int64 (stmt, 1)));
  g_assert_cmpint (rc, ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  /* Each standard whole: all its units, outcomes and criteria */
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT s.id, s.code,"
                                       " (SELECT count(*) FROM units AS u WHERE u.standard_id = s.id),"
                                       " (SELECT count(*) FROM outcomes AS o WHERE o.standard_id = s.id),"
                                       " (SELECT count(*) FROM outcomes AS o WHERE o.standard_id = s.id AND o.unit_id IS NULL),"
                                       " (SELECT count(*) FROM criteria AS c JOIN outcomes AS o ON o.id = c.outcome_id"
                                       "   WHERE o.standard_id = s.id)"
                                       " FROM standards AS s",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *code = (const char *) sqlite3_column_text (stmt, 1);
      guint64 n = 0;

      g_assert_true (g_str_has_prefix (code, "CRASH-"));
      g_assert_true (g_ascii_string_to_unsigned (code + 6, 10, 1, G_MAXUINT, &n, NULL));
      g_assert_false (g_hash_table_contains (present, GUINT_TO_POINTER (n)));
      g_hash_table_add (present, GUINT_TO_POINTER (n));
      highest = MAX (highest, n);

      if (sqlite3_column_int (stmt, 2) != N_UNITS ||
          sqlite3_column_int (stmt, 3) != N_OUTCOMES ||
          sqlite3_column_int (stmt, 4) != 0 ||
          sqlite3_column_int (stmt, 5) != N_CRITERIA ||
          GPOINTER_TO_SIZE (g_hash_table_lookup (search_rows, GSIZE_TO_POINTER (id))) != N_SEARCH)
        g_error ("%s is half-written: %d units, %d outcomes (%d without unit), %d criteria, %zu search rows",
                 code, sqlite3_column_int (stmt, 2), sqlite3_column_int (stmt, 3),
                 sqlite3_column_int (stmt, 4), sqlite3_column_int (stmt, 5),
                 GPOINTER_TO_SIZE (g_hash_table_lookup (search_rows, GSIZE_TO_POINTER (id))));
    }
  g_assert_cmpint (rc, ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  /* Nothing outside the standards: totals match. */
  n_standards = g_hash_table_size (present);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM units"), ==, n_standards * N_UNITS);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM outcomes"), ==, n_standards * N_OUTCOMES);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM criteria"), ==, n_standards * N_CRITERIA);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM search"), ==, n_standards * N_SEARCH);

  /* Numbering restarts from the highest present, so 1..highest are all there. */
  g_assert_cmpint (n_standards, ==, highest);

  /* Every standard a writer reported as committed survived. */
  g_hash_table_iter_init (&iter, committed);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (present, key))
      g_error ("CRASH-%u was reported committed but is not in the workspace", GPOINTER_TO_UINT (key));

  /* And the store reads the last one back whole. */
  if (highest > 0)
    {
      g_autofree char *code = g_strdup_printf ("CRASH-%u", highest);
      g_autoptr(AzqfStandard) standard = azqf_store_load_standard (store, code, &error);
      GListModel *units;

      g_assert_no_error (error);
      units = azqf_standard_get_units (standard);
      g_assert_cmpuint (g_list_model_get_n_items (units), ==, N_UNITS);
      g_assert_cmpuint (azqf_standard_count_outcomes (standard), ==, N_OUTCOMES);
      for (guint i = 0; i < N_UNITS; i++)
        {
          g_autoptr(AzqfUnit) unit = g_list_model_get_item (units, i);
          GListModel *outcomes = azqf_unit_get_outcomes (unit);

          g_assert_cmpuint (g_list_model_get_n_items (outcomes), ==, CRASH_OUTCOMES);
        }
    }

  azqf_store_close (store);
  return highest;
}

/* Reads "<n>\n" lines into committed until EOF or max_lines; returns how many. */
static guint
read_commits (GDataInputStream *input,
              GHashTable       *committed,
              guint             max_lines,
              guint            *last)
{
  guint count = 0;

  while (count < max_lines)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *line = g_data_input_stream_read_line_utf8 (input, NULL, NULL, &error);
      guint64 n = 0;

      g_assert_no_error (error);
      if (line == NULL)
        break;

      if (!g_ascii_string_to_unsigned (line, 10, 1, G_MAXUINT, &n, NULL))
        g_error ("crash-writer printed “%s”", line);
      /* Numbers go up by one from where the workspace was. */
      if (*last != 0)
        g_assert_cmpuint (n, ==, *last + 1);
      *last = n;

      g_hash_table_add (committed, GUINT_TO_POINTER ((guint) n));
      count++;
    }

  return count;
}

static void
test_crash_loop (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *writer = g_getenv ("AZQF_CRASH_WRITER");
  g_autoptr(GHashTable) committed = g_hash_table_new (g_direct_hash, g_direct_equal);
  Stats stats = { 0, };
  double elapsed;

  g_assert_nonnull (writer);
  g_test_timer_start ();

  for (guint iteration = 0; iteration < ITERATIONS; iteration++)
    {
      g_autoptr(GSubprocess) process = NULL;
      g_autoptr(GDataInputStream) input = NULL;
      g_autoptr(GError) error = NULL;
      guint before = stats.highest;
      guint last = 0;
      guint seen = 0;

      process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, writer, fixture->ws, NULL);
      g_assert_no_error (error);
      input = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));

      /* Kill after a random number of commits, after a random time, or
       * early, while it starts, opens the workspace or writes its first. */
      switch (g_test_rand_int_range (0, 5))
        {
        case 0:
        case 1:
          seen += read_commits (input, committed, g_test_rand_int_range (1, 40), &last);
          break;
        case 2:
        case 3:
          g_usleep (g_test_rand_int_range (5, 51) * 1000);
          break;
        default:
          g_usleep (g_test_rand_int_range (0, 5000));
          break;
        }

      g_subprocess_force_exit (process);
      g_subprocess_wait (process, NULL, &error);
      g_assert_no_error (error);
      if (!g_subprocess_get_if_signaled (process))
        g_error ("crash-writer ended by itself (exit status %d) in iteration %u",
                 g_subprocess_get_exit_status (process), iteration);
      g_assert_cmpint (g_subprocess_get_term_sig (process), ==, SIGKILL);

      /* What it printed before dying was committed too. */
      seen += read_commits (input, committed, G_MAXUINT, &last);
      if (seen > 0)
        g_assert_cmpuint (last - seen + 1, ==, before + 1);

      stats.highest = verify (fixture->ws, committed);
      g_assert_cmpuint (stats.highest, >=, before);
      g_assert_cmpuint (stats.highest, >=, last);

      stats.iterations++;
      stats.lines_read += seen;
      if (stats.highest == before)
        stats.killed_before_first_commit++;
      stats.lost_after_commit += stats.highest - MAX (last, before);
    }

  elapsed = g_test_timer_elapsed ();

  g_test_message ("%u kills, %u commits printed and found, %u standards in the end, "
                  "%u kills before the writer's first commit, "
                  "%u commits made but not yet printed when killed, %.1f s",
                  stats.iterations, stats.lines_read, stats.highest,
                  stats.killed_before_first_commit, stats.lost_after_commit, elapsed);
  if (g_getenv ("AZQF_CRASH_STATS") != NULL)
    g_printerr ("crash loop: %u kills, %u commits printed, %u standards, %u kills before a commit, "
                "%u committed but unprinted, %.1f s\n",
                stats.iterations, stats.lines_read, stats.highest,
                stats.killed_before_first_commit, stats.lost_after_commit, elapsed);

  g_assert_cmpuint (stats.iterations, >=, 50);
  g_assert_cmpuint (stats.lines_read, >, 0);
  g_assert_cmpfloat (elapsed, <, TIME_LIMIT_S);

  /* The CLI reads the survivor too. */
  {
    const char *cli = g_getenv ("AZQF_CLI");
    g_autoptr(GSubprocess) process = NULL;
    g_autoptr(JsonParser) parser = json_parser_new ();
    g_autoptr(GError) error = NULL;
    g_autofree char *out = NULL;

    g_assert_nonnull (cli);
    process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                                cli, "list", fixture->ws, "--json", NULL);
    g_assert_no_error (error);
    g_subprocess_communicate_utf8 (process, NULL, NULL, &out, NULL, &error);
    g_assert_no_error (error);
    g_assert_true (g_subprocess_get_if_exited (process));
    g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
    json_parser_load_from_data (parser, out, -1, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                                                           "standards")),
                      ==, stats.highest);
  }
}

int
main (int    argc,
      char **argv)
{
  azqf_locale_init_test ();
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/azqf/crash/kill-writer", Fixture, NULL,
              fixture_set_up, test_crash_loop, fixture_tear_down);

  return g_test_run ();
}
