/* bench-fold.c: throughput of azqf_text_fold() and of FTS5 indexing with the
 * "azqf" tokenizer. Not part of meson test; build and run by hand:
 *
 *   ninja -C _build
 *   cc -O2 -I_build -I. -Imodel -I_build/model tests/bench/bench-fold.c \
 *      _build/model/libazqf-model.a \
 *      $(pkg-config --cflags --libs glib-2.0 sqlite3 icu-uc icu-i18n) -o /tmp/bench-fold
 *   /tmp/bench-fold
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <sqlite3.h>

#include "azqf-sqlite-private.h"
#include "azqf-text.h"

static const char *sentences[] = {
  "Mühasib maliyyə hesabatlarını təhlil edir və İSTİQAMƏT üzrə qərar qəbul edir. ",
  "Peşə standartı Azərbaycan Respublikasının Milli Kvalifikasiya Çərçivəsinə uyğundur. ",
  "Aşpaz çörək bişirir, gigiyena qaydalarına əməl edir və işçiləri təlimatlandırır. ",
  "The accountant analyses financial statements and reports to the board. ",
};

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

static void
bench_fold (const GString *text)
{
  double best = G_MAXDOUBLE;

  for (guint round = 0; round < 5; round++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autofree char *folded = azqf_text_fold (text->str, text->len);

      best = MIN (best, seconds_since (start));
    }
  g_print ("azqf_text_fold:   %7.1f MB/s (%zu bytes, best of 5)\n",
           text->len / best / 1e6, text->len);

  best = G_MAXDOUBLE;
  for (guint round = 0; round < 5; round++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autofree char *down = g_utf8_strdown (text->str, text->len);

      best = MIN (best, seconds_since (start));
    }
  g_print ("g_utf8_strdown:   %7.1f MB/s (baseline)\n", text->len / best / 1e6);

  best = G_MAXDOUBLE;
  for (guint round = 0; round < 5; round++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autofree char *down = azqf_text_down (text->str, AZQF_LANG_AZ);

      best = MIN (best, seconds_since (start));
    }
  g_print ("azqf_text_down:   %7.1f MB/s\n", text->len / best / 1e6);
}

static void
bench_index (const char *tokenizer)
{
  g_autofree char *create = NULL;
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;
  gsize bytes = 0;
  gint64 start;

  sqlite3_open (":memory:", &db);
  g_assert (_azqf_sqlite_register (db, NULL) == SQLITE_OK);
  create = g_strdup_printf ("CREATE VIRTUAL TABLE docs USING fts5 (body, tokenize = %s)",
                            tokenizer);
  g_assert (sqlite3_exec (db, create, NULL, NULL, NULL) == SQLITE_OK);
  sqlite3_prepare_v2 (db, "INSERT INTO docs (body) VALUES (?1)", -1, &stmt, NULL);

  start = g_get_monotonic_time ();
  sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);
  for (guint i = 0; i < 100000; i++)
    {
      const char *s = sentences[i % G_N_ELEMENTS (sentences)];

      sqlite3_bind_text (stmt, 1, s, -1, SQLITE_STATIC);
      sqlite3_step (stmt);
      sqlite3_reset (stmt);
      bytes += strlen (s);
    }
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  g_print ("FTS5 insert, %-30s %6.1f MB/s (100000 rows)\n", tokenizer,
           bytes / seconds_since (start) / 1e6);

  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GString) text = g_string_new (NULL);

  while (text->len < 64 * 1024 * 1024)
    for (guint i = 0; i < G_N_ELEMENTS (sentences); i++)
      g_string_append (text, sentences[i]);

  bench_fold (text);
  bench_index ("'azqf'");
  bench_index ("'unicode61 remove_diacritics 2'");

  return 0;
}
