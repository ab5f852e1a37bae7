/* azqf-gap-report.c: the result of a gap analysis, and its JSON form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report is a snapshot: codes, texts and counts copied from the
 * standard when it was analysed (azqf-gap.c), so it can be read, printed or
 * handed to another thread while the standard changes.
 */

#include "config.h"

#include <string.h>

#include "azqf-finding.h"
#include "azqf-gap-private.h"
#include "azqf-link.h"

/* The report */

G_DEFINE_FINAL_TYPE (AzqfGapReport, azqf_gap_report, G_TYPE_OBJECT)

static void
gap_outcome_free (AzqfGapOutcome *outcome)
{
  g_free (outcome->code);
  g_free (outcome->unit_code);
  g_free (outcome->text[AZQF_LANG_AZ]);
  g_free (outcome->text[AZQF_LANG_EN]);
  g_free (outcome);
}

static void
gap_framework_free (AzqfGapFramework *framework)
{
  g_free (framework->id);
  g_free (framework->name[AZQF_LANG_AZ]);
  g_free (framework->name[AZQF_LANG_EN]);
  g_free (framework);
}

static void
azqf_gap_report_finalize (GObject *object)
{
  AzqfGapReport *self = AZQF_GAP_REPORT (object);

  g_clear_pointer (&self->standard_code, g_free);
  g_clear_pointer (&self->title[AZQF_LANG_AZ], g_free);
  g_clear_pointer (&self->title[AZQF_LANG_EN], g_free);
  g_clear_pointer (&self->duration, g_free);
  g_clear_pointer (&self->frameworks, g_ptr_array_unref);
  g_clear_pointer (&self->elements, g_ptr_array_unref);
  g_clear_pointer (&self->outcome_codes, g_free);
  g_clear_pointer (&self->outcomes, g_ptr_array_unref);
  g_clear_pointer (&self->cells, g_free);
  g_clear_pointer (&self->marks, g_free);
  g_clear_pointer (&self->best, g_ptr_array_unref);
  g_clear_pointer (&self->gaps, g_ptr_array_unref);
  g_clear_pointer (&self->credits, g_ptr_array_unref);
  g_clear_pointer (&self->lint, g_ptr_array_unref);
  g_clear_pointer (&self->notes, g_ptr_array_unref);

  G_OBJECT_CLASS (azqf_gap_report_parent_class)->finalize (object);
}

static void
azqf_gap_report_class_init (AzqfGapReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = azqf_gap_report_finalize;
}

static void
azqf_gap_report_init (AzqfGapReport *self)
{
  self->frameworks = g_ptr_array_new_with_free_func ((GDestroyNotify) gap_framework_free);
  self->outcomes = g_ptr_array_new_with_free_func ((GDestroyNotify) gap_outcome_free);
  self->gaps = g_ptr_array_new_with_free_func ((GDestroyNotify) azqf_finding_unref);
  self->notes = g_ptr_array_new_null_terminated (4, g_free, TRUE);
  self->ects_credits = -1;
}

const char *
azqf_gap_report_get_standard_code (AzqfGapReport *self)
{
  g_return_val_if_fail (AZQF_IS_GAP_REPORT (self), NULL);
  return self->standard_code;
}

GPtrArray *
azqf_gap_report_get_elements (AzqfGapReport *self)
{
  g_return_val_if_fail (AZQF_IS_GAP_REPORT (self), NULL);
  return self->elements;
}

const char * const *
azqf_gap_report_get_outcome_codes (AzqfGapReport *self)
{
  g_return_val_if_fail (AZQF_IS_GAP_REPORT (self), NULL);
  return (const char * const *) self->outcome_codes;
}

int
azqf_gap_report_get_cell (AzqfGapReport *self,
                          guint          element_index,
                          guint          outcome_index)
{
  g_return_val_if_fail (AZQF_IS_GAP_REPORT (self), -1);
  g_return_val_if_fail (element_index < self->elements->len, -1);
  g_return_val_if_fail (outcome_index < self->outcomes->len, -1);

  return self->cells[element_index * self->outcomes->len + outcome_index];
}

AzqfGapMark
_azqf_gap_report_get_mark (AzqfGapReport *self,
                           guint          element_index,
                           guint          outcome_index)
{
  g_assert (element_index < self->elements->len);
  g_assert (outcome_index < self->outcomes->len);

  return self->marks[element_index * self->outcomes->len + outcome_index];
}

gboolean
azqf_gap_report_is_suggested (AzqfGapReport *self,
                              guint          element_index,
                              guint          outcome_index)
{
  g_return_val_if_fail (AZQF_IS_GAP_REPORT (self), FALSE);
  g_return_val_if_fail (element_index < self->elements->len, FALSE);
  g_return_val_if_fail (outcome_index < self->outcomes->len, FALSE);

  return _azqf_gap_report_get_mark (self, element_index, outcome_index) != AZQF_GAP_MARK_NONE;
}

AzqfSuggestion *
azqf_gap_report_get_suggestion (AzqfGapReport *self,
                                guint          element_index)
{
  g_return_val_if_fail (AZQF_IS_GAP_REPORT (self), NULL);
  g_return_val_if_fail (element_index < self->elements->len, NULL);

  return g_ptr_array_index (self->best, element_index);
}

const AzqfGapOutcome *
_azqf_gap_report_get_outcome (AzqfGapReport *self,
                              guint          outcome_index)
{
  g_assert (outcome_index < self->outcomes->len);
  return g_ptr_array_index (self->outcomes, outcome_index);
}

const AzqfGapFramework *
_azqf_gap_report_get_framework (AzqfGapReport *self,
                                guint          index)
{
  g_assert (index < self->frameworks->len);
  return g_ptr_array_index (self->frameworks, index);
}

guint
_azqf_gap_report_get_n_frameworks (AzqfGapReport *self)
{
  return self->frameworks->len;
}

GPtrArray *
azqf_gap_report_get_gaps (AzqfGapReport *self)
{
  g_return_val_if_fail (AZQF_IS_GAP_REPORT (self), NULL);
  return self->gaps;
}

GPtrArray *
azqf_gap_report_get_credit_findings (AzqfGapReport *self)
{
  g_return_val_if_fail (AZQF_IS_GAP_REPORT (self), NULL);
  return self->credits;
}

guint
azqf_gap_report_get_level (AzqfGapReport *self)
{
  g_return_val_if_fail (AZQF_IS_GAP_REPORT (self), 0);
  return self->level;
}

double
azqf_gap_report_get_score (AzqfGapReport *self,
                           const char    *framework)
{
  g_return_val_if_fail (AZQF_IS_GAP_REPORT (self), -1.0);
  g_return_val_if_fail (framework != NULL, -1.0);

  for (guint f = 0; f < self->frameworks->len; f++)
    {
      AzqfGapFramework *entry = g_ptr_array_index (self->frameworks, f);

      if (strcmp (entry->id, framework) == 0)
        return entry->analysed ? (double) entry->n_covered / entry->n_elements : -1.0;
    }

  return -1.0;
}

const char * const *
azqf_gap_report_get_notes (AzqfGapReport *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (AZQF_IS_GAP_REPORT (self), NULL);
  return self->notes->pdata != NULL ? (const char * const *) self->notes->pdata : none;
}

static gboolean
has_error (GPtrArray *findings)
{
  for (guint i = 0; findings != NULL && i < findings->len; i++)
    if (azqf_finding_get_severity (g_ptr_array_index (findings, i)) == AZQF_SEVERITY_ERROR)
      return TRUE;

  return FALSE;
}

gboolean
azqf_gap_report_has_errors (AzqfGapReport *self)
{
  g_return_val_if_fail (AZQF_IS_GAP_REPORT (self), FALSE);
  return has_error (self->gaps) || has_error (self->credits);
}

void
azqf_gap_report_set_lint_findings (AzqfGapReport *self,
                                   GPtrArray     *findings)
{
  g_return_if_fail (AZQF_IS_GAP_REPORT (self));

  g_clear_pointer (&self->lint, g_ptr_array_unref);
  if (findings == NULL)
    return;

  /* A copy, sorted errors first: the caller's array stays as it was. */
  self->lint = g_ptr_array_new_full (findings->len, (GDestroyNotify) azqf_finding_unref);
  for (guint i = 0; i < findings->len; i++)
    g_ptr_array_add (self->lint, azqf_finding_ref (g_ptr_array_index (findings, i)));
  g_ptr_array_sort (self->lint, azqf_finding_compare);
}

GPtrArray *
azqf_gap_report_get_lint_findings (AzqfGapReport *self)
{
  g_return_val_if_fail (AZQF_IS_GAP_REPORT (self), NULL);
  return self->lint;
}

/* JSON */

static void
add_bilingual (JsonBuilder *builder,
               const char  *key,
               const char  *az,
               const char  *en)
{
  json_builder_set_member_name (builder, key);
  json_builder_begin_object (builder);
  if (az != NULL)
    {
      json_builder_set_member_name (builder, "az");
      json_builder_add_string_value (builder, az);
    }
  if (en != NULL)
    {
      json_builder_set_member_name (builder, "en");
      json_builder_add_string_value (builder, en);
    }
  json_builder_end_object (builder);
}

static const char *
provenance_to_string (AzqfProvenance provenance)
{
  return provenance == AZQF_PROVENANCE_OFFICIAL ? "official" : "working";
}

static void
add_findings (JsonBuilder *builder,
              const char  *key,
              GPtrArray   *findings)
{
  json_builder_set_member_name (builder, key);
  json_builder_begin_array (builder);
  for (guint i = 0; i < findings->len; i++)
    json_builder_add_value (builder, azqf_finding_to_json (g_ptr_array_index (findings, i)));
  json_builder_end_array (builder);
}

static void
add_element (AzqfGapReport *self,
             JsonBuilder   *builder,
             guint          e)
{
  AzqfDescriptor *descriptor = g_ptr_array_index (self->elements, e);
  AzqfSuggestion *best = g_ptr_array_index (self->best, e);
  guint n_outcomes = self->outcomes->len;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, azqf_descriptor_get_id (descriptor));
  json_builder_set_member_name (builder, "domain");
  json_builder_add_string_value (builder, azqf_domain_to_string (azqf_descriptor_get_domain (descriptor)));
  json_builder_set_member_name (builder, "heading");
  json_builder_add_string_value (builder, azqf_descriptor_get_heading (descriptor));
  add_bilingual (builder, "text",
                 azqf_descriptor_get_text (descriptor, AZQF_LANG_AZ),
                 azqf_descriptor_get_text (descriptor, AZQF_LANG_EN));
  add_bilingual (builder, "provenance",
                 azqf_descriptor_get_text (descriptor, AZQF_LANG_AZ) != NULL
                   ? provenance_to_string (azqf_descriptor_get_provenance (descriptor, AZQF_LANG_AZ))
                   : NULL,
                 azqf_descriptor_get_text (descriptor, AZQF_LANG_EN) != NULL
                   ? provenance_to_string (azqf_descriptor_get_provenance (descriptor, AZQF_LANG_EN))
                   : NULL);

  json_builder_set_member_name (builder, "covered_by");
  json_builder_begin_array (builder);
  for (guint o = 0; o < n_outcomes; o++)
    {
      int cell = self->cells[e * n_outcomes + o];

      if (cell < 0)
        continue;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "outcome");
      json_builder_add_string_value (builder, self->outcome_codes[o]);
      json_builder_set_member_name (builder, "type");
      json_builder_add_string_value (builder, azqf_link_type_to_string (cell));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "pending");
  json_builder_begin_array (builder);
  for (guint o = 0; o < n_outcomes; o++)
    if (self->marks[e * n_outcomes + o] == AZQF_GAP_MARK_PENDING)
      json_builder_add_string_value (builder, self->outcome_codes[o]);
  json_builder_end_array (builder);

  if (best != NULL)
    {
      json_builder_set_member_name (builder, "suggestion");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "outcome");
      json_builder_add_string_value (builder, azqf_suggestion_get_outcome_code (best));
      json_builder_set_member_name (builder, "score");
      json_builder_add_double_value (builder, azqf_suggestion_get_score (best));
      json_builder_set_member_name (builder, "matched_words");
      json_builder_begin_array (builder);
      for (const char * const *word = azqf_suggestion_get_matched_words (best); *word != NULL; word++)
        json_builder_add_string_value (builder, *word);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }

  json_builder_end_object (builder);
}

JsonNode *
azqf_gap_report_to_json (AzqfGapReport *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint n_outcomes;

  g_return_val_if_fail (AZQF_IS_GAP_REPORT (self), NULL);

  n_outcomes = self->outcomes->len;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "standard");
  json_builder_add_string_value (builder, self->standard_code);
  add_bilingual (builder, "title", self->title[AZQF_LANG_AZ], self->title[AZQF_LANG_EN]);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, azqf_kind_to_string (self->kind));
  json_builder_set_member_name (builder, "level");
  if (self->level > 0)
    json_builder_add_int_value (builder, self->level);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "has_errors");
  json_builder_add_boolean_value (builder, azqf_gap_report_has_errors (self));

  json_builder_set_member_name (builder, "frameworks");
  json_builder_begin_array (builder);
  for (guint f = 0; f < self->frameworks->len; f++)
    {
      AzqfGapFramework *framework = g_ptr_array_index (self->frameworks, f);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, framework->id);
      add_bilingual (builder, "name", framework->name[AZQF_LANG_AZ], framework->name[AZQF_LANG_EN]);
      json_builder_set_member_name (builder, "score");
      if (framework->analysed)
        json_builder_add_double_value (builder, (double) framework->n_covered / framework->n_elements);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "covered");
      json_builder_add_int_value (builder, framework->n_covered);
      json_builder_set_member_name (builder, "elements");
      json_builder_begin_array (builder);
      for (guint e = framework->first; e < framework->first + framework->n_elements; e++)
        add_element (self, builder, e);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  /* The matrix as rows of cells: the link type, "pending", "suggested" or null. */
  json_builder_set_member_name (builder, "matrix");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "elements");
  json_builder_begin_array (builder);
  for (guint e = 0; e < self->elements->len; e++)
    json_builder_add_string_value (builder, azqf_descriptor_get_id (g_ptr_array_index (self->elements, e)));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "outcomes");
  json_builder_begin_array (builder);
  for (guint o = 0; o < n_outcomes; o++)
    json_builder_add_string_value (builder, self->outcome_codes[o]);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "cells");
  json_builder_begin_array (builder);
  for (guint e = 0; e < self->elements->len; e++)
    {
      json_builder_begin_array (builder);
      for (guint o = 0; o < n_outcomes; o++)
        {
          int cell = self->cells[e * n_outcomes + o];
          AzqfGapMark mark = self->marks[e * n_outcomes + o];

          if (cell >= 0)
            json_builder_add_string_value (builder, azqf_link_type_to_string (cell));
          else if (mark == AZQF_GAP_MARK_PENDING)
            json_builder_add_string_value (builder, "pending");
          else if (mark == AZQF_GAP_MARK_SUGGESTED)
            json_builder_add_string_value (builder, "suggested");
          else
            json_builder_add_null_value (builder);
        }
      json_builder_end_array (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  add_findings (builder, "gaps", self->gaps);
  add_findings (builder, "credits", self->credits);
  if (self->lint != NULL)
    add_findings (builder, "lint", self->lint);

  json_builder_set_member_name (builder, "notes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->notes->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (self->notes, i));
  json_builder_end_array (builder);

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
