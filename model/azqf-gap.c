/* azqf-gap.c: gap analysis of one standard against AzQF, EQF and QF-EHEA
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * product.md §6. The elements of the standard's level are compared with its
 * outcomes: a confirmed link is coverage, anything else (a pending link, a
 * computed suggestion) is only shown as a suggestion. Suggestions come from
 * the bilingual similarity of azqf-analysis.c. The credit rules are in
 * azqf-gap-credits.c, the report object and its JSON in azqf-gap-report.c,
 * the printable page in azqf-gap-html.c.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "azqf-analysis.h"
#include "azqf-criterion.h"
#include "azqf-finding.h"
#include "azqf-gap-private.h"
#include "azqf-link.h"
#include "azqf-outcome.h"
#include "azqf-standard.h"
#include "azqf-unit.h"

/* A suggestion below this similarity is noise (one shared common word in
 * two long sentences); it is not offered. */
#define MIN_SCORE           0.10
/* An outcome of another domain than the element's is ranked a little lower:
 * a knowledge outcome rarely covers a skills element, even with shared words. */
#define OTHER_DOMAIN_WEIGHT 0.85

/* Suggestions */

struct _AzqfSuggestion
{
  gatomicrefcount  ref_count;
  AzqfDescriptor  *descriptor;
  char            *outcome_code;
  char           **matched_words;
  double           score;
};

G_DEFINE_BOXED_TYPE (AzqfSuggestion, azqf_suggestion, azqf_suggestion_ref, azqf_suggestion_unref)

static AzqfSuggestion *
suggestion_new (AzqfDescriptor *descriptor,
                const char     *outcome_code,
                double          score,
                GPtrArray      *matched)
{
  AzqfSuggestion *suggestion = g_new0 (AzqfSuggestion, 1);

  g_atomic_ref_count_init (&suggestion->ref_count);
  suggestion->descriptor = azqf_descriptor_ref (descriptor);
  suggestion->outcome_code = g_strdup (outcome_code);
  suggestion->score = score;
  suggestion->matched_words = g_new0 (char *, (matched != NULL ? matched->len : 0) + 1);
  for (guint i = 0; matched != NULL && i < matched->len; i++)
    suggestion->matched_words[i] = g_strdup (g_ptr_array_index (matched, i));

  return suggestion;
}

AzqfSuggestion *
azqf_suggestion_ref (AzqfSuggestion *suggestion)
{
  g_return_val_if_fail (suggestion != NULL, NULL);

  g_atomic_ref_count_inc (&suggestion->ref_count);
  return suggestion;
}

void
azqf_suggestion_unref (AzqfSuggestion *suggestion)
{
  g_return_if_fail (suggestion != NULL);

  if (!g_atomic_ref_count_dec (&suggestion->ref_count))
    return;

  azqf_descriptor_unref (suggestion->descriptor);
  g_free (suggestion->outcome_code);
  g_strfreev (suggestion->matched_words);
  g_free (suggestion);
}

AzqfDescriptor *
azqf_suggestion_get_descriptor (const AzqfSuggestion *suggestion)
{
  g_return_val_if_fail (suggestion != NULL, NULL);
  return suggestion->descriptor;
}

const char *
azqf_suggestion_get_outcome_code (const AzqfSuggestion *suggestion)
{
  g_return_val_if_fail (suggestion != NULL, NULL);
  return suggestion->outcome_code;
}

double
azqf_suggestion_get_score (const AzqfSuggestion *suggestion)
{
  g_return_val_if_fail (suggestion != NULL, 0.0);
  return suggestion->score;
}

const char * const *
azqf_suggestion_get_matched_words (const AzqfSuggestion *suggestion)
{
  g_return_val_if_fail (suggestion != NULL, NULL);
  return (const char * const *) suggestion->matched_words;
}

/* "U2.S2 (0.41: hesabat, təhlil)": the form of a gap's suggestion field. */
static char *
format_suggestion (const AzqfSuggestion *suggestion)
{
  char score[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *words = g_strjoinv (", ", suggestion->matched_words);

  g_ascii_formatd (score, sizeof score, "%.2f", suggestion->score);
  return g_strdup_printf ("%s (%s: %s)", suggestion->outcome_code, score, words);
}

/* The terms of every descriptor, computed once per AzqfFrameworks (which is
 * immutable) and kept on it, so analysing 2,000 standards stems each
 * descriptor once. Read-only once installed, so threads share it. */

typedef struct
{
  GPtrArray *terms[2];
} DescriptorTerms;

static void
descriptor_terms_free (DescriptorTerms *terms)
{
  g_clear_pointer (&terms->terms[AZQF_LANG_AZ], g_ptr_array_unref);
  g_clear_pointer (&terms->terms[AZQF_LANG_EN], g_ptr_array_unref);
  g_free (terms);
}

static DescriptorTerms *
descriptor_terms_new (AzqfDescriptor *descriptor)
{
  DescriptorTerms *terms = g_new0 (DescriptorTerms, 1);

  for (AzqfLang lang = AZQF_LANG_AZ; lang <= AZQF_LANG_EN; lang++)
    {
      const char *text = azqf_descriptor_get_text (descriptor, lang);

      if (text != NULL)
        terms->terms[lang] = azqf_analysis_terms (text, lang);
    }

  return terms;
}

static GHashTable *
build_term_cache (AzqfFrameworks *frameworks)
{
  GHashTable *cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) descriptor_terms_free);
  const char * const *ids = azqf_frameworks_get_ids (frameworks);

  for (guint f = 0; ids != NULL && ids[f] != NULL; f++)
    for (guint level = 1; level <= 8; level++)
      {
        g_autoptr(GPtrArray) descriptors = azqf_frameworks_get_descriptors (frameworks, ids[f], level);

        for (guint i = 0; descriptors != NULL && i < descriptors->len; i++)
          {
            AzqfDescriptor *descriptor = g_ptr_array_index (descriptors, i);

            g_hash_table_replace (cache, g_strdup (azqf_descriptor_get_id (descriptor)),
                                  descriptor_terms_new (descriptor));
          }
      }

  return cache;
}

static GHashTable *
get_term_cache (AzqfFrameworks *frameworks)
{
  static GQuark quark;
  GHashTable *cache;

  if (quark == 0)
    quark = g_quark_from_static_string ("azqf-gap-descriptor-terms");

  cache = g_object_get_qdata (G_OBJECT (frameworks), quark);
  if (cache != NULL)
    return cache;

  cache = build_term_cache (frameworks);
  if (!g_object_replace_qdata (G_OBJECT (frameworks), quark, NULL, cache,
                               (GDestroyNotify) g_hash_table_unref, NULL))
    {
      /* Another thread was first: use its table. */
      g_hash_table_unref (cache);
      cache = g_object_get_qdata (G_OBJECT (frameworks), quark);
    }

  return cache;
}

/* The terms of one outcome in both languages. */
typedef struct
{
  GPtrArray *terms[2];
} OutcomeTerms;

static void
outcome_terms_clear (OutcomeTerms *terms)
{
  g_clear_pointer (&terms->terms[AZQF_LANG_AZ], g_ptr_array_unref);
  g_clear_pointer (&terms->terms[AZQF_LANG_EN], g_ptr_array_unref);
}

/* Only the languages some element has a text in (need[lang]): the EQF and
 * QF-EHEA have no Azerbaijani text, so at most levels stemming the outcomes'
 * Azerbaijani would be work for nothing (it was half the analysis time). */
static void
outcome_terms_init (OutcomeTerms   *terms,
                    AzqfOutcome    *outcome,
                    const gboolean *need)
{
  for (AzqfLang lang = AZQF_LANG_AZ; lang <= AZQF_LANG_EN; lang++)
    {
      const char *text = azqf_outcome_get_text (outcome, lang);

      terms->terms[lang] = text != NULL && need[lang] ? azqf_analysis_terms (text, lang) : NULL;
    }
}

/* The similarity of an outcome and an element: the better of the two
 * languages in which both have a text (az with az, en with en; the EQF and
 * QF-EHEA have no Azerbaijani text, so for them it is the English one),
 * weighted down across domains. matched: the outcome's words in that
 * language. A weighted mix of both languages would punish every outcome
 * for the descriptor's missing translation; the maximum does not. */
static double
score_pair (const OutcomeTerms    *outcome,
            AzqfDomain             outcome_domain,
            const DescriptorTerms *element,
            AzqfDomain             element_domain,
            GPtrArray            **matched)
{
  double best = 0.0;

  if (matched != NULL)
    *matched = NULL;

  for (AzqfLang lang = AZQF_LANG_AZ; lang <= AZQF_LANG_EN; lang++)
    {
      g_autoptr(GPtrArray) words = NULL;
      double score;

      if (outcome->terms[lang] == NULL || element->terms[lang] == NULL)
        continue;

      score = azqf_analysis_similarity (outcome->terms[lang], element->terms[lang],
                                        matched != NULL ? &words : NULL);
      if (score > best)
        {
          best = score;
          if (matched != NULL)
            {
              g_clear_pointer (matched, g_ptr_array_unref);
              *matched = g_steal_pointer (&words);
            }
        }
    }

  if (outcome_domain != element_domain)
    best *= OTHER_DOMAIN_WEIGHT;

  return best;
}

static const DescriptorTerms *
lookup_terms (GHashTable     *cache,
              AzqfDescriptor *descriptor,
              GPtrArray      *owned)
{
  DescriptorTerms *terms = g_hash_table_lookup (cache, azqf_descriptor_get_id (descriptor));

  if (terms == NULL)
    {
      /* Not one of the complete statements: computed for this call only. */
      terms = descriptor_terms_new (descriptor);
      g_ptr_array_add (owned, terms);
    }

  return terms;
}

/* The elements a standard at level is checked against (product.md §6.1),
 * in framework order. */
static GPtrArray *
collect_elements (AzqfFrameworks *frameworks,
                  guint           level)
{
  GPtrArray *elements = g_ptr_array_new_with_free_func ((GDestroyNotify) azqf_descriptor_unref);
  const char * const *ids = azqf_frameworks_get_ids (frameworks);

  if (level < 1 || level > 8)
    return elements;

  for (guint f = 0; ids != NULL && ids[f] != NULL; f++)
    {
      g_autoptr(GPtrArray) descriptors = NULL;

      if (strcmp (ids[f], "qfehea") == 0 && level < 5)
        continue;

      descriptors = azqf_frameworks_get_descriptors (frameworks, ids[f], level);
      for (guint i = 0; descriptors != NULL && i < descriptors->len; i++)
        g_ptr_array_add (elements, azqf_descriptor_ref (g_ptr_array_index (descriptors, i)));
    }

  return elements;
}

static int
compare_suggestions (gconstpointer a,
                     gconstpointer b)
{
  const AzqfSuggestion *x = *(const AzqfSuggestion * const *) a;
  const AzqfSuggestion *y = *(const AzqfSuggestion * const *) b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;

  /* Stable on ties: in the frameworks' order would need the index; the id
   * is as good and does not depend on the array. */
  return g_strcmp0 (azqf_descriptor_get_id (x->descriptor), azqf_descriptor_get_id (y->descriptor));
}

GPtrArray *
azqf_gap_suggest (AzqfFrameworks *frameworks,
                  AzqfStandard   *standard,
                  AzqfOutcome    *outcome,
                  guint           max)
{
  g_autoptr(GPtrArray) suggestions = g_ptr_array_new_with_free_func ((GDestroyNotify) azqf_suggestion_unref);
  g_autoptr(GPtrArray) elements = NULL;
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func ((GDestroyNotify) descriptor_terms_free);
  OutcomeTerms terms = { { NULL, NULL } };
  GHashTable *cache;

  g_return_val_if_fail (AZQF_IS_FRAMEWORKS (frameworks), NULL);
  g_return_val_if_fail (AZQF_IS_STANDARD (standard), NULL);
  g_return_val_if_fail (AZQF_IS_OUTCOME (outcome), NULL);

  cache = get_term_cache (frameworks);
  elements = collect_elements (frameworks, azqf_standard_get_level (standard));
  outcome_terms_init (&terms, outcome, (const gboolean[]) { TRUE, TRUE });

  for (guint i = 0; i < elements->len; i++)
    {
      AzqfDescriptor *descriptor = g_ptr_array_index (elements, i);
      g_autoptr(GPtrArray) matched = NULL;
      double score;

      /* Any link counts: a confirmed or pending one needs no suggestion, and
       * a rejected suggestion is never offered again. */
      if (azqf_outcome_find_link (outcome, azqf_descriptor_get_id (descriptor)) != NULL)
        continue;

      score = score_pair (&terms, azqf_outcome_get_domain (outcome),
                          lookup_terms (cache, descriptor, owned),
                          azqf_descriptor_get_domain (descriptor), &matched);
      if (score < MIN_SCORE || matched == NULL || matched->len == 0)
        continue;

      g_ptr_array_add (suggestions, suggestion_new (descriptor, azqf_outcome_get_code (outcome),
                                                    score, matched));
    }

  outcome_terms_clear (&terms);

  g_ptr_array_sort (suggestions, compare_suggestions);
  if (suggestions->len > max)
    g_ptr_array_set_size (suggestions, max);

  return g_steal_pointer (&suggestions);
}

/* Analysis */

static void
add_note (AzqfGapReport *self,
          char          *note)
{
  g_ptr_array_add (self->notes, note);
}

static AzqfFinding *
add_gap (AzqfGapReport *self,
         AzqfSeverity   severity,
         const char    *rule_id,
         const char    *unit_code,
         const char    *outcome_code,
         const char    *element,
         const char    *explanation,
         char          *message)
{
  AzqfFinding *finding = azqf_finding_new (severity, rule_id, message, self->standard_code,
                                           unit_code, outcome_code, element);

  g_free (message);
  azqf_finding_set_explanation (finding, explanation);
  g_ptr_array_add (self->gaps, finding);
  return finding;
}

/* What the reader must know about the texts used: levels not loaded,
 * statements cut off in the source. */
static void
describe_frameworks (AzqfGapReport  *self,
                     AzqfFrameworks *frameworks)
{
  const char * const *ids = azqf_frameworks_get_ids (frameworks);
  guint level = self->level;

  if (level == 0)
    {
      add_note (self, g_strdup_printf (_("%s has no AzQF level, so there are no descriptors to "
                                         "compare it with; set its level first"),
                                       self->standard_code));
      add_gap (self, AZQF_SEVERITY_WARNING, "gap.level-missing", NULL, NULL, NULL,
               _("The level decides which descriptors a standard is checked against."),
               g_strdup_printf (_("%s has no AzQF level: no descriptor can be checked"),
                                self->standard_code));
    }

  for (guint f = 0; ids != NULL && ids[f] != NULL; f++)
    {
      const char *id = ids[f];
      gboolean applies = level > 0 && (strcmp (id, "qfehea") != 0 || level >= 5);
      AzqfGapFramework *framework = g_new0 (AzqfGapFramework, 1);
      const char *level_note;

      framework->id = g_strdup (id);
      framework->name[AZQF_LANG_AZ] = g_strdup (azqf_frameworks_get_name (frameworks, id, AZQF_LANG_AZ));
      framework->name[AZQF_LANG_EN] = g_strdup (azqf_frameworks_get_name (frameworks, id, AZQF_LANG_EN));
      framework->analysed = applies && azqf_frameworks_has_level (frameworks, id, level);
      g_ptr_array_add (self->frameworks, framework);

      if (!applies)
        continue;

      level_note = azqf_frameworks_get_level_note (frameworks, id, level);

      if (strcmp (id, "azqf") == 0 && !framework->analysed)
        {
          add_note (self, g_strdup_printf (_("AzQF descriptor text for level %u is not loaded; "
                                             "the EQF level %u descriptors are used"),
                                           level, level));
          add_gap (self, AZQF_SEVERITY_INFO, "gap.azqf-not-loaded", NULL, NULL, NULL,
                   _("Only level 1 of the AzQF descriptors (decision 311, 2018) could be "
                     "found; the EQF descriptors of the same level stand in for the others "
                     "until the official text is imported (azqf framework import)."),
                   g_strdup_printf (_("AzQF descriptor text for level %u is not loaded: %s is "
                                      "checked against the EQF level %u descriptors in its place"),
                                    level, self->standard_code, level));
        }
      else if (!framework->analysed)
        add_note (self, g_strdup_printf (_("%s descriptor text for level %u is not loaded"),
                                         azqf_framework_get_abbreviation (id), level));

      /* The data's remark qualifies a text that is there (cut off, partly
       * found); a text that is not there at all is said above in the
       * user's language, without the data's provenance notes. */
      if (level_note != NULL && framework->analysed)
        /* TRANSLATORS: "AzQF level 6 in the sources: <a remark of the framework data, in English>" */
        add_note (self, g_strdup_printf (_("%s level %u in the sources: %s"),
                                         azqf_framework_get_abbreviation (id), level, level_note));
    }
}

static void
check_structure (AzqfGapReport *self,
                 AzqfStandard  *standard,
                 GPtrArray     *outcomes)
{
  GListModel *units = azqf_standard_get_units (standard);
  gboolean has_domain[3] = { FALSE, FALSE, FALSE };

  for (guint i = 0; i < outcomes->len; i++)
    has_domain[azqf_outcome_get_domain (g_ptr_array_index (outcomes, i))] = TRUE;

  for (AzqfDomain domain = AZQF_DOMAIN_KNOWLEDGE; domain <= AZQF_DOMAIN_AUTONOMY_RESPONSIBILITY; domain++)
    {
      AzqfFinding *finding;

      if (has_domain[domain])
        continue;

      finding = add_gap (self, AZQF_SEVERITY_ERROR, "gap.domain-empty", NULL, NULL, NULL,
                         _("AzQF and EQF describe every level in three domains; a standard "
                           "without outcomes in one of them leaves that part of its level "
                           "unaddressed."),
                         g_strdup_printf (_("No outcome of %s is in the domain “%s”"),
                                          self->standard_code, azqf_domain_get_label (domain)));
      {
        g_autofree char *suggestion = g_strdup_printf (_("Add an outcome in “%s”"),
                                                       azqf_domain_get_label (domain));

        azqf_finding_set_suggestion (finding, suggestion);
      }
    }

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(AzqfUnit) unit = g_list_model_get_item (units, i);
      const char *code = azqf_unit_get_code (unit);
      AzqfFinding *finding;

      if (g_list_model_get_n_items (azqf_unit_get_outcomes (unit)) > 0)
        continue;

      finding = add_gap (self, AZQF_SEVERITY_WARNING, "gap.unit-empty", code, NULL, NULL,
                         _("A unit is defined by its learning outcomes; without them it cannot "
                           "be taught, assessed or compared with a level."),
                         g_strdup_printf (_("Unit %s has no outcome"), code));
      azqf_finding_set_suggestion (finding, _("Add the unit’s outcomes, or remove the unit"));
    }

  if (self->kind != AZQF_KIND_QUALIFICATION)
    return;

  for (guint i = 0; i < outcomes->len; i++)
    {
      AzqfOutcome *outcome = g_ptr_array_index (outcomes, i);
      AzqfUnit *unit = NULL;
      AzqfFinding *finding;

      if (g_list_model_get_n_items (azqf_outcome_get_criteria (outcome)) > 0)
        continue;

      azqf_standard_find_outcome (standard, azqf_outcome_get_code (outcome), &unit);
      finding = add_gap (self, AZQF_SEVERITY_ERROR, "gap.criteria-missing",
                         unit != NULL ? azqf_unit_get_code (unit) : NULL,
                         azqf_outcome_get_code (outcome), NULL,
                         _("A qualification is awarded on assessment: each outcome of a "
                           "qualification standard needs the criteria it is assessed by."),
                         g_strdup_printf (_("Outcome %s has no assessment criteria"),
                                          azqf_outcome_get_code (outcome)));
      azqf_finding_set_suggestion (finding, _("Add at least one assessment criterion"));
    }
}

static void
snapshot_outcomes (AzqfGapReport *self,
                   AzqfStandard  *standard,
                   GPtrArray     *outcomes)
{
  GListModel *units = azqf_standard_get_units (standard);
  g_autoptr(GHashTable) unit_of = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(AzqfUnit) unit = g_list_model_get_item (units, i);
      GListModel *unit_outcomes = azqf_unit_get_outcomes (unit);

      for (guint j = 0; j < g_list_model_get_n_items (unit_outcomes); j++)
        {
          g_autoptr(AzqfOutcome) outcome = g_list_model_get_item (unit_outcomes, j);

          g_hash_table_insert (unit_of, outcome, (gpointer) azqf_unit_get_code (unit));
        }
    }

  self->outcome_codes = g_new0 (char *, outcomes->len + 1);
  for (guint i = 0; i < outcomes->len; i++)
    {
      AzqfOutcome *outcome = g_ptr_array_index (outcomes, i);
      AzqfGapOutcome *copy = g_new0 (AzqfGapOutcome, 1);

      copy->code = g_strdup (azqf_outcome_get_code (outcome));
      copy->unit_code = g_strdup (g_hash_table_lookup (unit_of, outcome));
      copy->domain = azqf_outcome_get_domain (outcome);
      copy->text[AZQF_LANG_AZ] = g_strdup (azqf_outcome_get_text (outcome, AZQF_LANG_AZ));
      copy->text[AZQF_LANG_EN] = g_strdup (azqf_outcome_get_text (outcome, AZQF_LANG_EN));
      g_ptr_array_add (self->outcomes, copy);
      self->outcome_codes[i] = copy->code;
    }
}

/* For the array of best suggestions, which has a NULL for covered elements. */
static void
clear_suggestion (gpointer data)
{
  if (data != NULL)
    azqf_suggestion_unref (data);
}

/* Cells, scores, and a gap with its best suggestion for each element
 * without a confirmed link. */
static void
check_coverage (AzqfGapReport  *self,
                AzqfFrameworks *frameworks,
                GPtrArray      *outcomes)
{
  guint n_elements = self->elements->len;
  guint n_outcomes = outcomes->len;
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func ((GDestroyNotify) descriptor_terms_free);
  g_autofree OutcomeTerms *terms = NULL;
  GHashTable *cache = NULL;

  self->cells = g_new (int, MAX (n_elements * n_outcomes, 1));
  self->marks = g_new0 (guint8, MAX (n_elements * n_outcomes, 1));
  self->best = g_ptr_array_new_full (n_elements, (GDestroyNotify) clear_suggestion);
  for (guint i = 0; i < n_elements * n_outcomes; i++)
    self->cells[i] = -1;

  for (guint e = 0; e < n_elements; e++)
    {
      AzqfDescriptor *descriptor = g_ptr_array_index (self->elements, e);
      const char *id = azqf_descriptor_get_id (descriptor);
      g_autoptr(GString) pending = NULL;
      gboolean covered = FALSE, fully = FALSE;
      AzqfSuggestion *best = NULL;
      AzqfFinding *finding;

      for (guint o = 0; o < n_outcomes; o++)
        {
          AzqfLink *link = azqf_outcome_find_link (g_ptr_array_index (outcomes, o), id);

          if (link == NULL)
            continue;

          switch (azqf_link_get_state (link))
            {
            case AZQF_LINK_STATE_CONFIRMED:
              self->cells[e * n_outcomes + o] = azqf_link_get_link_type (link);
              covered = TRUE;
              fully |= azqf_link_get_link_type (link) == AZQF_LINK_COVERS;
              break;
            case AZQF_LINK_STATE_PENDING:
              self->marks[e * n_outcomes + o] = AZQF_GAP_MARK_PENDING;
              if (pending == NULL)
                pending = g_string_new (NULL);
              else
                g_string_append (pending, ", ");
              g_string_append (pending, self->outcome_codes[o]);
              break;
            case AZQF_LINK_STATE_REJECTED:
            default:
              break;
            }
        }

      if (covered)
        {
          for (guint f = 0; f < self->frameworks->len; f++)
            {
              AzqfGapFramework *framework = g_ptr_array_index (self->frameworks, f);

              if (e >= framework->first && e < framework->first + framework->n_elements)
                framework->n_covered++;
            }

          g_ptr_array_add (self->best, NULL);
          if (!fully)
            add_gap (self, AZQF_SEVERITY_INFO, "gap.element-partial", NULL, NULL, id,
                     _("A partial or related link is coverage, but a weaker one: the element "
                       "may need another outcome."),
                     g_strdup_printf (_("%s is only covered by partial or related links"), id));
          continue;
        }

      /* Lazily: a fully linked standard never stems its outcomes. A pending
       * link is the suggestion already: the author decides on it first. */
      if (pending == NULL && terms == NULL)
        {
          gboolean need[2] = { FALSE, FALSE };

          cache = get_term_cache (frameworks);
          for (guint i = 0; i < n_elements; i++)
            {
              AzqfDescriptor *element = g_ptr_array_index (self->elements, i);
              const DescriptorTerms *element_terms = lookup_terms (cache, element, owned);

              need[AZQF_LANG_AZ] |= element_terms->terms[AZQF_LANG_AZ] != NULL;
              need[AZQF_LANG_EN] |= element_terms->terms[AZQF_LANG_EN] != NULL;
            }

          terms = g_new0 (OutcomeTerms, MAX (n_outcomes, 1));
          for (guint o = 0; o < n_outcomes; o++)
            outcome_terms_init (&terms[o], g_ptr_array_index (outcomes, o), need);
        }

      if (pending == NULL)
        {
          const DescriptorTerms *element_terms = lookup_terms (cache, descriptor, owned);
          g_autoptr(GPtrArray) best_words = NULL;
          double best_score = 0.0;
          int best_outcome = -1;

          for (guint o = 0; o < n_outcomes; o++)
            {
              AzqfOutcome *outcome = g_ptr_array_index (outcomes, o);
              g_autoptr(GPtrArray) words = NULL;
              double score;

              /* A rejected suggestion is never offered again; a pending link
               * is already shown. */
              if (azqf_outcome_find_link (outcome, id) != NULL)
                continue;

              score = score_pair (&terms[o], azqf_outcome_get_domain (outcome), element_terms,
                                  azqf_descriptor_get_domain (descriptor), &words);
              if (score > best_score && words != NULL && words->len > 0)
                {
                  best_score = score;
                  best_outcome = o;
                  g_clear_pointer (&best_words, g_ptr_array_unref);
                  best_words = g_steal_pointer (&words);
                }
            }

          if (best_outcome >= 0 && best_score >= MIN_SCORE)
            {
              best = suggestion_new (descriptor, self->outcome_codes[best_outcome], best_score,
                                     best_words);
              self->marks[e * n_outcomes + best_outcome] = AZQF_GAP_MARK_SUGGESTED;
            }
        }

      g_ptr_array_add (self->best, best);

      finding = add_gap (self, AZQF_SEVERITY_WARNING, "gap.element-uncovered", NULL, NULL, id,
                         _("Every descriptor element of the standard’s level should be covered "
                           "by at least one outcome with a confirmed link."),
                         g_strdup_printf (_("%s is not covered: no outcome has a confirmed "
                                            "link to it"),
                                          id));
      if (pending != NULL)
        {
          g_autofree char *text = g_strdup_printf (_("%s (pending link: confirm or reject it)"),
                                                   pending->str);

          azqf_finding_set_suggestion (finding, text);
        }
      else if (best != NULL)
        {
          g_autofree char *text = format_suggestion (best);

          azqf_finding_set_suggestion (finding, text);
        }
      else
        {
          /* No shared words: the EQF's general wording rarely meets a concrete
           * outcome's. Name the outcomes of the element's domain for the
           * author to check, without pretending to a score. */
          g_autoptr(GString) same_domain = g_string_new (NULL);
          guint listed = 0;

          for (guint o = 0; o < n_outcomes && listed < 3; o++)
            {
              AzqfOutcome *outcome = g_ptr_array_index (outcomes, o);

              if (azqf_outcome_get_domain (outcome) != azqf_descriptor_get_domain (descriptor) ||
                  azqf_outcome_find_link (outcome, id) != NULL)
                continue;

              g_string_append_printf (same_domain, "%s%s", listed > 0 ? ", " : "",
                                      self->outcome_codes[o]);
              listed++;
            }

          if (listed > 0)
            {
              g_autofree char *text = g_strdup_printf (_("No outcome shares its words; check the outcomes of its domain: %s"),
                                                       same_domain->str);

              azqf_finding_set_suggestion (finding, text);
            }
          else
            azqf_finding_set_suggestion (finding, _("No outcome comes close: write one for it"));
        }
    }

  for (guint o = 0; terms != NULL && o < n_outcomes; o++)
    outcome_terms_clear (&terms[o]);
}

static int
compare_severity (gconstpointer a,
                  gconstpointer b)
{
  AzqfSeverity x = azqf_finding_get_severity (*(AzqfFinding * const *) a);
  AzqfSeverity y = azqf_finding_get_severity (*(AzqfFinding * const *) b);

  return (int) y - (int) x;
}

AzqfGapReport *
azqf_gap_analyze (AzqfFrameworks *frameworks,
                  AzqfStandard   *standard)
{
  g_autoptr(AzqfGapReport) self = NULL;
  g_autoptr(GPtrArray) outcomes = NULL;

  g_return_val_if_fail (AZQF_IS_FRAMEWORKS (frameworks), NULL);
  g_return_val_if_fail (AZQF_IS_STANDARD (standard), NULL);

  self = g_object_new (AZQF_TYPE_GAP_REPORT, NULL);
  self->standard_code = g_strdup (azqf_standard_get_code (standard));
  for (AzqfLang lang = AZQF_LANG_AZ; lang <= AZQF_LANG_EN; lang++)
    self->title[lang] = g_strdup (azqf_standard_get_text (standard, AZQF_STANDARD_TITLE, lang));
  self->kind = azqf_standard_get_kind (standard);
  self->status = azqf_standard_get_status (standard);
  self->version = azqf_standard_get_version (standard);
  self->level = azqf_standard_get_level (standard);
  self->ects_credits = azqf_standard_get_ects_credits (standard);
  self->duration = g_strdup (azqf_standard_get_duration (standard));

  outcomes = azqf_standard_collect_outcomes (standard);
  snapshot_outcomes (self, standard, outcomes);

  describe_frameworks (self, frameworks);

  self->elements = g_ptr_array_new_with_free_func ((GDestroyNotify) azqf_descriptor_unref);
  for (guint f = 0; f < self->frameworks->len; f++)
    {
      AzqfGapFramework *framework = g_ptr_array_index (self->frameworks, f);
      g_autoptr(GPtrArray) descriptors = NULL;

      framework->first = self->elements->len;
      if (!framework->analysed)
        continue;

      descriptors = azqf_frameworks_get_descriptors (frameworks, framework->id, self->level);
      for (guint i = 0; i < descriptors->len; i++)
        g_ptr_array_add (self->elements, azqf_descriptor_ref (g_ptr_array_index (descriptors, i)));
      framework->n_elements = descriptors->len;
      framework->analysed = framework->n_elements > 0;
    }

  check_structure (self, standard, outcomes);
  check_coverage (self, frameworks, outcomes);
  /* Errors first; otherwise the order they were found in (the structure,
   * then the elements in the frameworks' order), which reads better than
   * element ids sorted as strings. g_ptr_array_sort is stable. */
  g_ptr_array_sort (self->gaps, compare_severity);

  self->credits = azqf_gap_check_credits (standard);

  return g_steal_pointer (&self);
}
