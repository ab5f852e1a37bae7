/* bench-store.c: the store at national scale, next to raw SQLite
 *
 * Generates a workspace of 2,000 standards and 100,000 bilingual outcomes
 * through the public store API, then measures, in the same run, each of our
 * operations and the raw SQLite doing the same query:
 *
 *  - open + list the first 50 standards in Azerbaijani order (target ≤ 3×):
 *    process vs process (bench-list vs the sqlite3 shell, the headline) and
 *    in-process (AzqfStore vs sqlite3_open_v2 + the same SQL);
 *  - full-text search, median of 100 varied queries (target ≤ 2×), in-process,
 *    and a subset as processes;
 *  - adding one outcome, median of 100 transactions (target < 5 ms).
 *
 * The raw side loads the same collation and tokenizer (the azqf-sqlite-ext
 * extension), so both do the same SQLite work and the ratio is our overhead.
 * Not part of meson test: `meson compile -C _build bench` or
 * tests/bench/run-bench.sh. Exit status: 0 all targets met, 1 a target
 * missed, 2 error.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "azqf-classification.h"
#include "azqf-criterion.h"
#include "azqf-outcome.h"
#include "azqf-search-hit.h"
#include "azqf-standard.h"
#include "azqf-store.h"
#include "azqf-text.h"
#include "azqf-unit.h"

#include "bench-generate.h"

#define SEED            BENCH_SEED
#define SEARCH_LIMIT    20
#define LIST_LIMIT      50
#define N_QUERIES       100
#define N_INSERTS       100

/* The store's SQL, for the raw side: the list with the default filter (no
 * WHERE), and the search query as azqf_store_search() runs it. */
#define STANDARD_COLUMNS \
  "s.id, s.uuid, s.code, s.kind, s.status, s.version, s.title_az, s.title_en," \
  " s.summary_az, s.summary_en, s.level, s.isco08, s.isced_f, s.sector_az, s.sector_en," \
  " s.ects_credits, s.duration, s.awarding_body_az, s.awarding_body_en," \
  " s.approving_body_az, s.approving_body_en, s.decision_number, s.decision_date," \
  " s.review_date, s.created, s.modified"

static const char list_sql[] =
  "SELECT " STANDARD_COLUMNS " FROM standards AS s"
  " ORDER BY coalesce (s.title_az, s.title_en, s.code) COLLATE az, s.code LIMIT 50";

#define SEARCH_SELECT \
  "SELECT s.code, s.title_az, s.title_en, f.row, " \
  "  CASE f.row" \
  "    WHEN 2 THEN (SELECT code FROM units WHERE id = f.item)" \
  "    WHEN 3 THEN (SELECT code FROM outcomes WHERE id = f.item)" \
  "    WHEN 4 THEN (SELECT o.code FROM criteria AS c" \
  "                 JOIN outcomes AS o ON o.id = c.outcome_id WHERE c.id = f.item)" \
  "  END," \
  "  f.snippet_az, f.snippet_en, f.rank" \
  " FROM (SELECT rowid % 8 AS row, standard_id, item," \
  "         snippet (search, 0, X'02', X'03', '…', 16) AS snippet_az," \
  "         snippet (search, 1, X'02', X'03', '…', 16) AS snippet_en," \
  "         rank"

static const char search_sql[] =
  SEARCH_SELECT
  "       FROM search WHERE search MATCH ?1 ORDER BY rank LIMIT ?2) AS f"
  " JOIN standards AS s ON s.id = f.standard_id"
  " ORDER BY f.rank";

static const char insert_sql[] =
  "INSERT INTO outcomes (standard_id, unit_id, position, code, domain, text_az, text_en)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";

typedef struct
{
  /* options */
  char     *ext_path;
  char     *sqlite3_cli;
  char     *bench_list;
  char     *base_dir;
  gboolean  keep;
  int       n_standards;
  int       n_outcomes;
  int       n_runs;

  /* state */
  char     *work_dir;
  char     *path;
  GRand    *rand;
  gboolean  failed;
} Bench;

/* Helpers */

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median_ms (GArray *samples_us)
{
  g_autoptr(GArray) sorted = g_array_copy (samples_us);
  guint n = sorted->len;

  g_assert (n > 0);
  g_array_sort (sorted, compare_doubles);
  if (n % 2 == 1)
    return g_array_index (sorted, double, n / 2) / 1000.0;

  return (g_array_index (sorted, double, n / 2 - 1) + g_array_index (sorted, double, n / 2)) / 2000.0;
}

static double
percentile_ms (GArray *samples_us,
               double  fraction)
{
  g_autoptr(GArray) sorted = g_array_copy (samples_us);

  g_assert (sorted->len > 0);
  g_array_sort (sorted, compare_doubles);
  return g_array_index (sorted, double, MIN ((guint) (fraction * sorted->len), sorted->len - 1)) / 1000.0;
}

static double
elapsed_us (gint64 start)
{
  return (double) (g_get_monotonic_time () - start);
}

static void
add_sample (GArray *samples,
            double  us)
{
  g_array_append_val (samples, us);
}

/* Removed on exit unless --keep, also when a step fails. */
static char *work_dir_to_remove;

static void
remove_work_dir (void)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (work_dir_to_remove == NULL)
    return;

  dir = g_dir_open (work_dir_to_remove, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (work_dir_to_remove, name, NULL);

      g_unlink (path);
    }
  g_rmdir (work_dir_to_remove);
  g_clear_pointer (&work_dir_to_remove, g_free);
}

static G_GNUC_NORETURN void
die (const char *what,
     GError     *error)
{
  fprintf (stderr, "bench-store: %s: %s\n", what, error != NULL ? error->message : "failed");
  remove_work_dir ();
  exit (2);
}

static G_GNUC_NORETURN void
die_sqlite (const char *what,
            sqlite3    *db)
{
  fprintf (stderr, "bench-store: %s: %s\n", what, sqlite3_errmsg (db));
  remove_work_dir ();
  exit (2);
}

static goffset
file_size (const char *path)
{
  struct stat st;

  return g_stat (path, &st) == 0 ? (goffset) st.st_size : 0;
}

static void
generate (Bench *bench)
{
  g_autoptr(BenchGenerator) generator = bench_generator_new (bench->rand, bench->n_outcomes);
  g_autoptr(GError) error = NULL;
  double build_us = 0, insert_us = 0;
  gint64 start = g_get_monotonic_time ();

  if (!bench_generate_workspace (generator, bench->path, bench->n_standards,
                                 &build_us, &insert_us, &error))
    die ("generate", error);

  printf ("Generated %s\n", bench->path);
  printf ("  generation time:  %.1f s (%.1f s building objects, %.1f s in "
           "azqf_store_insert_standards, %d standards per transaction)\n",
           elapsed_us (start) / 1e6, build_us / 1e6, insert_us / 1e6, BENCH_BATCH);
}

static sqlite3 *
open_raw (const char *path,
          const char *ext_path,
          int         flags)
{
  sqlite3 *db = NULL;
  char *errmsg = NULL;

  if (sqlite3_open_v2 (path, &db, flags, NULL) != SQLITE_OK)
    die_sqlite ("raw open", db);

  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 1, NULL);
  if (sqlite3_load_extension (db, ext_path, NULL, &errmsg) != SQLITE_OK)
    {
      fprintf (stderr, "bench-store: cannot load %s: %s\n", ext_path, errmsg);
      remove_work_dir ();
      exit (2);
    }

  return db;
}

static gint64
query_count (sqlite3    *db,
             const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 count = -1;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    die_sqlite (sql, db);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return count;
}

static char *
query_text (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    die_sqlite (sql, db);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  if (text == NULL)
    die_sqlite (sql, db);
  return text;
}

static void
print_contents (Bench *bench)
{
  sqlite3 *db = open_raw (bench->path, bench->ext_path, SQLITE_OPEN_READONLY);
  goffset size = file_size (bench->path);
  g_autofree char *wal = g_strconcat (bench->path, "-wal", NULL);

  printf ("  standards:        %" G_GINT64_FORMAT " (%" G_GINT64_FORMAT " occupational, %"
           G_GINT64_FORMAT " educational, %" G_GINT64_FORMAT " qualification; levels %"
           G_GINT64_FORMAT "–%" G_GINT64_FORMAT ")\n",
           query_count (db, "SELECT count(*) FROM standards"),
           query_count (db, "SELECT count(*) FROM standards WHERE kind = 'occupational'"),
           query_count (db, "SELECT count(*) FROM standards WHERE kind = 'educational'"),
           query_count (db, "SELECT count(*) FROM standards WHERE kind = 'qualification'"),
           query_count (db, "SELECT min(level) FROM standards"),
           query_count (db, "SELECT max(level) FROM standards"));
  printf ("  units:            %" G_GINT64_FORMAT "\n", query_count (db, "SELECT count(*) FROM units"));
  printf ("  outcomes:         %" G_GINT64_FORMAT " (each text in az and en)\n",
           query_count (db, "SELECT count(*) FROM outcomes"));
  printf ("  criteria:         %" G_GINT64_FORMAT "\n", query_count (db, "SELECT count(*) FROM criteria"));
  printf ("  full-text rows:   %" G_GINT64_FORMAT "\n", query_count (db, "SELECT count(*) FROM search"));
  printf ("  file size:        %.1f MB (%" G_GOFFSET_FORMAT " bytes; WAL %" G_GOFFSET_FORMAT
           " bytes)\n", size / 1e6, size, file_size (wal));

  sqlite3_close (db);
}

/* Processes */

static char *
run_process (const char * const *argv,
             double              *us)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;
  gint64 start = g_get_monotonic_time ();

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                     &out, &err, &status, &error))
    die (argv[0], error);
  *us = elapsed_us (start);

  if (!g_spawn_check_wait_status (status, &error))
    {
      fprintf (stderr, "bench-store: %s: %s\n%s", argv[0], error->message, err);
      remove_work_dir ();
      exit (2);
    }

  return out;
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    n += *p == '\n';
  return n;
}

/* The column'th field of each line (separated by sep), joined by spaces. */
static char *
column_of_lines (const char *text,
                 char        sep,
                 guint       column)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *codes = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *separator = g_strdup_printf ("%c", sep);
      g_auto(GStrv) cells = NULL;

      if (lines[i][0] == '\0')
        continue;
      cells = g_strsplit (lines[i], separator, column + 2);
      if (g_strv_length (cells) > column)
        g_string_append_printf (codes, "%s ", cells[column]);
    }

  return g_string_free (codes, FALSE);
}

/* Measurements */

typedef struct
{
  const char *metric;
  double      ours;
  double      raw;
  double      target;   /* ratio limit, or absolute ms limit when absolute */
  gboolean    absolute;
  gboolean    headline;
  char       *note;
} Row;

static void
row_clear (gpointer data)
{
  Row *row = data;

  g_free (row->note);
}

static void
add_row (GArray     *rows,
         const char *metric,
         double      ours,
         double      raw,
         double      target,
         gboolean    absolute,
         gboolean    headline,
         char       *note)
{
  Row row = { metric, ours, raw, target, absolute, headline, note };

  g_array_append_val (rows, row);
}

static char *
list_in_process_ours (const char *path,
                      double     *us)
{
  AzqfStoreFilter filter = AZQF_STORE_FILTER_INIT;
  GString *codes = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  AzqfStore *store;
  GPtrArray *standards;

  filter.limit = LIST_LIMIT;
  store = azqf_store_open (path, AZQF_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    die ("open", error);
  standards = azqf_store_list_standards (store, &filter, &error);
  if (standards == NULL)
    die ("list", error);
  g_object_unref (store);
  *us = elapsed_us (start);

  for (guint i = 0; i < standards->len; i++)
    g_string_append_printf (codes, "%s ", azqf_standard_get_code (g_ptr_array_index (standards, i)));
  g_ptr_array_unref (standards);

  return g_string_free (codes, FALSE);
}

static char *
list_in_process_raw (const char *path,
                     const char *ext_path,
                     double     *us)
{
  GString *codes = g_string_new (NULL);
  gint64 start = g_get_monotonic_time ();
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db;
  int rc;

  db = open_raw (path, ext_path, SQLITE_OPEN_READONLY);
  if (sqlite3_prepare_v2 (db, list_sql, -1, &stmt, NULL) != SQLITE_OK)
    die_sqlite ("raw list", db);

  /* Read every column as an application would; keep the codes. */
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        (void) sqlite3_column_text (stmt, c);
      g_ptr_array_add (rows, g_strdup ((const char *) sqlite3_column_text (stmt, 2)));
    }
  if (rc != SQLITE_DONE)
    die_sqlite ("raw list", db);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  *us = elapsed_us (start);

  for (guint i = 0; i < rows->len; i++)
    g_string_append_printf (codes, "%s ", (const char *) g_ptr_array_index (rows, i));
  g_ptr_array_unref (rows);

  return g_string_free (codes, FALSE);
}

static void
bench_list (Bench  *bench,
            GArray *rows)
{
  g_autoptr(GArray) ours = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) raw = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *ours_codes = NULL;
  g_autofree char *raw_codes = NULL;
  double us;

  /* In-process: one warm-up each, then alternate. */
  g_free (list_in_process_ours (bench->path, &us));
  g_free (list_in_process_raw (bench->path, bench->ext_path, &us));
  for (int i = 0; i < bench->n_runs; i++)
    {
      g_autofree char *a = NULL;
      g_autofree char *b = NULL;

      if (i % 2 == 0)
        {
          a = list_in_process_ours (bench->path, &us);
          add_sample (ours, us);
          b = list_in_process_raw (bench->path, bench->ext_path, &us);
          add_sample (raw, us);
        }
      else
        {
          b = list_in_process_raw (bench->path, bench->ext_path, &us);
          add_sample (raw, us);
          a = list_in_process_ours (bench->path, &us);
          add_sample (ours, us);
        }

      if (ours_codes == NULL)
        {
          ours_codes = g_steal_pointer (&a);
          raw_codes = g_steal_pointer (&b);
        }
    }

  add_row (rows, "open + list 50 (az order), in-process", median_ms (ours), median_ms (raw),
           3.0, FALSE, FALSE,
           g_strdup_printf ("median of %d; %s order", bench->n_runs,
                            g_strcmp0 (ours_codes, raw_codes) == 0 ? "same" : "DIFFERENT"));
  if (g_strcmp0 (ours_codes, raw_codes) != 0)
    bench->failed = TRUE;

  if (bench->sqlite3_cli == NULL || bench->bench_list == NULL)
    return;

  g_array_set_size (ours, 0);
  g_array_set_size (raw, 0);
  g_clear_pointer (&ours_codes, g_free);
  g_clear_pointer (&raw_codes, g_free);

  {
    g_autofree char *load = g_strdup_printf (".load %s", bench->ext_path);
    const char *ours_argv[] = { bench->bench_list, bench->path, NULL };
    const char *raw_argv[] = { bench->sqlite3_cli, "-init", "/dev/null", "-readonly", "-batch",
                               "-cmd", load, bench->path, list_sql, NULL };
    guint ours_lines = 0, raw_lines = 0;

    g_free (run_process (ours_argv, &us));
    g_free (run_process (raw_argv, &us));
    for (int i = 0; i < bench->n_runs; i++)
      {
        g_autofree char *a = NULL;
        g_autofree char *b = NULL;

        if (i % 2 == 0)
          {
            a = run_process (ours_argv, &us);
            add_sample (ours, us);
            b = run_process (raw_argv, &us);
            add_sample (raw, us);
          }
        else
          {
            b = run_process (raw_argv, &us);
            add_sample (raw, us);
            a = run_process (ours_argv, &us);
            add_sample (ours, us);
          }

        if (ours_codes == NULL)
          {
            ours_lines = count_lines (a);
            raw_lines = count_lines (b);
            ours_codes = column_of_lines (a, '\t', 0);
            raw_codes = column_of_lines (b, '|', 2);
          }
      }

    add_row (rows, "open + list 50 (az order), process", median_ms (ours), median_ms (raw),
             3.0, FALSE, TRUE,
             g_strdup_printf ("median of %d; bench-list vs sqlite3 shell; %u/%u rows, %s order",
                              bench->n_runs, ours_lines, raw_lines,
                              g_strcmp0 (ours_codes, raw_codes) == 0 ? "same" : "DIFFERENT"));
    if (g_strcmp0 (ours_codes, raw_codes) != 0 || ours_lines != LIST_LIMIT)
      bench->failed = TRUE;
  }
}

/* What azqf_store_search() hands to MATCH: each word a quoted prefix term. */
static char *
match_for_query (const char *query)
{
  GString *match = g_string_new (NULL);
  GString *word = g_string_new (NULL);

  for (const char *p = query; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c)))
        {
          g_string_append_unichar (word, c);
          continue;
        }

      if (word->len > 0)
        {
          g_string_append_printf (match, "%s\"%s\"*", match->len > 0 ? " " : "", word->str);
          g_string_truncate (word, 0);
        }

      if (c == 0)
        break;
    }

  g_string_free (word, TRUE);
  return g_string_free (match, FALSE);
}

static void
collect_words (GPtrArray       *words,
               GHashTable      *seen,
               const BenchPair *pairs,
               guint            n_pairs,
               AzqfLang         lang)
{
  for (guint i = 0; i < n_pairs; i++)
    {
      const char *text = lang == AZQF_LANG_AZ ? pairs[i].az : pairs[i].en;
      g_auto(GStrv) split = g_strsplit_set (text, " -'(),.", -1);

      for (guint j = 0; split[j] != NULL; j++)
        {
          g_autofree char *down = azqf_text_down (split[j], lang);

          if (g_utf8_strlen (down, -1) < 4 || g_hash_table_contains (seen, down))
            continue;
          g_hash_table_add (seen, g_strdup (down));
          g_ptr_array_add (words, g_steal_pointer (&down));
        }
    }
}

static gboolean
has_special_letter (const char *word)
{
  for (const char *p = word; *p; p++)
    if ((guchar) *p >= 0x80)
      return TRUE;
  return FALSE;
}

static char *
prefix_of (const char *word,
           guint       n_chars)
{
  const char *end = g_utf8_offset_to_pointer (word, MIN (n_chars, g_utf8_strlen (word, -1)));

  return g_strndup (word, end - word);
}

/* 100 queries, as people type them: Azerbaijani words with and without the
 * special letters (and in capitals), English words, prefixes of 2–5 letters,
 * and two-word queries. */
static GPtrArray *
make_queries (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED + 1);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) az = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) az_special = g_ptr_array_new ();
  g_autoptr(GPtrArray) en = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *queries = g_ptr_array_new_with_free_func (g_free);

  for (const BenchWordList *list = bench_word_lists; list->pairs != NULL; list++)
    {
      collect_words (az, seen, list->pairs, list->n_pairs, AZQF_LANG_AZ);
      collect_words (en, seen, list->pairs, list->n_pairs, AZQF_LANG_EN);
    }

  for (guint i = 0; i < az->len; i++)
    if (has_special_letter (g_ptr_array_index (az, i)))
      g_ptr_array_add (az_special, g_ptr_array_index (az, i));

  for (guint i = 0; i < N_QUERIES; i++)
    {
      const char *a = g_ptr_array_index (az_special, g_rand_int_range (rand, 0, az_special->len));
      const char *a2 = g_ptr_array_index (az, g_rand_int_range (rand, 0, az->len));
      const char *e = g_ptr_array_index (en, g_rand_int_range (rand, 0, en->len));
      const char *e2 = g_ptr_array_index (en, g_rand_int_range (rand, 0, en->len));
      char *query;

      switch (i % 8)
        {
        case 0:   /* as written */
          query = g_strdup (a);
          break;
        case 1:   /* typed on a keyboard without the special letters */
          query = azqf_text_fold (a, -1);
          break;
        case 2:
          query = i % 16 == 2 ? azqf_text_up (a, AZQF_LANG_AZ) : g_strdup (a2);
          break;
        case 3:
          query = g_strdup (e);
          break;
        case 4:   /* a prefix, as while typing */
          query = prefix_of (i % 16 == 4 ? a : a2, g_rand_int_range (rand, 2, 6));
          break;
        case 5:
          query = prefix_of (e, g_rand_int_range (rand, 2, 6));
          break;
        case 6:
          {
            g_autofree char *folded = azqf_text_fold (a2, -1);
            query = g_strdup_printf ("%s %s", i % 16 == 6 ? a : folded,
                                     (const char *) g_ptr_array_index (az, g_rand_int_range (rand, 0, az->len)));
          }
          break;
        case 7:
        default:
          query = g_strdup_printf ("%s %s", e, e2);
          break;
        }

      g_ptr_array_add (queries, query);
    }

  return queries;
}

typedef struct
{
  guint  n_hits;
  char  *codes;
} SearchResult;

static SearchResult
search_ours (AzqfStore  *store,
             const char *query,
             double     *us)
{
  g_autoptr(GError) error = NULL;
  GString *codes = g_string_new (NULL);
  gint64 start = g_get_monotonic_time ();
  GPtrArray *hits = azqf_store_search (store, query, SEARCH_LIMIT, &error);
  SearchResult result;

  *us = elapsed_us (start);
  if (hits == NULL)
    die (query, error);

  for (guint i = 0; i < hits->len; i++)
    g_string_append_printf (codes, "%s/%s ",
                            azqf_search_hit_get_standard_code (g_ptr_array_index (hits, i)),
                            azqf_search_hit_get_item_code (g_ptr_array_index (hits, i)));
  result.n_hits = hits->len;
  result.codes = g_string_free (codes, FALSE);
  g_ptr_array_unref (hits);

  return result;
}

static SearchResult
search_raw (sqlite3      *db,
            sqlite3_stmt *stmt,
            const char   *query,
            double       *us)
{
  GString *codes = g_string_new (NULL);
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);
  gint64 start = g_get_monotonic_time ();
  char *match = match_for_query (query);
  SearchResult result;
  int rc;

  sqlite3_bind_text (stmt, 1, match, -1, g_free);
  sqlite3_bind_int (stmt, 2, SEARCH_LIMIT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      /* Read every column, as the store does. */
      for (int c = 0; c < 8; c++)
        (void) sqlite3_column_text (stmt, c);
      g_ptr_array_add (rows, g_strdup_printf ("%s/%s", (const char *) sqlite3_column_text (stmt, 0),
                                              sqlite3_column_text (stmt, 4) != NULL
                                                ? (const char *) sqlite3_column_text (stmt, 4)
                                                : "(null)"));
    }
  if (rc != SQLITE_DONE)
    die_sqlite (query, db);
  sqlite3_reset (stmt);
  *us = elapsed_us (start);

  for (guint i = 0; i < rows->len; i++)
    g_string_append_printf (codes, "%s ", (const char *) g_ptr_array_index (rows, i));
  result.n_hits = rows->len;
  result.codes = g_string_free (codes, FALSE);
  g_ptr_array_unref (rows);

  return result;
}

static void
bench_search (Bench  *bench,
              GArray *rows)
{
  g_autoptr(GPtrArray) queries = make_queries ();
  g_autoptr(GArray) ours = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) raw = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(AzqfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db;
  guint total_hits = 0, no_hits = 0, mismatches = 0;
  const char *slowest = NULL;
  double slowest_us = 0;
  double us;

  printf ("\nQueries (%u): ", queries->len);
  for (guint i = 0; i < queries->len; i++)
    printf ("%s%s", i > 0 ? " | " : "", (const char *) g_ptr_array_index (queries, i));
  printf ("\n");

  store = azqf_store_open (bench->path, AZQF_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    die ("open", error);
  db = open_raw (bench->path, bench->ext_path, SQLITE_OPEN_READONLY);
  if (sqlite3_prepare_v3 (db, search_sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    die_sqlite ("raw search", db);

  /* One warm-up pass over all queries, then one timed pass, alternating. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < queries->len; i++)
      {
        const char *query = g_ptr_array_index (queries, i);
        SearchResult a, b;
        double ours_us, raw_us;

        if (i % 2 == 0)
          {
            a = search_ours (store, query, &ours_us);
            b = search_raw (db, stmt, query, &raw_us);
          }
        else
          {
            b = search_raw (db, stmt, query, &raw_us);
            a = search_ours (store, query, &ours_us);
          }

        if (pass == 1)
          {
            add_sample (ours, ours_us);
            add_sample (raw, raw_us);
            total_hits += a.n_hits;
            no_hits += a.n_hits == 0;
            if (ours_us > slowest_us)
              {
                slowest_us = ours_us;
                slowest = query;
              }
            if (g_strcmp0 (a.codes, b.codes) != 0)
              mismatches++;
          }

        g_free (a.codes);
        g_free (b.codes);
      }

  add_row (rows, "search, in-process", median_ms (ours), median_ms (raw), 2.0, FALSE, TRUE,
           g_strdup_printf ("median of %u queries, limit %d; %u hits, %u queries without; "
                            "%u result mismatches; ours p90 %.2f ms, slowest “%s” %.2f ms",
                            queries->len, SEARCH_LIMIT, total_hits, no_hits, mismatches,
                            percentile_ms (ours, 0.9), slowest, slowest_us / 1000.0));
  if (mismatches > 0)
    bench->failed = TRUE;

  sqlite3_finalize (stmt);
  sqlite3_close (db);

  if (bench->sqlite3_cli == NULL || bench->bench_list == NULL)
    return;

  /* Processes: every 5th query (20), bench-list --search vs the sqlite3 shell. */
  g_array_set_size (ours, 0);
  g_array_set_size (raw, 0);
  {
    g_autofree char *load = g_strdup_printf (".load %s", bench->ext_path);
    guint n = 0, line_mismatches = 0;

    for (guint i = 0; i < queries->len; i += 5, n++)
      {
        const char *query = g_ptr_array_index (queries, i);
        g_autofree char *match = match_for_query (query);
        char *tail = sqlite3_mprintf ("       FROM search WHERE search MATCH %Q"
                                      " ORDER BY rank LIMIT %d) AS f"
                                      " JOIN standards AS s ON s.id = f.standard_id"
                                      " ORDER BY f.rank",
                                      match, SEARCH_LIMIT);
        g_autofree char *sql = g_strconcat (SEARCH_SELECT, tail, NULL);
        const char *ours_argv[] = { bench->bench_list, bench->path, "--search", query, NULL };
        const char *raw_argv[] = { bench->sqlite3_cli, "-init", "/dev/null", "-readonly", "-batch",
                                   "-cmd", load, bench->path, sql, NULL };
        g_autofree char *a = NULL;
        g_autofree char *b = NULL;

        if (n == 0)
          {
            g_free (run_process (ours_argv, &us));
            g_free (run_process (raw_argv, &us));
          }

        if (n % 2 == 0)
          {
            a = run_process (ours_argv, &us);
            add_sample (ours, us);
            b = run_process (raw_argv, &us);
            add_sample (raw, us);
          }
        else
          {
            b = run_process (raw_argv, &us);
            add_sample (raw, us);
            a = run_process (ours_argv, &us);
            add_sample (ours, us);
          }

        line_mismatches += count_lines (a) != count_lines (b);
        sqlite3_free (tail);
      }

    add_row (rows, "search, process", median_ms (ours), median_ms (raw), 2.0, FALSE, FALSE,
             g_strdup_printf ("median of %u (every 5th query); bench-list --search vs sqlite3 "
                              "shell; %u row-count mismatches", n, line_mismatches));
  }
}

static void
bench_insert (Bench  *bench,
              GArray *rows)
{
  g_autoptr(GArray) ours = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) raw = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(AzqfStore) store = NULL;
  g_autoptr(AzqfStandard) standard = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED + 2);
  g_autofree char *ours_code = NULL;
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db;
  gint64 raw_standard_id, raw_unit_id;
  AzqfUnit *unit;
  double max_ours = 0;

  /* The raw writer: its own connection, the store's pragmas, another standard. */
  db = open_raw (bench->path, bench->ext_path, SQLITE_OPEN_READWRITE);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT code FROM standards ORDER BY id LIMIT 1 OFFSET %d",
                                            bench->n_standards / 2);
    ours_code = query_text (db, sql);
  }

  store = azqf_store_open (bench->path, AZQF_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    die ("open for writing", error);
  standard = azqf_store_load_standard (store, ours_code, &error);
  if (standard == NULL)
    die (ours_code, error);
  unit = g_list_model_get_item (azqf_standard_get_units (standard), 0);
  g_object_unref (unit);   /* the standard keeps it */

  sqlite3_busy_timeout (db, 5000);
  if (sqlite3_exec (db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                        " PRAGMA foreign_keys = ON", NULL, NULL, NULL) != SQLITE_OK)
    die_sqlite ("raw pragmas", db);
  raw_standard_id = query_count (db, "SELECT id FROM standards ORDER BY id LIMIT 1 OFFSET 10");
  {
    g_autofree char *sql = g_strdup_printf ("SELECT min(id) FROM units WHERE standard_id = %"
                                            G_GINT64_FORMAT, raw_standard_id);
    raw_unit_id = query_count (db, sql);
  }
  if (sqlite3_prepare_v3 (db, insert_sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    die_sqlite ("raw insert", db);

  /* 5 warm-up inserts each, then 100 timed, alternating. */
  for (int i = 0; i < N_INSERTS + 5; i++)
    {
      g_autofree char *code = g_strdup_printf ("B%d", i + 1);
      g_autoptr(AzqfOutcome) outcome = bench_make_outcome (rand, code, i % 3, 0, &error);
      const char *domain = azqf_domain_to_string (i % 3);
      double ours_us = 0, raw_us = 0;

      if (outcome == NULL)
        die (code, error);

      for (int side = 0; side < 2; side++)
        {
          gint64 start = g_get_monotonic_time ();

          if ((side == 0) == (i % 2 == 0))
            {
              if (!azqf_store_add_outcome (store, standard, unit, outcome, &error))
                die ("add outcome", error);
              ours_us = elapsed_us (start);
            }
          else
            {
              if (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
                die_sqlite ("raw begin", db);
              sqlite3_bind_int64 (stmt, 1, raw_standard_id);
              sqlite3_bind_int64 (stmt, 2, raw_unit_id);
              sqlite3_bind_int (stmt, 3, 1000 + i);
              sqlite3_bind_text (stmt, 4, code, -1, SQLITE_STATIC);
              sqlite3_bind_text (stmt, 5, domain, -1, SQLITE_STATIC);
              sqlite3_bind_text (stmt, 6, azqf_outcome_get_text (outcome, AZQF_LANG_AZ), -1, SQLITE_STATIC);
              sqlite3_bind_text (stmt, 7, azqf_outcome_get_text (outcome, AZQF_LANG_EN), -1, SQLITE_STATIC);
              if (sqlite3_step (stmt) != SQLITE_DONE)
                die_sqlite ("raw insert", db);
              sqlite3_reset (stmt);
              if (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
                die_sqlite ("raw commit", db);
              raw_us = elapsed_us (start);
            }
        }

      if (i >= 5)
        {
          add_sample (ours, ours_us);
          add_sample (raw, raw_us);
          max_ours = MAX (max_ours, ours_us);
        }
    }

  sqlite3_finalize (stmt);
  sqlite3_close (db);

  add_row (rows, "insert one outcome (absolute)", median_ms (ours), median_ms (raw), 5.0, TRUE, TRUE,
           g_strdup_printf ("median of %d transactions; slowest ours %.2f ms; ratio %.2f×",
                            N_INSERTS, max_ours / 1000.0, median_ms (ours) / median_ms (raw)));
}

static void
print_table (Bench  *bench,
             GArray *rows)
{
  printf ("\n%-40s %10s %10s %8s %8s  %s\n", "metric", "ours ms", "raw ms", "ratio", "target", "result");
  printf ("%-40s %10s %10s %8s %8s  %s\n", "----------------------------------------",
           "----------", "----------", "--------", "--------", "------");

  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = &g_array_index (rows, Row, i);
      double ratio = row->ours / row->raw;
      gboolean pass = row->absolute ? row->ours < row->target : ratio <= row->target;
      g_autofree char *target = row->absolute ? g_strdup_printf ("<%.0f ms", row->target)
                                              : g_strdup_printf ("<=%.0fx", row->target);

      printf ("%-40s %10.3f %10.3f %7.2fx %8s  %s%s\n", row->metric, row->ours, row->raw, ratio,
               target, pass ? "PASS" : "FAIL", row->headline ? "" : " (info)");
      printf ("  %s\n", row->note);

      if (!pass && row->headline)
        bench->failed = TRUE;
    }
}

int
main (int   argc,
      char *argv[])
{
  Bench bench = { .n_standards = 2000, .n_outcomes = 50, .n_runs = 30 };
  g_autoptr(GOptionContext) context = g_option_context_new ("— the national-scale store benchmark");
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (Row));
  g_autoptr(GError) error = NULL;
  g_autofree char *template = NULL;
  g_autofree char *cli_version = NULL;
  const GOptionEntry entries[] = {
    { "ext", 0, 0, G_OPTION_ARG_FILENAME, &bench.ext_path, "The azqf-sqlite-ext module (required)", "PATH" },
    { "sqlite3", 0, 0, G_OPTION_ARG_FILENAME, &bench.sqlite3_cli, "The sqlite3 shell (default: from PATH)", "PATH" },
    { "bench-list", 0, 0, G_OPTION_ARG_FILENAME, &bench.bench_list, "The bench-list program (default: beside this one)", "PATH" },
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &bench.base_dir, "Where to make the temporary folder (default: $AZQF_BENCH_DIR or the system's)", "DIR" },
    { "keep", 0, 0, G_OPTION_ARG_NONE, &bench.keep, "Keep the workspace afterwards", NULL },
    { "standards", 0, 0, G_OPTION_ARG_INT, &bench.n_standards, "Number of standards (2000)", "N" },
    { "outcomes", 0, 0, G_OPTION_ARG_INT, &bench.n_outcomes, "Outcomes per standard (50)", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &bench.n_runs, "Runs of each list measurement (30)", "N" },
    G_OPTION_ENTRY_NULL
  };

  /* Line by line, so progress shows through meson and pipes. */
  setvbuf (stdout, NULL, _IOLBF, 0);

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    die ("options", error);

  if (bench.ext_path == NULL || bench.n_standards < 20 || bench.n_outcomes < 8 || bench.n_runs < 1)
    {
      fprintf (stderr, "bench-store: --ext is required; at least 20 standards, 8 outcomes, 1 run\n");
      return 2;
    }

  /* Make paths absolute: the sqlite3 shell resolves .load against its own directory. */
  if (!g_path_is_absolute (bench.ext_path))
    {
      g_autofree char *cwd = g_get_current_dir ();
      char *absolute = g_build_filename (cwd, bench.ext_path, NULL);

      g_free (bench.ext_path);
      bench.ext_path = absolute;
    }

  if (bench.sqlite3_cli == NULL)
    bench.sqlite3_cli = g_find_program_in_path ("sqlite3");
  if (bench.bench_list == NULL)
    {
      g_autofree char *self = g_find_program_in_path (argv[0]);
      g_autofree char *dir = self != NULL ? g_path_get_dirname (self) : NULL;

      if (dir != NULL)
        bench.bench_list = g_build_filename (dir, "bench-list", NULL);
    }
  if (bench.bench_list != NULL && !g_file_test (bench.bench_list, G_FILE_TEST_IS_EXECUTABLE))
    g_clear_pointer (&bench.bench_list, g_free);

  if (bench.base_dir == NULL)
    bench.base_dir = g_strdup (g_getenv ("AZQF_BENCH_DIR"));
  if (bench.base_dir == NULL)
    bench.base_dir = g_strdup (g_get_tmp_dir ());
  if (g_mkdir_with_parents (bench.base_dir, 0755) != 0)
    {
      fprintf (stderr, "bench-store: cannot create %s\n", bench.base_dir);
      return 2;
    }
  template = g_build_filename (bench.base_dir, "azqf-bench-XXXXXX", NULL);
  bench.work_dir = g_mkdtemp (g_strdup (template));
  if (bench.work_dir == NULL)
    {
      fprintf (stderr, "bench-store: cannot create a folder in %s\n", bench.base_dir);
      return 2;
    }
  bench.path = g_build_filename (bench.work_dir, "national.azqf", NULL);
  if (!bench.keep)
    work_dir_to_remove = g_strdup (bench.work_dir);
  bench.rand = g_rand_new_with_seed (SEED);

  if (bench.sqlite3_cli != NULL)
    {
      const char *version_argv[] = { bench.sqlite3_cli, "-version", NULL };
      double us;

      cli_version = g_strchomp (run_process (version_argv, &us));
    }

  printf ("AzQF store benchmark: %d standards × %d outcomes, seed %d\n",
           bench.n_standards, bench.n_outcomes, SEED);
  printf ("  SQLite library %s; shell %s (%s); bench-list %s\n", sqlite3_libversion (),
           bench.sqlite3_cli != NULL ? bench.sqlite3_cli : "not found, process runs skipped",
           cli_version != NULL ? cli_version : "-",
           bench.bench_list != NULL ? bench.bench_list : "not found, process runs skipped");
  printf ("  extension %s\n\n", bench.ext_path);

  generate (&bench);
  print_contents (&bench);

  bench_list (&bench, rows);
  bench_search (&bench, rows);
  bench_insert (&bench, rows);

  print_table (&bench, rows);

  printf ("\nRatios are ours / raw; raw is SQLite with the same extension (collation, tokenizer)\n"
           "running the same SQL. In-process list times include open and close.\n");

  if (bench.keep)
    printf ("Kept %s\n", bench.path);
  remove_work_dir ();

  for (guint i = 0; i < rows->len; i++)
    row_clear (&g_array_index (rows, Row, i));

  g_rand_free (bench.rand);
  g_free (bench.path);
  g_free (bench.work_dir);
  g_free (bench.base_dir);
  g_free (bench.bench_list);
  g_free (bench.sqlite3_cli);
  g_free (bench.ext_path);

  return bench.failed ? 1 : 0;
}
