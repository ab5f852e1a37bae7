/* test-standard-list.c: the lazy list of standards (model/azqf-standard-list.c)
 * and the store's "standards-changed" signal it follows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every case runs on a fresh sample workspace in a temporary folder; the
 * paging cases add generated standards to it.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "model/azqf-locale.h"
#include "model/azqf-outcome.h"
#include "model/azqf-sample.h"
#include "model/azqf-search-hit.h"
#include "model/azqf-standard.h"
#include "model/azqf-standard-list.h"
#include "model/azqf-store.h"
#include "model/azqf-store-private.h"

#define SAMPLE_PS "PS-2411-01"      /* Mühasib / Accountant, occupational, in review, level 6 */
#define SAMPLE_TS "TS-0714-06-01"   /* Kompüter mühəndisliyi …, educational, approved, level 6 */
#define SAMPLE_KS "KS-5120-04-01"   /* Aşpaz / Cook, qualification, draft, level 4 */

#define N_GENERATED 300

typedef struct
{
  char      *dir;
  char      *path;
  AzqfStore *store;
} Fixture;

/* Signal recorders */

typedef struct
{
  guint n;          /* emissions */
  guint position;   /* of the last one */
  guint removed;
  guint added;
} ItemsChanged;

static void
items_changed_cb (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  ItemsChanged *record)
{
  record->n++;
  record->position = position;
  record->removed = removed;
  record->added = added;
}

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           GString    *names)
{
  g_string_append_printf (names, "%s%s", names->len > 0 ? "," : "", pspec->name);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The properties notified, in any order (a freeze may reorder them), each
 * once. */
#define assert_notified(names, expected) G_STMT_START { \
  g_auto(GStrv) got_ = g_strsplit ((names)->str, ",", -1); \
  g_auto(GStrv) want_ = g_strsplit ((expected), ",", -1); \
  g_autofree char *got_joined_ = NULL; \
  g_autofree char *want_joined_ = NULL; \
  qsort (got_, g_strv_length (got_), sizeof (char *), compare_strings); \
  qsort (want_, g_strv_length (want_), sizeof (char *), compare_strings); \
  got_joined_ = g_strjoinv (",", got_); \
  want_joined_ = g_strjoinv (",", want_); \
  g_assert_cmpstr (got_joined_, ==, want_joined_); \
} G_STMT_END

/* Fixture */

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      g_assert_nonnull (dir);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
    }

  g_assert_cmpint (g_remove (path), ==, 0);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  f->dir = g_dir_make_tmp ("azqf-test-standard-list-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "work.azqf", NULL);
  f->store = azqf_store_create (f->path, &error);
  g_assert_no_error (error);
  ok = azqf_sample_populate (f->store, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  remove_tree (f->dir);
  g_clear_pointer (&f->path, g_free);
  g_clear_pointer (&f->dir, g_free);
}

/* Helpers */

static AzqfStandard *
load (AzqfStore  *store,
      const char *code)
{
  g_autoptr(GError) error = NULL;
  AzqfStandard *standard = azqf_store_load_standard (store, code, &error);

  g_assert_no_error (error);
  g_assert_nonnull (standard);

  return standard;
}

static GPtrArray *
list_standards (AzqfStore             *store,
                const AzqfStoreFilter *filter)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *standards = azqf_store_list_standards (store, filter, &error);

  g_assert_no_error (error);
  g_assert_nonnull (standards);

  return standards;
}

static AzqfStandard *
item (AzqfStandardList *list,
      guint             position)
{
  AzqfStandard *standard = g_list_model_get_item (G_LIST_MODEL (list), position);

  g_assert_nonnull (standard);
  g_object_unref (standard);  /* the list's cache keeps it alive */

  return standard;
}

static const char *
code_at (AzqfStandardList *list,
         guint             position)
{
  return azqf_standard_get_code (item (list, position));
}

static guint
n_items (AzqfStandardList *list)
{
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

/* The list holds exactly what azqf_store_list_standards returns for its
 * filter, in that order, read in order (forward) or back to front. */
static void
assert_matches_store (AzqfStandardList *list,
                      AzqfStoreFilter  *filter,
                      gboolean          backwards)
{
  g_autoptr(GPtrArray) expected = list_standards (azqf_standard_list_get_store (list), filter);
  guint n = expected->len;
  guint n_prop = 0;

  g_assert_cmpuint (n_items (list), ==, n);
  g_object_get (list, "n-items", &n_prop, NULL);
  g_assert_cmpuint (n_prop, ==, n);

  for (guint i = 0; i < n; i++)
    {
      guint position = backwards ? n - 1 - i : i;
      AzqfStandard *standard = item (list, position);

      g_assert_cmpstr (azqf_standard_get_uuid (standard), ==,
                       azqf_standard_get_uuid (g_ptr_array_index (expected, position)));
      g_assert_cmpstr (azqf_standard_list_get_snippet (list, position), ==, NULL);
    }

  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), n));
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), G_MAXUINT));
}

/* N_GENERATED standards with titles that need the Azerbaijani collation
 * (ç, ə, ı, ö, ş, ü, capitals), several sharing a title (then the code
 * decides), kinds, statuses and levels spread over all values. */
static void
add_generated (AzqfStore *store)
{
  static const char *words[] = {
    "Çilingər", "Əczaçı", "İnşaatçı", "Işıqçı", "Ölçüçü", "Şüşəçi", "Üzgüçü",
    "aşpaz", "bərbər", "cildçi", "dülgər", "elektrik", "ğ-test", "hesabdar",
    "ızqara", "kompüter", "mühasib", "operator", "qaynaqçı", "sürücü", "zərgər",
  };
  g_autoptr(GPtrArray) standards = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  for (guint i = 0; i < N_GENERATED; i++)
    {
      /* Codes in an order unrelated to the titles. */
      g_autofree char *code = g_strdup_printf ("GEN-%03u", (i * 7919) % 1000);
      g_autofree char *title = g_strdup_printf ("%s %u", words[(i * 13) % G_N_ELEMENTS (words)], i % 5);
      AzqfStandard *standard = azqf_standard_new (i % 3, code, &error);

      g_assert_no_error (error);
      azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ, title);
      if (i % 4 != 0)
        azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN, words[i % G_N_ELEMENTS (words)]);
      azqf_standard_set_status (standard, i % 5);
      ok = azqf_standard_set_level (standard, i % 9, &error);
      g_assert_no_error (error);
      g_assert_true (ok);
      g_ptr_array_add (standards, standard);
    }

  ok = azqf_store_insert_standards (store, standards, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
}

/* The standard's row goes without the store knowing (no signal), as if
 * another program had deleted it. */
static void
raw_delete (AzqfStore  *store,
            const char *uuid)
{
  g_autofree char *sql = g_strdup_printf ("DELETE FROM standards WHERE uuid = '%s'", uuid);
  char *message = NULL;

  if (sqlite3_exec (_azqf_store_get_db (store), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* Cases */

static void
test_sample (Fixture       *f,
             gconstpointer  data)
{
  AzqfStandardList *list = azqf_standard_list_new (f->store);
  AzqfStoreFilter filter = AZQF_STORE_FILTER_INIT;
  AzqfStore *store = NULL;
  int kind = 0, status = 0;
  guint level = 1;
  AzqfLang lang = AZQF_LANG_EN;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == AZQF_TYPE_STANDARD);
  g_assert_true (azqf_standard_list_get_store (list) == f->store);
  g_assert_cmpint (azqf_standard_list_get_kind (list), ==, -1);
  g_assert_cmpint (azqf_standard_list_get_status (list), ==, -1);
  g_assert_cmpuint (azqf_standard_list_get_level (list), ==, 0);
  g_assert_null (azqf_standard_list_get_query (list));
  g_assert_null (azqf_standard_list_get_error (list));

  g_object_get (list, "store", &store, "kind", &kind, "status", &status, "level", &level,
                "sort-lang", &lang, NULL);
  g_assert_true (store == f->store);
  g_object_unref (store);
  g_assert_cmpint (kind, ==, -1);
  g_assert_cmpint (status, ==, -1);
  g_assert_cmpuint (level, ==, 0);
  g_assert_cmpint (lang, ==, AZQF_LANG_AZ);

  g_assert_cmpuint (n_items (list), ==, 3);
  assert_matches_store (list, &filter, FALSE);

  /* Azerbaijani order: Aşpaz, Kompüter …, Mühasib. */
  g_assert_cmpstr (code_at (list, 0), ==, SAMPLE_KS);
  g_assert_cmpstr (code_at (list, 1), ==, SAMPLE_TS);
  g_assert_cmpstr (code_at (list, 2), ==, SAMPLE_PS);

  /* Metadata only. */
  g_assert_cmpuint (g_list_model_get_n_items (azqf_standard_get_units (item (list, 2))), ==, 0);
  g_assert_cmpstr (azqf_standard_get_display_title (item (list, 2), AZQF_LANG_EN), ==, "Accountant");

  /* The same object each time, while the cache holds it. */
  g_assert_true (item (list, 1) == item (list, 1));

  g_assert_finalize_object (list);
}

static void
test_sort_lang (Fixture       *f,
                gconstpointer  data)
{
  AzqfStandardList *list = azqf_standard_list_new (f->store);
  AzqfStoreFilter filter = AZQF_STORE_FILTER_INIT;
  g_autoptr(GString) notified = g_string_new (NULL);
  ItemsChanged changed = { 0 };

  add_generated (f->store);
  azqf_standard_list_reload (list);
  g_signal_connect (list, "notify", G_CALLBACK (notify_cb), notified);
  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), &changed);

  azqf_standard_list_set_sort_lang (list, AZQF_LANG_AZ);
  assert_notified (notified, "");
  g_assert_cmpuint (changed.n, ==, 0);

  azqf_standard_list_set_sort_lang (list, AZQF_LANG_EN);
  assert_notified (notified, "sort-lang");
  g_assert_cmpuint (changed.n, ==, 1);
  g_assert_cmpuint (changed.position, ==, 0);
  g_assert_cmpuint (changed.removed, ==, N_GENERATED + 3);
  g_assert_cmpuint (changed.added, ==, N_GENERATED + 3);

  filter.sort_lang = AZQF_LANG_EN;
  assert_matches_store (list, &filter, FALSE);

  azqf_standard_list_set_filter (list, -1, -1, 6);
  filter.level = 6;
  assert_matches_store (list, &filter, FALSE);

  g_assert_finalize_object (list);
}

/* 303 standards: n_items is one count; the items come in pages, in
 * azqf_store_list_standards' order, whichever end is read first. */
static void
test_paging (Fixture       *f,
             gconstpointer  data)
{
  AzqfStoreFilter filter = AZQF_STORE_FILTER_INIT;
  AzqfStandardList *list;
  g_autoptr(GPtrArray) expected = NULL;

  add_generated (f->store);
  expected = list_standards (f->store, NULL);
  g_assert_cmpuint (expected->len, ==, N_GENERATED + 3);

  list = azqf_standard_list_new (f->store);
  assert_matches_store (list, &filter, FALSE);
  g_assert_finalize_object (list);

  list = azqf_standard_list_new (f->store);
  assert_matches_store (list, &filter, TRUE);
  g_assert_finalize_object (list);

  /* Random access, each position checked twice. */
  list = azqf_standard_list_new (f->store);
  for (guint i = 0; i < 2 * expected->len; i++)
    {
      guint position = (i * 101) % expected->len;

      g_assert_cmpstr (azqf_standard_get_uuid (item (list, position)), ==,
                       azqf_standard_get_uuid (g_ptr_array_index (expected, position)));
    }
  g_assert_finalize_object (list);
}

/* Pages are read when first asked for and kept: a change the store did not
 * signal shows in the pages read after it, not in those read before. */
static void
test_lazy (Fixture       *f,
           gconstpointer  data)
{
  AzqfStandardList *list;
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(GString) notified = g_string_new (NULL);
  ItemsChanged changed = { 0 };
  guint n = N_GENERATED + 3;

  add_generated (f->store);
  expected = list_standards (f->store, NULL);
  list = azqf_standard_list_new (f->store);
  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), &changed);
  g_signal_connect (list, "notify", G_CALLBACK (notify_cb), notified);

  /* Page 0 (0–63) is read now, page 3 (192–255) is not. */
  g_assert_cmpstr (azqf_standard_get_uuid (item (list, 0)), ==,
                   azqf_standard_get_uuid (g_ptr_array_index (expected, 0)));

  raw_delete (f->store, azqf_standard_get_uuid (g_ptr_array_index (expected, 1)));
  raw_delete (f->store, azqf_standard_get_uuid (g_ptr_array_index (expected, 100)));

  /* Counted and cached before the deletions. */
  g_assert_cmpuint (n_items (list), ==, n);
  g_assert_cmpstr (azqf_standard_get_uuid (item (list, 1)), ==,
                   azqf_standard_get_uuid (g_ptr_array_index (expected, 1)));
  g_assert_cmpstr (azqf_standard_get_uuid (item (list, 63)), ==,
                   azqf_standard_get_uuid (g_ptr_array_index (expected, 63)));
  /* Read after them: two places on. */
  g_assert_cmpstr (azqf_standard_get_uuid (item (list, 192)), ==,
                   azqf_standard_get_uuid (g_ptr_array_index (expected, 194)));
  /* The store now has two standards fewer than counted. */
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), n - 1));
  g_assert_null (azqf_standard_list_get_error (list));
  g_assert_cmpuint (changed.n, ==, 0);

  /* A reload drops everything, in one items-changed. */
  azqf_standard_list_reload (list);
  g_assert_cmpuint (changed.n, ==, 1);
  g_assert_cmpuint (changed.position, ==, 0);
  g_assert_cmpuint (changed.removed, ==, n);
  g_assert_cmpuint (changed.added, ==, n - 2);
  assert_notified (notified, "n-items");

  {
    AzqfStoreFilter filter = AZQF_STORE_FILTER_INIT;

    assert_matches_store (list, &filter, TRUE);
  }

  g_assert_finalize_object (list);
}

static void
test_filter (Fixture       *f,
             gconstpointer  data)
{
  AzqfStandardList *list = azqf_standard_list_new (f->store);
  g_autoptr(GString) notified = g_string_new (NULL);
  ItemsChanged changed = { 0 };

  g_signal_connect (list, "notify", G_CALLBACK (notify_cb), notified);
  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), &changed);

  azqf_standard_list_set_filter (list, AZQF_KIND_OCCUPATIONAL, -1, 0);
  assert_notified (notified, "kind,n-items");
  g_assert_cmpuint (changed.n, ==, 1);
  g_assert_cmpuint (changed.removed, ==, 3);
  g_assert_cmpuint (changed.added, ==, 1);
  g_assert_cmpuint (n_items (list), ==, 1);
  g_assert_cmpstr (code_at (list, 0), ==, SAMPLE_PS);

  /* No change, no notification, no reload. */
  g_string_truncate (notified, 0);
  azqf_standard_list_set_filter (list, AZQF_KIND_OCCUPATIONAL, -1, 0);
  g_object_set (list, "kind", AZQF_KIND_OCCUPATIONAL, NULL);
  assert_notified (notified, "");
  g_assert_cmpuint (changed.n, ==, 1);

  azqf_standard_list_set_filter (list, -1, -1, 6);
  assert_notified (notified, "kind,level,n-items");
  g_assert_cmpuint (n_items (list), ==, 2);
  g_assert_cmpstr (code_at (list, 0), ==, SAMPLE_TS);
  g_assert_cmpstr (code_at (list, 1), ==, SAMPLE_PS);

  g_string_truncate (notified, 0);
  g_object_set (list, "status", AZQF_STATUS_APPROVED, NULL);
  assert_notified (notified, "status,n-items");
  g_assert_cmpint (azqf_standard_list_get_status (list), ==, AZQF_STATUS_APPROVED);
  g_assert_cmpuint (n_items (list), ==, 1);
  g_assert_cmpstr (code_at (list, 0), ==, SAMPLE_TS);

  g_string_truncate (notified, 0);
  azqf_standard_list_set_filter (list, AZQF_KIND_QUALIFICATION, AZQF_STATUS_APPROVED, 6);
  assert_notified (notified, "kind,n-items");
  g_assert_cmpuint (n_items (list), ==, 0);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 0));

  /* Both empty: nothing to announce. */
  changed.n = 0;
  azqf_standard_list_set_filter (list, AZQF_KIND_QUALIFICATION, AZQF_STATUS_APPROVED, 4);
  g_assert_cmpuint (changed.n, ==, 0);

  azqf_standard_list_set_filter (list, -1, AZQF_STATUS_DRAFT, 4);
  g_assert_cmpuint (n_items (list), ==, 1);
  g_assert_cmpstr (code_at (list, 0), ==, SAMPLE_KS);

  g_assert_finalize_object (list);
}

/* Every filter combination over the generated standards, paged, against the
 * store's own answer. */
static void
test_filter_generated (Fixture       *f,
                       gconstpointer  data)
{
  AzqfStandardList *list;

  add_generated (f->store);
  list = azqf_standard_list_new (f->store);

  for (int kind = -1; kind <= AZQF_KIND_QUALIFICATION; kind++)
    for (int status = -1; status <= AZQF_STATUS_WITHDRAWN; status += 2)
      for (guint level = 0; level <= 8; level += 3)
        {
          AzqfStoreFilter filter = AZQF_STORE_FILTER_INIT;
          g_autoptr(GError) error = NULL;

          filter.kind = kind;
          filter.status = status;
          filter.level = level;
          azqf_standard_list_set_filter (list, kind, status, level);
          g_assert_cmpuint (n_items (list), ==, azqf_store_count_standards (f->store, &filter, &error));
          g_assert_no_error (error);
          assert_matches_store (list, &filter, (kind + status + level) % 2 == 0);
        }

  g_assert_finalize_object (list);
}

static void
assert_marked (const char *snippet)
{
  const char *start;

  g_assert_nonnull (snippet);
  start = strstr (snippet, AZQF_SEARCH_MARK_START);
  g_assert_nonnull (start);
  g_assert_nonnull (strstr (start, AZQF_SEARCH_MARK_END));
}

static void
test_query (Fixture       *f,
            gconstpointer  data)
{
  AzqfStandardList *list = azqf_standard_list_new (f->store);
  g_autoptr(GString) notified = g_string_new (NULL);
  g_autofree char *query = NULL;
  ItemsChanged changed = { 0 };

  g_signal_connect (list, "notify", G_CALLBACK (notify_cb), notified);
  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), &changed);

  /* Folded: "muhasib" finds "Mühasib". */
  azqf_standard_list_set_query (list, "muhasib");
  assert_notified (notified, "query,n-items");
  g_assert_cmpuint (changed.n, ==, 1);
  g_assert_cmpuint (changed.removed, ==, 3);
  g_assert_cmpuint (changed.added, ==, 1);
  g_assert_cmpstr (azqf_standard_list_get_query (list), ==, "muhasib");
  g_object_get (list, "query", &query, NULL);
  g_assert_cmpstr (query, ==, "muhasib");
  g_assert_cmpuint (n_items (list), ==, 1);
  g_assert_cmpstr (code_at (list, 0), ==, SAMPLE_PS);
  assert_marked (azqf_standard_list_get_snippet (list, 0));
  g_assert_null (azqf_standard_list_get_snippet (list, 1));
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 1));

  /* Same query: nothing happens. */
  g_string_truncate (notified, 0);
  azqf_standard_list_set_query (list, "muhasib");
  assert_notified (notified, "");
  g_assert_cmpuint (changed.n, ==, 1);

  /* A trailing space is kept (a bound search entry) but searches nothing new. */
  azqf_standard_list_set_query (list, "muhasib ");
  assert_notified (notified, "query");
  g_assert_cmpuint (changed.n, ==, 1);
  g_assert_cmpstr (azqf_standard_list_get_query (list), ==, "muhasib ");

  /* Capitals and a prefix: ASPA finds Aşpaz. */
  azqf_standard_list_set_query (list, "ASPA");
  g_assert_cmpuint (n_items (list), ==, 1);
  g_assert_cmpstr (code_at (list, 0), ==, SAMPLE_KS);
  assert_marked (azqf_standard_list_get_snippet (list, 0));

  /* The filter still applies. */
  azqf_standard_list_set_query (list, "muhasib");
  azqf_standard_list_set_filter (list, AZQF_KIND_EDUCATIONAL, -1, 0);
  g_assert_cmpuint (n_items (list), ==, 0);
  azqf_standard_list_set_filter (list, AZQF_KIND_OCCUPATIONAL, AZQF_STATUS_IN_REVIEW, 6);
  g_assert_cmpuint (n_items (list), ==, 1);
  azqf_standard_list_set_filter (list, -1, -1, 4);
  g_assert_cmpuint (n_items (list), ==, 0);
  azqf_standard_list_set_filter (list, -1, -1, 0);

  /* Nothing matches. */
  azqf_standard_list_set_query (list, "qwzxy");
  g_assert_cmpuint (n_items (list), ==, 0);
  g_assert_null (azqf_standard_list_get_error (list));

  /* Only spaces, empty, NULL: browsing again, no snippets. */
  g_string_truncate (notified, 0);
  azqf_standard_list_set_query (list, "   ");
  assert_notified (notified, "query,n-items");
  g_assert_cmpuint (n_items (list), ==, 3);
  g_assert_null (azqf_standard_list_get_snippet (list, 0));
  azqf_standard_list_set_query (list, "");
  g_assert_null (azqf_standard_list_get_query (list));
  g_string_truncate (notified, 0);
  azqf_standard_list_set_query (list, NULL);
  assert_notified (notified, "");
  g_assert_cmpuint (n_items (list), ==, 3);
  g_assert_cmpstr (code_at (list, 0), ==, SAMPLE_KS);

  g_assert_finalize_object (list);
}

/* One item per standard, best hit first, as many as have hits. */
static void
test_query_grouped (Fixture       *f,
                    gconstpointer  data)
{
  static const char *queries[] = { "tehlil", "bilir", "qayda", "hesab", "müh", "a" };
  AzqfStandardList *list = azqf_standard_list_new (f->store);

  add_generated (f->store);

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) hits = azqf_store_search (f->store, queries[q], 0, &error);
      g_autoptr(GPtrArray) codes = g_ptr_array_new ();
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      g_assert_no_error (error);
      for (guint i = 0; i < hits->len; i++)
        {
          AzqfSearchHit *hit = g_ptr_array_index (hits, i);
          const char *code = azqf_search_hit_get_standard_code (hit);

          if (g_hash_table_add (seen, (gpointer) code))
            g_ptr_array_add (codes, (gpointer) code);
        }

      azqf_standard_list_set_query (list, queries[q]);
      g_assert_cmpuint (n_items (list), ==, codes->len);
      g_assert_cmpuint (codes->len, >, 0);
      for (guint i = 0; i < codes->len; i++)
        {
          g_assert_cmpstr (code_at (list, i), ==, g_ptr_array_index (codes, i));
          assert_marked (azqf_standard_list_get_snippet (list, i));
        }
    }

  g_assert_finalize_object (list);
}

static void
test_find (Fixture       *f,
           gconstpointer  data)
{
  AzqfStandardList *list;
  g_autoptr(GPtrArray) all = NULL;

  add_generated (f->store);
  all = list_standards (f->store, NULL);
  list = azqf_standard_list_new (f->store);

  /* Nothing read yet: the last one first (every page), then the others. */
  for (guint i = 0; i < all->len; i++)
    {
      guint position = all->len - 1 - (i * 37) % all->len;
      AzqfStandard *standard = g_ptr_array_index (all, position);

      g_assert_cmpuint (azqf_standard_list_find (list, azqf_standard_get_uuid (standard)), ==, position);
    }
  g_assert_cmpuint (azqf_standard_list_find (list, "00000000-0000-4000-8000-000000000000"), ==, G_MAXUINT);
  g_assert_cmpuint (azqf_standard_list_find (list, NULL), ==, G_MAXUINT);

  /* Filtered out: not found. */
  {
    g_autoptr(AzqfStandard) ps = load (f->store, SAMPLE_PS);
    g_autoptr(AzqfStandard) ks = load (f->store, SAMPLE_KS);

    azqf_standard_list_set_filter (list, AZQF_KIND_OCCUPATIONAL, -1, 0);
    g_assert_cmpuint (azqf_standard_list_find (list, azqf_standard_get_uuid (ks)), ==, G_MAXUINT);
    g_assert_cmpstr (code_at (list, azqf_standard_list_find (list, azqf_standard_get_uuid (ps))), ==, SAMPLE_PS);

    /* Searching. */
    azqf_standard_list_set_filter (list, -1, -1, 0);
    azqf_standard_list_set_query (list, "muhasib");
    g_assert_cmpuint (azqf_standard_list_find (list, azqf_standard_get_uuid (ks)), ==, G_MAXUINT);
    g_assert_cmpuint (azqf_standard_list_find (list, azqf_standard_get_uuid (ps)), <, n_items (list));
    g_assert_cmpstr (code_at (list, azqf_standard_list_find (list, azqf_standard_get_uuid (ps))), ==, SAMPLE_PS);
  }

  g_assert_finalize_object (list);
}

/* Every committed write that changes standards signals once; failures and
 * reads never do. */
static void
test_store_signal (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(AzqfStandard) ps = load (f->store, SAMPLE_PS);
  g_autoptr(AzqfStandard) copy = load (f->store, SAMPLE_PS);
  g_autoptr(AzqfStandard) fresh = NULL;
  g_autoptr(GPtrArray) array = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  guint count = 0;
  gboolean ok;

  g_signal_connect (f->store, "standards-changed", G_CALLBACK (count_cb), &count);

  /* Reads */
  g_clear_pointer (&array, g_ptr_array_unref);
  array = list_standards (f->store, NULL);
  g_clear_pointer (&array, g_ptr_array_unref);
  azqf_store_count_standards (f->store, NULL, NULL);
  g_ptr_array_unref (azqf_store_search (f->store, "muhasib", 0, NULL));
  g_object_unref (load (f->store, SAMPLE_KS));
  g_assert_cmpuint (count, ==, 0);

  /* Save */
  azqf_standard_set_text (ps, AZQF_STANDARD_TITLE, AZQF_LANG_EN, "Chief accountant");
  ok = azqf_store_save_standard (f->store, ps, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpuint (count, ==, 1);

  /* Insert, one and many */
  fresh = azqf_standard_new (AZQF_KIND_OCCUPATIONAL, "NEW-01", &error);
  g_assert_no_error (error);
  ok = azqf_store_insert_standard (f->store, fresh, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpuint (count, ==, 2);

  /* A duplicate is refused: no signal. */
  ok = azqf_store_insert_standard (f->store, fresh, &error);
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_DUPLICATE_CODE);
  g_assert_false (ok);
  g_clear_error (&error);
  g_assert_cmpuint (count, ==, 2);

  /* Put */
  array = g_ptr_array_new ();
  g_ptr_array_add (array, copy);
  g_ptr_array_add (array, fresh);
  ok = azqf_store_put_standards (f->store, array, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpuint (count, ==, 3);

  /* Add an outcome: after the object has it. */
  {
    g_autoptr(AzqfOutcome) outcome = azqf_outcome_new ("S.NEW", AZQF_DOMAIN_SKILLS, &error);

    g_assert_no_error (error);
    azqf_outcome_set_text (outcome, AZQF_LANG_AZ, "Yeni nəticə");
    ok = azqf_store_add_outcome (f->store, fresh, NULL, outcome, &error);
    g_assert_no_error (error);
    g_assert_true (ok);
    g_assert_cmpuint (count, ==, 4);
  }

  /* Delete, and a delete of nothing. */
  ok = azqf_store_delete_standard (f->store, azqf_standard_get_uuid (fresh), &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpuint (count, ==, 5);
  ok = azqf_store_delete_standard (f->store, azqf_standard_get_uuid (fresh), &error);
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NOT_FOUND);
  g_assert_false (ok);
  g_clear_error (&error);

  /* Saving a standard the store no longer has fails. */
  ok = azqf_store_save_standard (f->store, fresh, &error);
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NOT_FOUND);
  g_assert_false (ok);
  g_clear_error (&error);
  g_assert_cmpuint (count, ==, 5);

  g_signal_handlers_disconnect_by_func (f->store, count_cb, &count);
}

/* The list follows the store's writes: one items-changed over the whole
 * range each time, fresh objects afterwards. */
static void
test_follows_store (Fixture       *f,
                    gconstpointer  data)
{
  AzqfStandardList *list = azqf_standard_list_new (f->store);
  g_autoptr(AzqfStandard) ps = load (f->store, SAMPLE_PS);
  g_autoptr(AzqfStandard) fresh = NULL;
  g_autoptr(GError) error = NULL;
  ItemsChanged changed = { 0 };
  gboolean ok;

  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), &changed);
  g_assert_cmpstr (azqf_standard_get_display_title (item (list, 2), AZQF_LANG_AZ), ==, "Mühasib");

  /* A new title moves the standard to the front. */
  azqf_standard_set_text (ps, AZQF_STANDARD_TITLE, AZQF_LANG_AZ, "Ağ mühasib");
  ok = azqf_store_save_standard (f->store, ps, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpuint (changed.n, ==, 1);
  g_assert_cmpuint (changed.position, ==, 0);
  g_assert_cmpuint (changed.removed, ==, 3);
  g_assert_cmpuint (changed.added, ==, 3);
  g_assert_cmpstr (code_at (list, 0), ==, SAMPLE_PS);
  g_assert_cmpstr (azqf_standard_get_display_title (item (list, 0), AZQF_LANG_AZ), ==, "Ağ mühasib");

  fresh = azqf_standard_new (AZQF_KIND_EDUCATIONAL, "NEW-01", &error);
  g_assert_no_error (error);
  azqf_standard_set_text (fresh, AZQF_STANDARD_TITLE, AZQF_LANG_AZ, "Zərgər");
  ok = azqf_store_insert_standard (f->store, fresh, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpuint (changed.n, ==, 2);
  g_assert_cmpuint (changed.removed, ==, 3);
  g_assert_cmpuint (changed.added, ==, 4);
  g_assert_cmpstr (code_at (list, 3), ==, "NEW-01");
  g_assert_cmpuint (azqf_standard_list_find (list, azqf_standard_get_uuid (fresh)), ==, 3);

  /* Searching, the results follow too. */
  azqf_standard_list_set_query (list, "zerger");
  g_assert_cmpuint (n_items (list), ==, 1);
  ok = azqf_store_delete_standard (f->store, azqf_standard_get_uuid (fresh), &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpuint (n_items (list), ==, 0);
  g_assert_cmpuint (changed.removed, ==, 1);
  g_assert_cmpuint (changed.added, ==, 0);

  /* A failed write leaves the list alone. */
  changed.n = 0;
  ok = azqf_store_delete_standard (f->store, azqf_standard_get_uuid (fresh), &error);
  g_assert_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NOT_FOUND);
  g_assert_false (ok);
  g_clear_error (&error);
  g_assert_cmpuint (changed.n, ==, 0);

  /* A list that is gone no longer listens. */
  g_assert_finalize_object (list);
  ok = azqf_store_save_standard (f->store, ps, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
}

/* A page the store cannot read: NULL items and the error, until a reload
 * that works. */
static void
test_error (Fixture       *f,
            gconstpointer  data)
{
  AzqfStandardList *list = azqf_standard_list_new (f->store);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (n_items (list), ==, 3);
  azqf_store_close (f->store);

  /* Not read yet, and the store is closed. */
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 0));
  g_assert_error (azqf_standard_list_get_error (list), AZQF_STORE_ERROR, AZQF_STORE_ERROR_IO);

  azqf_standard_list_reload (list);
  g_assert_error (azqf_standard_list_get_error (list), AZQF_STORE_ERROR, AZQF_STORE_ERROR_IO);
  g_assert_cmpuint (n_items (list), ==, 0);

  azqf_standard_list_set_query (list, "muhasib");
  g_assert_error (azqf_standard_list_get_error (list), AZQF_STORE_ERROR, AZQF_STORE_ERROR_IO);
  g_assert_cmpuint (n_items (list), ==, 0);

  g_assert_finalize_object (list);

  /* The fixture's store, open again. */
  g_assert_finalize_object (f->store);
  f->store = azqf_store_open (f->path, AZQF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  list = azqf_standard_list_new (f->store);
  g_assert_cmpuint (n_items (list), ==, 3);
  g_assert_null (azqf_standard_list_get_error (list));
  g_assert_finalize_object (list);
}

int
main (int    argc,
      char **argv)
{
  azqf_locale_init_test ();
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/azqf/standard-list/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("sample", test_sample);
  ADD ("sort-lang", test_sort_lang);
  ADD ("paging", test_paging);
  ADD ("lazy", test_lazy);
  ADD ("filter", test_filter);
  ADD ("filter/generated", test_filter_generated);
  ADD ("query", test_query);
  ADD ("query/grouped", test_query_grouped);
  ADD ("find", test_find);
  ADD ("store-signal", test_store_signal);
  ADD ("follows-store", test_follows_store);
  ADD ("error", test_error);

#undef ADD

  return g_test_run ();
}
