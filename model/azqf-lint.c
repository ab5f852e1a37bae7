/* azqf-lint.c: the bilingual outcome linter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An Azerbaijani outcome is SOV: its action verb is the predicate at the end
 * ("… maliyyə hesabatlarını təhlil edir"), or an infinitive before
 * "bacarır" ("… təhlil etməyi bacarır"). An English one starts with the verb
 * ("Analyses …"), possibly after "The learner will be able to". The linter
 * looks for the verb there, in the lexicons of resources/lint/ (a working
 * list of the project, not an official one).
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "azqf-finding.h"
#include "azqf-lint.h"
#include "azqf-lint-private.h"
#include "azqf-outcome.h"
#include "azqf-standard.h"
#include "azqf-unit.h"

/* The thresholds of issue 4. */
#define MIN_WORDS              4
#define MAX_WORDS              40
#define MAX_WORD_RATIO         2.2
#define MIN_CLAUSE_DIFFERENCE  2
/* A verb is "clearly" off when the level lies this far outside its band. */
#define LEVEL_MARGIN           2
#define N_SUGGESTED_VERBS      3

G_DEFINE_FINAL_TYPE (AzqfLinter, azqf_linter, G_TYPE_OBJECT)

G_DEFINE_QUARK (azqf-lint-error-quark, azqf_lint_error)

static const struct
{
  const char *id;
  const char *name;
  const char *explanation;
} rules[] = {
  { "lint.vague-verb", N_("Vague verb"),
    N_("Verbs like “knows” or “understands” (“bilir”, “başa düşür”) name a state of mind that nobody can observe, so the outcome cannot be assessed. An outcome says what the learner does: explains, calculates, designs.") },
  { "lint.no-action-verb", N_("No action verb"),
    N_("An outcome is one sentence built on an action verb: in Azerbaijani the predicate stands at the end (“… təhlil edir”), in English the verb comes first (“Analyses …”). Without one the sentence names a topic, not an outcome.") },
  { "lint.double-barrelled", N_("Two actions in one outcome"),
    N_("An outcome that joins two actions with “və” / “and” cannot be assessed as one: a learner may manage one and not the other. Write one outcome per action.") },
  { "lint.length", N_("Length"),
    N_("An outcome of fewer than 4 words says too little about what the learner does, with what and in which context; one of more than 40 words usually holds several outcomes or assessment criteria.") },
  { "lint.missing-translation", N_("Missing translation"),
    N_("Every outcome is written in Azerbaijani and in English, and the register needs both. A missing text is an error once the standard is approved or registered.") },
  { "lint.translation-mismatch", N_("Translations differ"),
    N_("The Azerbaijani and English texts of an outcome should say the same. Very different lengths or numbers of parts suggest that one says more than the other.") },
  { "lint.verb-level", N_("Verb does not suit the level"),
    N_("Action verbs suit a range of levels: listing and describing the lower ones, analysing, evaluating and designing the higher ones. A verb whose range lies well away from the outcome’s level asks too little or too much of the learner. The ranges come from a working list of the AzQF Studio project, not an official one.") },
  { "lint.duplicate", N_("Duplicate outcome"),
    N_("Two outcomes that say (nearly) the same are assessed twice and blur the structure of the standard: merge them, or make them say different things.") },
};

static const char * const rule_ids[] = {
  "lint.vague-verb",
  "lint.no-action-verb",
  "lint.double-barrelled",
  "lint.length",
  "lint.missing-translation",
  "lint.translation-mismatch",
  "lint.verb-level",
  "lint.duplicate",
  NULL
};

/* Findings */

typedef struct
{
  AzqfLinter   *self;
  AzqfStandard *standard;
  const char   *standard_code;
  const char   *unit_code;
  const char   *outcome_code;
  guint         level;        /* of the unit, else of the standard; 0 = none */
  GPtrArray    *findings;
} Check;

static const char *
rule_explanation (const char *rule_id)
{
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (strcmp (rules[i].id, rule_id) == 0)
      return _(rules[i].explanation);

  return NULL;
}

static void
add_finding (Check        *check,
             AzqfSeverity  severity,
             const char   *rule_id,
             int           lang,
             const char   *message,
             const char   *suggestion)
{
  AzqfFinding *finding = azqf_finding_new (severity, rule_id, message,
                                           check->standard_code, check->unit_code,
                                           check->outcome_code, NULL);

  azqf_finding_set_lang (finding, lang);
  azqf_finding_set_explanation (finding, rule_explanation (rule_id));
  if (suggestion != NULL)
    azqf_finding_set_suggestion (finding, suggestion);
  g_ptr_array_add (check->findings, finding);
}

/* “a”, “b”, “c” */
static char *
quote_list (const char * const *items,
            guint               n)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n && items[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (s, ", ");
      g_string_append_printf (s, "“%s”", items[i]);
    }

  return g_string_free (s, FALSE);
}

typedef struct
{
  const Verb *verb;
  guint       distance;  /* of the band's middle from the level, doubled */
  guint       order;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a;
  const Candidate *y = b;

  if (x->distance != y->distance)
    return x->distance < y->distance ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

/* Action verbs of lang that suit level (all levels when 0), the closest
 * fit first: a new quoted list. */
static char *
suggest_verbs (AzqfLinter *self,
               AzqfLang    lang,
               guint       level)
{
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  const char *texts[N_SUGGESTED_VERBS + 1] = { NULL };
  guint target = level != 0 ? level : 4;

  for (guint i = 0; i < self->verbs->len; i++)
    {
      const Verb *verb = g_ptr_array_index (self->verbs, i);
      Candidate candidate = { verb, 0, i };
      int middle2 = verb->min_level + verb->max_level;

      if (verb->kind != VERB_ACTION || verb->text[lang] == NULL ||
          target < verb->min_level || target > verb->max_level)
        continue;

      candidate.distance = ABS (middle2 - 2 * (int) target);
      g_array_append_val (candidates, candidate);
    }

  g_array_sort (candidates, compare_candidates);
  for (guint i = 0; i < candidates->len && i < N_SUGGESTED_VERBS; i++)
    texts[i] = g_array_index (candidates, Candidate, i).verb->text[lang];

  return quote_list (texts, N_SUGGESTED_VERBS);
}

static guint
count_clauses (const Words *words,
               AzqfLang     lang)
{
  const char *conjunction = lang == AZQF_LANG_AZ ? "ve" : "and";
  guint n = words->separators + 1;

  for (guint i = 0; i < n_main (words); i++)
    if (strcmp (main_word (words, i)->folded, conjunction) == 0)
      n++;

  return n;
}

static void
check_vague_or_missing_verb (Check       *check,
                             const Words *words,
                             AzqfLang     lang,
                             VerbSpot    *spot)
{
  AzqfLinter *self = check->self;
  g_autofree char *verb_text = NULL;
  g_autofree char *message = NULL;
  g_autofree char *suggestion = NULL;
  g_autofree char *verbs = NULL;

  if (spot->found && spot->verb != NULL && spot->verb->kind == VERB_VAGUE)
    {
      verb_text = _azqf_lint_main_text (words, spot->first, spot->last);
      verbs = quote_list ((const char * const *) spot->verb->instead, N_SUGGESTED_VERBS);
      message = g_strdup_printf (_("“%s” is a vague verb: what the learner does cannot be observed or assessed"),
                                 verb_text);
      suggestion = g_strdup_printf (_("Use an action verb instead, e.g. %s"), verbs);
      add_finding (check, AZQF_SEVERITY_WARNING, "lint.vague-verb", lang, message, suggestion);
      return;
    }

  if (spot->found || n_main (words) == 0)
    return;

  verbs = suggest_verbs (self, lang, check->level);
  if (lang == AZQF_LANG_AZ)
    {
      guint end = _azqf_lint_az_sentence_end (words);
      const Word *last = main_word (words, (end > 0 ? end : n_main (words)) - 1);

      verb_text = g_strndup (last->start, last->len);
      message = g_strdup_printf (_("The Azerbaijani text does not end in an action verb (it ends in “%s”)"),
                                 verb_text);
      suggestion = g_strdup_printf (_("End the sentence with what the learner does, e.g. %s"), verbs);
    }
  else
    {
      const Word *first = main_word (words, 0);

      verb_text = g_strndup (first->start, first->len);
      message = g_strdup_printf (_("The English text does not start with an action verb (it starts with “%s”)"),
                                 verb_text);
      suggestion = g_strdup_printf (_("Start with what the learner does, e.g. %s"), verbs);
    }

  add_finding (check, AZQF_SEVERITY_WARNING, "lint.no-action-verb", lang, message, suggestion);
}

static void
check_double_barrelled (Check       *check,
                        const Words *words,
                        AzqfLang     lang,
                        VerbSpot    *spot)
{
  g_autofree char *message = NULL;
  g_autofree char *and_text = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *second_text = NULL;
  guint conjunction = 0;
  guint first = 0;
  guint last = 0;

  if (!spot->found)
    return;

  if (lang == AZQF_LANG_AZ)
    {
      if (!_azqf_lint_find_az_second_action (check->self, words, spot->framed, &conjunction, &first, &last))
        return;
      first_text = _azqf_lint_main_text (words, first, last);
      second_text = _azqf_lint_main_text (words, spot->first, spot->last);
    }
  else
    {
      if (!_azqf_lint_find_en_second_action (check->self, words, spot->framed, spot->last, &conjunction, &first))
        return;
      first_text = _azqf_lint_main_text (words, spot->first, spot->last);
      second_text = _azqf_lint_main_text (words, first, first);
    }

  and_text = _azqf_lint_main_text (words, conjunction, conjunction);
  message = g_strdup_printf (_("Two actions joined by “%s”: “%s” and “%s”"),
                             and_text, first_text, second_text);
  add_finding (check, AZQF_SEVERITY_WARNING, "lint.double-barrelled", lang, message,
               _("Split it into two outcomes, one for each action"));
}

static void
check_length (Check       *check,
              const Words *words,
              AzqfLang     lang)
{
  guint n = words->words->len;
  g_autofree char *message = NULL;

  if (n >= MIN_WORDS && n <= MAX_WORDS)
    return;

  if (n < MIN_WORDS)
    {
      if (lang == AZQF_LANG_AZ)
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "The Azerbaijani text has only %u word: too few to say what the learner does and in which context",
                                                "The Azerbaijani text has only %u words: too few to say what the learner does and in which context",
                                                n), n);
      else
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "The English text has only %u word: too few to say what the learner does and in which context",
                                                "The English text has only %u words: too few to say what the learner does and in which context",
                                                n), n);
      add_finding (check, AZQF_SEVERITY_WARNING, "lint.length", lang, message,
                   _("Say what the learner does, with what and in which context"));
      return;
    }

  if (lang == AZQF_LANG_AZ)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "The Azerbaijani text has %u word: too many for one outcome",
                                            "The Azerbaijani text has %u words: too many for one outcome",
                                            n), n);
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "The English text has %u word: too many for one outcome",
                                            "The English text has %u words: too many for one outcome",
                                            n), n);
  add_finding (check, AZQF_SEVERITY_WARNING, "lint.length", lang, message,
               _("Split it into several outcomes, or move details into the assessment criteria"));
}

static void
check_verb_level (Check       *check,
                  const Words *words,
                  AzqfLang     lang,
                  VerbSpot    *spot)
{
  const Verb *verb = spot->verb;
  g_autofree char *verb_text = NULL;
  g_autofree char *message = NULL;
  g_autofree char *suggestion = NULL;
  g_autofree char *verbs = NULL;
  gboolean too_low;

  if (!spot->found || verb == NULL || verb->kind != VERB_ACTION || check->level == 0)
    return;

  if (check->level >= verb->max_level + LEVEL_MARGIN)
    too_low = TRUE;
  else if (check->level + LEVEL_MARGIN <= verb->min_level)
    too_low = FALSE;
  else
    return;

  verb_text = _azqf_lint_main_text (words, spot->first, spot->last);
  if (too_low)
    message = g_strdup_printf (_("“%s” suits AzQF levels %u–%u, well below level %u of the outcome"),
                               verb_text, verb->min_level, verb->max_level, check->level);
  else
    message = g_strdup_printf (_("“%s” suits AzQF levels %u–%u, well above level %u of the outcome"),
                               verb_text, verb->min_level, verb->max_level, check->level);

  verbs = suggest_verbs (check->self, lang, check->level);
  suggestion = g_strdup_printf (_("Use a verb that suits level %u, e.g. %s"), check->level, verbs);
  add_finding (check, AZQF_SEVERITY_WARNING, "lint.verb-level", lang, message, suggestion);
}

static void
check_translation (Check       *check,
                   const Words  words[2])
{
  guint n_az = words[AZQF_LANG_AZ].words->len;
  guint n_en = words[AZQF_LANG_EN].words->len;
  guint clauses_az;
  guint clauses_en;
  g_autofree char *message = NULL;

  if (n_az == 0 || n_en == 0)
    return;

  if ((double) MAX (n_az, n_en) > MAX_WORD_RATIO * MIN (n_az, n_en))
    {
      message = g_strdup_printf (_("The Azerbaijani text has %u words and the English one %u: one may say more than the other"),
                                 n_az, n_en);
      add_finding (check, AZQF_SEVERITY_WARNING, "lint.translation-mismatch", -1, message,
                   _("Check that both texts say the same"));
      return;
    }

  clauses_az = count_clauses (&words[AZQF_LANG_AZ], AZQF_LANG_AZ);
  clauses_en = count_clauses (&words[AZQF_LANG_EN], AZQF_LANG_EN);
  if (MAX (clauses_az, clauses_en) - MIN (clauses_az, clauses_en) >= MIN_CLAUSE_DIFFERENCE)
    {
      message = g_strdup_printf (_("The Azerbaijani text has %u parts and the English one %u (counting commas, semicolons and “və” / “and”)"),
                                 clauses_az, clauses_en);
      add_finding (check, AZQF_SEVERITY_INFO, "lint.translation-mismatch", -1, message,
                   _("Check that both texts say the same"));
    }
}

static void
check_missing (Check    *check,
               AzqfLang  lang)
{
  AzqfStatus status = azqf_standard_get_status (check->standard);
  AzqfSeverity severity = status == AZQF_STATUS_APPROVED || status == AZQF_STATUS_REGISTERED
                            ? AZQF_SEVERITY_ERROR : AZQF_SEVERITY_WARNING;

  if (lang == AZQF_LANG_AZ)
    add_finding (check, severity, "lint.missing-translation", lang,
                 _("The Azerbaijani text is missing"), _("Add the Azerbaijani text"));
  else
    add_finding (check, severity, "lint.missing-translation", lang,
                 _("The English text is missing"), _("Add the English translation"));
}

static void
check_outcome (AzqfLinter   *self,
               AzqfStandard *standard,
               AzqfUnit     *unit,
               AzqfOutcome  *outcome,
               GPtrArray    *findings)
{
  Check check = {
    self, standard, azqf_standard_get_code (standard),
    unit != NULL ? azqf_unit_get_code (unit) : NULL,
    azqf_outcome_get_code (outcome),
    unit != NULL && azqf_unit_get_level (unit) > 0 ? azqf_unit_get_level (unit)
                                                   : azqf_standard_get_level (standard),
    findings,
  };
  Words words[2];
  VerbSpot spots[2];

  for (AzqfLang lang = AZQF_LANG_AZ; lang <= AZQF_LANG_EN; lang++)
    {
      _azqf_lint_words_init (&words[lang], azqf_outcome_get_text (outcome, lang));
      _azqf_lint_find_verb (self, &words[lang], lang, &spots[lang]);
    }

  for (AzqfLang lang = AZQF_LANG_AZ; lang <= AZQF_LANG_EN; lang++)
    {
      if (words[lang].words->len == 0)
        {
          check_missing (&check, lang);
          continue;
        }

      check_vague_or_missing_verb (&check, &words[lang], lang, &spots[lang]);
      check_double_barrelled (&check, &words[lang], lang, &spots[lang]);
      check_length (&check, &words[lang], lang);
      check_verb_level (&check, &words[lang], lang, &spots[lang]);
    }

  check_translation (&check, words);

  _azqf_lint_words_clear (&words[AZQF_LANG_AZ]);
  _azqf_lint_words_clear (&words[AZQF_LANG_EN]);
}

/* GObject */

static void
azqf_linter_finalize (GObject *object)
{
  AzqfLinter *self = AZQF_LINTER (object);

  g_clear_pointer (&self->az_tails, g_hash_table_unref);
  g_clear_pointer (&self->az_roots, g_hash_table_unref);
  g_clear_pointer (&self->en_heads, g_hash_table_unref);
  g_clear_pointer (&self->en_first_stems, g_hash_table_unref);
  g_clear_pointer (&self->az_predicates, g_hash_table_unref);
  g_clear_pointer (&self->az_light, g_hash_table_unref);
  g_clear_pointer (&self->en_subjects, g_ptr_array_unref);
  g_clear_pointer (&self->en_modals, g_ptr_array_unref);
  g_clear_pointer (&self->az_finite, g_ptr_array_unref);
  g_clear_pointer (&self->az_strong, g_ptr_array_unref);
  g_clear_pointer (&self->az_infinitive, g_ptr_array_unref);
  g_clear_pointer (&self->verbs, g_ptr_array_unref);

  G_OBJECT_CLASS (azqf_linter_parent_class)->finalize (object);
}

static void
azqf_linter_class_init (AzqfLinterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = azqf_linter_finalize;
}

static void
azqf_linter_init (AzqfLinter *self)
{
  self->verbs = g_ptr_array_new_with_free_func ((GDestroyNotify) _azqf_lint_verb_free);
  /* Keys are owned, values borrowed from verbs. */
  self->az_tails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->az_roots = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->en_heads = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->en_first_stems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->az_predicates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->az_light = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->en_subjects = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  self->en_modals = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  self->az_finite = g_ptr_array_new_with_free_func (g_free);
  self->az_strong = g_ptr_array_new_with_free_func (g_free);
  self->az_infinitive = g_ptr_array_new_with_free_func (g_free);
}

/* Public */

AzqfLinter *
azqf_linter_new (GError **error)
{
  g_autoptr(AzqfLinter) self = g_object_new (AZQF_TYPE_LINTER, NULL);

  if (!_azqf_lint_load_lexicons (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

GPtrArray *
azqf_linter_check_outcome (AzqfLinter   *self,
                           AzqfStandard *standard,
                           AzqfOutcome  *outcome)
{
  GPtrArray *findings;
  AzqfUnit *unit = NULL;

  g_return_val_if_fail (AZQF_IS_LINTER (self), NULL);
  g_return_val_if_fail (AZQF_IS_STANDARD (standard), NULL);
  g_return_val_if_fail (AZQF_IS_OUTCOME (outcome), NULL);

  findings = g_ptr_array_new_with_free_func ((GDestroyNotify) azqf_finding_unref);
  azqf_standard_find_outcome (standard, azqf_outcome_get_code (outcome), &unit);
  check_outcome (self, standard, unit, outcome, findings);

  return findings;
}

static void
check_outcomes (AzqfLinter   *self,
                AzqfStandard *standard,
                GPtrArray    *findings)
{
  g_autoptr(GPtrArray) outcomes = azqf_standard_collect_outcomes (standard);

  for (guint i = 0; i < outcomes->len; i++)
    {
      AzqfOutcome *outcome = g_ptr_array_index (outcomes, i);
      AzqfUnit *unit = NULL;

      azqf_standard_find_outcome (standard, azqf_outcome_get_code (outcome), &unit);
      check_outcome (self, standard, unit, outcome, findings);
    }
}

GPtrArray *
azqf_linter_check_standard (AzqfLinter   *self,
                            AzqfStandard *standard)
{
  g_autoptr(GPtrArray) one = NULL;
  GPtrArray *findings;

  g_return_val_if_fail (AZQF_IS_LINTER (self), NULL);
  g_return_val_if_fail (AZQF_IS_STANDARD (standard), NULL);

  findings = g_ptr_array_new_with_free_func ((GDestroyNotify) azqf_finding_unref);
  check_outcomes (self, standard, findings);

  one = g_ptr_array_new ();
  g_ptr_array_add (one, standard);
  _azqf_lint_check_duplicates (one, findings);

  return findings;
}

GPtrArray *
azqf_linter_check_standards (AzqfLinter *self,
                             GPtrArray  *standards)
{
  GPtrArray *findings;

  g_return_val_if_fail (AZQF_IS_LINTER (self), NULL);
  g_return_val_if_fail (standards != NULL, NULL);

  findings = g_ptr_array_new_with_free_func ((GDestroyNotify) azqf_finding_unref);
  for (guint i = 0; i < standards->len; i++)
    check_outcomes (self, g_ptr_array_index (standards, i), findings);

  /* One pass finds duplicates inside each standard and across them. */
  _azqf_lint_check_duplicates (standards, findings);

  return findings;
}

const char * const *
azqf_linter_get_rule_ids (void)
{
  return rule_ids;
}

const char *
azqf_linter_get_rule_explanation (const char *rule_id)
{
  g_return_val_if_fail (rule_id != NULL, NULL);

  return rule_explanation (rule_id);
}

const char *
azqf_linter_get_rule_name (const char *rule_id)
{
  g_return_val_if_fail (rule_id != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (strcmp (rules[i].id, rule_id) == 0)
      return _(rules[i].name);

  return NULL;
}

gboolean
azqf_linter_find_verb (AzqfLinter  *self,
                       const char  *text,
                       AzqfLang     lang,
                       char       **verb,
                       guint       *min_level,
                       guint       *max_level)
{
  Words words;
  VerbSpot spot;
  gboolean found;

  g_return_val_if_fail (AZQF_IS_LINTER (self), FALSE);
  g_return_val_if_fail (lang == AZQF_LANG_AZ || lang == AZQF_LANG_EN, FALSE);

  _azqf_lint_words_init (&words, text);
  _azqf_lint_find_verb (self, &words, lang, &spot);

  found = spot.found && spot.verb != NULL && spot.verb->kind == VERB_ACTION;
  if (found)
    {
      if (verb != NULL)
        *verb = _azqf_lint_main_text (&words, spot.first, spot.last);
      if (min_level != NULL)
        *min_level = spot.verb->min_level;
      if (max_level != NULL)
        *max_level = spot.verb->max_level;
    }

  _azqf_lint_words_clear (&words);
  return found;
}
