/* bench-list.c: the smallest program that opens a workspace read-only and
 * lists the first 50 standards in Azerbaijani order, or runs one search. It
 * is the "ours" side of bench-store's process-vs-process comparison with the
 * sqlite3 command-line shell, so it does what the shell does: start, open,
 * query, print, exit.
 *
 *   bench-list WORKSPACE
 *   bench-list WORKSPACE --search QUERY
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "azqf-search-hit.h"
#include "azqf-standard.h"
#include "azqf-store.h"

/* stdout, not g_print(): g_print() converts to the locale's charset. */
static void
print_field (const char *text,
             char        end)
{
  if (text != NULL)
    fputs (text, stdout);
  putchar (end);
}

static int
list (AzqfStore *store)
{
  AzqfStoreFilter filter = AZQF_STORE_FILTER_INIT;
  g_autoptr(GPtrArray) standards = NULL;
  g_autoptr(GError) error = NULL;

  filter.limit = 50;
  standards = azqf_store_list_standards (store, &filter, &error);
  if (standards == NULL)
    {
      fprintf (stderr, "bench-list: %s\n", error->message);
      return 2;
    }

  for (guint i = 0; i < standards->len; i++)
    {
      AzqfStandard *standard = g_ptr_array_index (standards, i);

      print_field (azqf_standard_get_code (standard), '\t');
      print_field (azqf_standard_get_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ), '\t');
      print_field (azqf_standard_get_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN), '\t');
      print_field (azqf_kind_to_string (azqf_standard_get_kind (standard)), '\t');
      print_field (azqf_status_to_string (azqf_standard_get_status (standard)), '\t');
      printf ("%u\n", azqf_standard_get_level (standard));
    }

  return 0;
}

static int
search (AzqfStore  *store,
        const char *query)
{
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;

  hits = azqf_store_search (store, query, 20, &error);
  if (hits == NULL)
    {
      fprintf (stderr, "bench-list: %s\n", error->message);
      return 2;
    }

  for (guint i = 0; i < hits->len; i++)
    {
      AzqfSearchHit *hit = g_ptr_array_index (hits, i);

      print_field (azqf_search_hit_get_standard_code (hit), '\t');
      print_field (azqf_search_hit_get_item_code (hit), '\t');
      print_field (azqf_search_hit_get_snippet (hit), '\t');
      printf ("%g\n", azqf_search_hit_get_rank (hit));
    }

  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AzqfStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (argc != 2 && !(argc == 4 && strcmp (argv[2], "--search") == 0))
    {
      fprintf (stderr, "Usage: bench-list WORKSPACE [--search QUERY]\n");
      return 2;
    }

  store = azqf_store_open (argv[1], AZQF_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    {
      fprintf (stderr, "bench-list: %s\n", error->message);
      return 2;
    }

  return argc == 2 ? list (store) : search (store, argv[3]);
}
