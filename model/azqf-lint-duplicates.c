/* azqf-lint-duplicates.c: near-duplicate outcomes in a standard and across a workspace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Similarity is Dice's coefficient on the stem sets (azqf_analysis_similarity),
 * averaged over the languages both outcomes have. Across a whole workspace
 * comparing every pair is quadratic, so candidates come from a prefix filter:
 * with each stem set ordered by how rare its stems are, two sets whose Dice
 * reaches t share at least ⌈J·|A|⌉ stems (J = t / (2 − t)), so they share one
 * of the first |A| − ⌈J·|A|⌉ + 1 stems of either. Only those are indexed.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "azqf-analysis.h"
#include "azqf-finding.h"
#include "azqf-lint-private.h"
#include "azqf-outcome.h"
#include "azqf-standard.h"
#include "azqf-unit.h"

/* issue 4: outcomes this alike (0–1) are near-duplicates */
#define DUPLICATE_THRESHOLD 0.85

typedef struct
{
  const char *standard_code;  /* borrowed from the standards */
  const char *unit_code;
  const char *outcome_code;
  GArray     *ids[2];         /* guint stem ids, by (frequency, id) */
} Entry;

static int
compare_ids (gconstpointer a,
             gconstpointer b,
             gpointer      user_data)
{
  const guint *df = user_data;
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  if (df[x] != df[y])
    return df[x] < df[y] ? -1 : 1;
  return x < y ? -1 : x > y;
}

static guint
count_shared (GArray      *a,
              GArray      *b,
              const guint *df)
{
  guint i = 0;
  guint j = 0;
  guint shared = 0;

  while (i < a->len && j < b->len)
    {
      int cmp = compare_ids (&g_array_index (a, guint, i), &g_array_index (b, guint, j), (gpointer) df);

      if (cmp == 0)
        {
          shared++;
          i++;
          j++;
        }
      else if (cmp < 0)
        i++;
      else
        j++;
    }

  return shared;
}

static double
entry_similarity (const Entry *a,
                  const Entry *b,
                  GArray      *df[2])
{
  double sum = 0;
  guint n = 0;

  for (guint lang = 0; lang < 2; lang++)
    {
      guint size = a->ids[lang]->len + b->ids[lang]->len;

      if (a->ids[lang]->len == 0 || b->ids[lang]->len == 0)
        continue;

      sum += 2.0 * count_shared (a->ids[lang], b->ids[lang], (const guint *) (const void *) df[lang]->data) / size;
      n++;
    }

  return n > 0 ? sum / n : 0;
}

static void
add_entries (GArray       *entries,
             AzqfStandard *standard,
             GHashTable   *stem_ids[2],
             GArray       *df[2])
{
  g_autoptr(GPtrArray) outcomes = azqf_standard_collect_outcomes (standard);

  for (guint i = 0; i < outcomes->len; i++)
    {
      AzqfOutcome *outcome = g_ptr_array_index (outcomes, i);
      AzqfUnit *unit = NULL;
      Entry entry = { azqf_standard_get_code (standard), NULL, azqf_outcome_get_code (outcome), { NULL, NULL } };

      azqf_standard_find_outcome (standard, entry.outcome_code, &unit);
      entry.unit_code = unit != NULL ? azqf_unit_get_code (unit) : NULL;

      for (guint lang = 0; lang < 2; lang++)
        {
          g_autoptr(GPtrArray) terms = azqf_analysis_terms (azqf_outcome_get_text (outcome, lang), lang);
          g_autoptr(GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);

          entry.ids[lang] = g_array_new (FALSE, FALSE, sizeof (guint));
          for (guint t = 0; t < terms->len; t++)
            {
              const char *stem = ((AzqfTerm *) g_ptr_array_index (terms, t))->stem;
              gpointer value;
              guint id;

              if (g_hash_table_lookup_extended (stem_ids[lang], stem, NULL, &value))
                id = GPOINTER_TO_UINT (value);
              else
                {
                  guint zero = 0;

                  id = g_hash_table_size (stem_ids[lang]);
                  g_hash_table_insert (stem_ids[lang], g_strdup (stem), GUINT_TO_POINTER (id));
                  g_array_append_val (df[lang], zero);
                }

              if (!g_hash_table_add (seen, GUINT_TO_POINTER (id)))
                continue;
              g_array_append_val (entry.ids[lang], id);
              g_array_index (df[lang], guint, id)++;
            }
        }

      g_array_append_val (entries, entry);
    }
}

static guint
prefix_length (guint n)
{
  double j = (DUPLICATE_THRESHOLD - 1e-9) / (2 - DUPLICATE_THRESHOLD + 1e-9);
  guint overlap = (guint) (j * n);

  if (overlap < j * n - 1e-9)
    overlap++;

  return MIN (n, n - MIN (overlap, n) + 1);
}

void
_azqf_lint_check_duplicates (GPtrArray *standards,
                             GPtrArray *findings)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_autoptr(GHashTable) stem_ids_az = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) stem_ids_en = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTable *stem_ids[2] = { stem_ids_az, stem_ids_en };
  g_autoptr(GArray) df_az = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) df_en = g_array_new (FALSE, FALSE, sizeof (guint));
  GArray *df[2] = { df_az, df_en };
  g_autoptr(GPtrArray) postings_az = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GPtrArray) postings_en = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  GPtrArray *postings[2] = { postings_az, postings_en };
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree guint *marks = NULL;

  for (guint i = 0; i < standards->len; i++)
    add_entries (entries, g_ptr_array_index (standards, i), stem_ids, df);

  for (guint lang = 0; lang < 2; lang++)
    {
      for (guint id = 0; id < df[lang]->len; id++)
        g_ptr_array_add (postings[lang], g_array_new (FALSE, FALSE, sizeof (guint)));
      for (guint e = 0; e < entries->len; e++)
        g_array_sort_with_data (g_array_index (entries, Entry, e).ids[lang], compare_ids, df[lang]->data);
    }

  /* marks[i] = j + 1 once entry i is a candidate of entry j */
  marks = g_new0 (guint, entries->len + 1);

  for (guint j = 0; j < entries->len; j++)
    {
      Entry *entry = &g_array_index (entries, Entry, j);
      const Entry *best = NULL;
      double best_score = 0;

      g_array_set_size (candidates, 0);

      for (guint lang = 0; lang < 2; lang++)
        {
          guint prefix = prefix_length (entry->ids[lang]->len);

          for (guint p = 0; p < prefix && p < entry->ids[lang]->len; p++)
            {
              guint id = g_array_index (entry->ids[lang], guint, p);
              GArray *posting = g_ptr_array_index (postings[lang], id);

              for (guint k = 0; k < posting->len; k++)
                {
                  guint i = g_array_index (posting, guint, k);

                  if (marks[i] != j + 1)
                    {
                      marks[i] = j + 1;
                      g_array_append_val (candidates, i);
                    }
                }
              g_array_append_val (posting, j);
            }
        }

      for (guint c = 0; c < candidates->len; c++)
        {
          const Entry *other = &g_array_index (entries, Entry, g_array_index (candidates, guint, c));
          double score = entry_similarity (entry, other, df);

          if (score >= DUPLICATE_THRESHOLD - 1e-9 && score > best_score)
            {
              best = other;
              best_score = score;
            }
        }

      if (best != NULL)
        {
          g_autofree char *message = g_strdup_printf (_("Nearly the same as %s %s (similarity %.2f)"),
                                                      best->standard_code, best->outcome_code,
                                                      best_score);
          AzqfFinding *finding = azqf_finding_new (AZQF_SEVERITY_WARNING, "lint.duplicate", message,
                                                   entry->standard_code, entry->unit_code,
                                                   entry->outcome_code, NULL);

          azqf_finding_set_explanation (finding, azqf_linter_get_rule_explanation ("lint.duplicate"));
          azqf_finding_set_suggestion (finding, _("Merge the two outcomes, or make them say different things"));
          g_ptr_array_add (findings, finding);
        }
    }

  for (guint e = 0; e < entries->len; e++)
    for (guint lang = 0; lang < 2; lang++)
      g_array_unref (g_array_index (entries, Entry, e).ids[lang]);
}
