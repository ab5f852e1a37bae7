/* crash-writer.c: writes standards until it is killed, for test-crash
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * crash-writer WORKSPACE: opens the workspace for writing and inserts
 * standards "CRASH-<n>" forever, n continuing from the highest already in
 * the workspace. Each standard is one azqf_store_insert_standard() call (one
 * transaction) with CRASH_UNITS units of CRASH_OUTCOMES outcomes of
 * CRASH_CRITERIA criteria each. After each commit it prints "<n>\n" and
 * flushes, so every number the test reads is committed.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "model/azqf-criterion.h"
#include "model/azqf-locale.h"
#include "model/azqf-outcome.h"
#include "model/azqf-standard.h"
#include "model/azqf-store.h"
#include "model/azqf-store-private.h"
#include "model/azqf-unit.h"

#include "crash-writer.h"

static guint
highest_number (AzqfStore *store)
{
  sqlite3_stmt *stmt = NULL;
  guint highest = 0;

  if (sqlite3_prepare_v2 (_azqf_store_get_db (store),
                          "SELECT max (CAST (substr (code, 7) AS INTEGER)) FROM standards"
                          " WHERE code GLOB 'CRASH-[0-9]*'", -1, &stmt, NULL) != SQLITE_OK)
    g_error ("crash-writer: %s", sqlite3_errmsg (_azqf_store_get_db (store)));

  if (sqlite3_step (stmt) == SQLITE_ROW)
    highest = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  return highest;
}

static AzqfStandard *
build_standard (guint n)
{
  g_autoptr(AzqfStandard) standard = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *code = g_strdup_printf ("CRASH-%u", n);
  g_autofree char *title_az = g_strdup_printf ("Qəza sınağı %u: şagird müəllimi", n);
  g_autofree char *title_en = g_strdup_printf ("Crash test %u", n);

  standard = azqf_standard_new (AZQF_KIND_OCCUPATIONAL, code, &error);
  g_assert_no_error (error);
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ, title_az);
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN, title_en);
  azqf_standard_set_text (standard, AZQF_STANDARD_SUMMARY, AZQF_LANG_AZ,
                          "Standart işçinin bilik, bacarıq, müstəqillik və məsuliyyət tələblərini müəyyən edir.");
  azqf_standard_set_level (standard, 1 + n % 8, &error);
  g_assert_no_error (error);

  for (guint u = 0; u < CRASH_UNITS; u++)
    {
      g_autofree char *unit_code = g_strdup_printf ("U%u", u + 1);
      g_autofree char *unit_title = g_strdup_printf ("Vahid %u: əməliyyatların uçotu", u + 1);
      g_autoptr(AzqfUnit) unit = azqf_unit_new (unit_code, &error);

      g_assert_no_error (error);
      azqf_unit_set_title (unit, AZQF_LANG_AZ, unit_title);
      azqf_unit_set_title (unit, AZQF_LANG_EN, "Recording transactions");
      azqf_standard_add_unit (standard, unit, &error);
      g_assert_no_error (error);

      for (guint o = 0; o < CRASH_OUTCOMES; o++)
        {
          g_autofree char *outcome_code = g_strdup_printf ("U%u.S%u", u + 1, o + 1);
          g_autoptr(AzqfOutcome) outcome = azqf_outcome_new (outcome_code, AZQF_DOMAIN_SKILLS, &error);

          g_assert_no_error (error);
          azqf_outcome_set_text (outcome, AZQF_LANG_AZ,
                                 "Təsərrüfat əməliyyatlarını mühasibat proqramında qeydə alır və təhlil edir.");
          azqf_outcome_set_text (outcome, AZQF_LANG_EN,
                                 "Records and analyses business transactions in the accounting software.");

          for (guint c = 0; c < CRASH_CRITERIA; c++)
            {
              g_autofree char *text_az = g_strdup_printf ("Meyar %u: sənədləri düzgün yoxlayır.", c + 1);
              g_autofree char *text_en = g_strdup_printf ("Criterion %u: checks the documents.", c + 1);
              g_autoptr(AzqfCriterion) criterion = azqf_criterion_new (text_az, text_en);

              azqf_outcome_append_criterion (outcome, criterion);
            }

          azqf_standard_add_outcome (standard, unit, outcome, &error);
          g_assert_no_error (error);
        }
    }

  return g_steal_pointer (&standard);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(AzqfStore) store = NULL;
  g_autoptr(GError) error = NULL;

  azqf_locale_init_test ();
  g_set_prgname ("crash-writer");

  if (argc != 2)
    {
      fprintf (stderr, "usage: crash-writer WORKSPACE\n");
      return 2;
    }

  store = azqf_store_open (argv[1], AZQF_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      fprintf (stderr, "crash-writer: %s\n", error->message);
      return 1;
    }

  for (guint n = highest_number (store) + 1; ; n++)
    {
      g_autoptr(AzqfStandard) standard = build_standard (n);

      if (!azqf_store_insert_standard (store, standard, &error))
        {
          fprintf (stderr, "crash-writer: %s\n", error->message);
          return 1;
        }

      printf ("%u\n", n);
      fflush (stdout);
    }

  return 0;
}
