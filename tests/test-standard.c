/* test-standard.c: the standard, its units, outcomes, criteria, links and relations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "model/azqf-criterion.h"
#include "model/azqf-enums.h"
#include "model/azqf-link.h"
#include "model/azqf-locale.h"
#include "model/azqf-outcome.h"
#include "model/azqf-relation.h"
#include "model/azqf-standard.h"
#include "model/azqf-unit.h"
#include "model/azqf-value.h"

#define TARGET_UUID "5b0c7e3a-6f51-4c8e-9d3e-2a7d4c1f9e80"

/* Counts every "notify" and every "changed" of one object, and the
 * notifications per property name. */
typedef struct
{
  GObject    *object;
  GHashTable *notified;  /* property name → count */
  guint       n_notify;
  guint       n_changed;
} Watch;

static void
watch_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 Watch      *watch)
{
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (watch->notified, pspec->name));

  g_hash_table_insert (watch->notified, (gpointer) pspec->name, GUINT_TO_POINTER (count + 1));
  watch->n_notify++;
}

static void
watch_changed_cb (GObject *object,
                  Watch   *watch)
{
  watch->n_changed++;
}

static Watch *
watch_new (gpointer object)
{
  Watch *watch = g_new0 (Watch, 1);

  watch->object = object;
  watch->notified = g_hash_table_new (g_str_hash, g_str_equal);
  g_signal_connect (object, "notify", G_CALLBACK (watch_notify_cb), watch);
  if (g_signal_lookup ("changed", G_OBJECT_TYPE (object)) != 0)
    g_signal_connect (object, "changed", G_CALLBACK (watch_changed_cb), watch);

  return watch;
}

static guint
watch_count (Watch      *watch,
             const char *property)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (watch->notified, property));
}

static void
watch_reset (Watch *watch)
{
  g_hash_table_remove_all (watch->notified);
  watch->n_notify = 0;
  watch->n_changed = 0;
}

static void
watch_free (Watch *watch)
{
  g_signal_handlers_disconnect_by_data (watch->object, watch);
  g_hash_table_unref (watch->notified);
  g_free (watch);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Watch, watch_free)

/* Exactly one notification, of property, and (for objects with the signal)
 * exactly one "changed"; then resets. */
static void
assert_notified_once (Watch      *watch,
                      const char *property)
{
  g_assert_cmpuint (watch_count (watch, property), ==, 1);
  g_assert_cmpuint (watch->n_notify, ==, 1);
  if (g_signal_lookup ("changed", G_OBJECT_TYPE (watch->object)) != 0)
    g_assert_cmpuint (watch->n_changed, ==, 1);
  watch_reset (watch);
}

static void
assert_quiet (Watch *watch)
{
  g_assert_cmpuint (watch->n_notify, ==, 0);
  g_assert_cmpuint (watch->n_changed, ==, 0);
}

/* Sets a string property to value (notifies once), again (silent), to ""
 * and "  " (cleared: notifies once, then silent). */
static void
check_string_property (GObject    *object,
                       Watch      *watch,
                       const char *property,
                       const char *value)
{
  g_autofree char *read = NULL;

  watch_reset (watch);

  g_object_set (object, property, value, NULL);
  assert_notified_once (watch, property);
  g_object_get (object, property, &read, NULL);
  g_assert_cmpstr (read, ==, value);
  g_clear_pointer (&read, g_free);

  g_object_set (object, property, value, NULL);
  assert_quiet (watch);

  g_object_set (object, property, "", NULL);
  assert_notified_once (watch, property);
  g_object_get (object, property, &read, NULL);
  g_assert_null (read);

  g_object_set (object, property, " \n ", NULL);
  g_object_set (object, property, NULL, NULL);
  assert_quiet (watch);
}

static AzqfStandard *
make_standard (void)
{
  g_autoptr (GError) error = NULL;
  AzqfStandard *standard = azqf_standard_new (AZQF_KIND_QUALIFICATION, "ACC-6", &error);

  g_assert_no_error (error);
  g_assert_nonnull (standard);

  return standard;
}

static AzqfUnit *
add_unit (AzqfStandard *standard,
          const char   *code)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (AzqfUnit) unit = azqf_unit_new (code, &error);

  g_assert_no_error (error);
  g_assert_true (azqf_standard_add_unit (standard, unit, &error));
  g_assert_no_error (error);

  return unit;  /* borrowed: the standard holds it */
}

static AzqfOutcome *
add_outcome (AzqfStandard *standard,
             AzqfUnit     *unit,
             const char   *code)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (AzqfOutcome) outcome = azqf_outcome_new (code, AZQF_DOMAIN_SKILLS, &error);

  g_assert_no_error (error);
  g_assert_true (azqf_standard_add_outcome (standard, unit, outcome, &error));
  g_assert_no_error (error);

  return outcome;  /* borrowed */
}

static void
test_new (void)
{
  g_autoptr (GError) error = NULL;
  AzqfStandard *standard;
  AzqfStandard *other;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  standard = make_standard ();
  g_assert_true (azqf_value_check_uuid (azqf_standard_get_uuid (standard), NULL));
  g_assert_cmpstr (azqf_standard_get_code (standard), ==, "ACC-6");
  g_assert_cmpint (azqf_standard_get_kind (standard), ==, AZQF_KIND_QUALIFICATION);
  g_assert_cmpint (azqf_standard_get_status (standard), ==, AZQF_STATUS_DRAFT);
  g_assert_cmpuint (azqf_standard_get_version (standard), ==, 1);
  g_assert_cmpint (azqf_standard_get_created (standard), >=, now);
  g_assert_cmpint (azqf_standard_get_created (standard), <=, now + 2);
  g_assert_cmpint (azqf_standard_get_modified (standard), ==,
                   azqf_standard_get_created (standard));
  g_assert_cmpuint (azqf_standard_get_level (standard), ==, 0);
  g_assert_cmpuint (azqf_standard_get_eqf_level (standard), ==, 0);
  g_assert_cmpint (azqf_standard_get_qfehea_cycle (standard), ==, AZQF_CYCLE_NONE);
  g_assert_cmpfloat (azqf_standard_get_ects_credits (standard), <, 0);
  g_assert_null (azqf_standard_get_isco08 (standard));
  g_assert_null (azqf_standard_get_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ));
  g_assert_cmpstr (azqf_standard_get_display_title (standard, AZQF_LANG_EN), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (azqf_standard_get_units (standard)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (azqf_standard_get_outcomes (standard)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (azqf_standard_get_relations (standard)), ==, 0);
  g_assert_cmpuint (azqf_standard_count_outcomes (standard), ==, 0);

  /* Two standards never share a uuid. */
  other = make_standard ();
  g_assert_cmpstr (azqf_standard_get_uuid (standard), !=, azqf_standard_get_uuid (other));
  g_assert_finalize_object (other);

  other = azqf_standard_new_with_uuid (TARGET_UUID, AZQF_KIND_EDUCATIONAL, "BA-ACC", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (azqf_standard_get_uuid (other), ==, TARGET_UUID);
  g_assert_cmpint (azqf_standard_get_kind (other), ==, AZQF_KIND_EDUCATIONAL);
  g_assert_finalize_object (other);

  g_assert_null (azqf_standard_new (AZQF_KIND_OCCUPATIONAL, "", &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_EMPTY);
  g_clear_error (&error);

  g_assert_null (azqf_standard_new (AZQF_KIND_OCCUPATIONAL, "bad code", &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_null (azqf_standard_new_with_uuid ("5B0C7E3A-6F51-4C8E-9D3E-2A7D4C1F9E80",
                                              AZQF_KIND_OCCUPATIONAL, "X", &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_finalize_object (standard);
}

static void
test_notify (void)
{
  AzqfStandard *standard = make_standard ();
  g_autoptr (Watch) watch = watch_new (standard);
  g_autoptr (GError) error = NULL;
  const char *text_properties[] = {
    "title-az", "title-en", "summary-az", "summary-en", "sector-az", "sector-en",
    "awarding-body-az", "awarding-body-en", "approving-body-az", "approving-body-en",
  };

  g_assert_true (azqf_standard_set_code (standard, "ACC-7", &error));
  assert_notified_once (watch, "code");
  g_assert_true (azqf_standard_set_code (standard, "ACC-7", &error));
  assert_quiet (watch);
  g_assert_false (azqf_standard_set_code (standard, "", &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_EMPTY);
  g_clear_error (&error);
  assert_quiet (watch);
  g_assert_cmpstr (azqf_standard_get_code (standard), ==, "ACC-7");

  azqf_standard_set_kind (standard, AZQF_KIND_EDUCATIONAL);
  assert_notified_once (watch, "kind");
  azqf_standard_set_kind (standard, AZQF_KIND_EDUCATIONAL);
  assert_quiet (watch);

  azqf_standard_set_status (standard, AZQF_STATUS_IN_REVIEW);
  assert_notified_once (watch, "status");
  g_object_set (standard, "status", AZQF_STATUS_IN_REVIEW, NULL);
  assert_quiet (watch);

  g_assert_true (azqf_standard_set_version (standard, 2, &error));
  assert_notified_once (watch, "version");
  g_assert_true (azqf_standard_set_version (standard, 2, &error));
  assert_quiet (watch);
  g_assert_false (azqf_standard_set_version (standard, 0, &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  assert_quiet (watch);

  azqf_standard_set_created (standard, 1795428900);
  assert_notified_once (watch, "created");
  azqf_standard_set_created (standard, 1795428900);
  assert_quiet (watch);
  azqf_standard_set_modified (standard, 1795429800);
  assert_notified_once (watch, "modified");
  g_object_set (standard, "modified", (gint64) 1795429800, NULL);
  assert_quiet (watch);

  for (guint i = 0; i < G_N_ELEMENTS (text_properties); i++)
    check_string_property (G_OBJECT (standard), watch, text_properties[i], "Mühasib — Accountant");

  azqf_standard_set_text (standard, AZQF_STANDARD_SUMMARY, AZQF_LANG_EN, "Summary");
  assert_notified_once (watch, "summary-en");
  g_assert_cmpstr (azqf_standard_get_text (standard, AZQF_STANDARD_SUMMARY, AZQF_LANG_EN), ==,
                   "Summary");

  check_string_property (G_OBJECT (standard), watch, "isco08", "2411");
  check_string_property (G_OBJECT (standard), watch, "isced-f", "0411");
  check_string_property (G_OBJECT (standard), watch, "duration", "P4Y");
  check_string_property (G_OBJECT (standard), watch, "decision-number", "№ 311");
  check_string_property (G_OBJECT (standard), watch, "decision-date", "2024-02-29");
  check_string_property (G_OBJECT (standard), watch, "review-date", "2029-12-31");

  g_assert_true (azqf_standard_set_ects_credits (standard, 240, &error));
  assert_notified_once (watch, "ects-credits");
  g_assert_true (azqf_standard_set_ects_credits (standard, 240.0, &error));
  assert_quiet (watch);
  g_assert_true (azqf_standard_set_ects_credits (standard, -1, &error));
  assert_notified_once (watch, "ects-credits");
  g_assert_true (azqf_standard_set_ects_credits (standard, -5, &error));
  assert_quiet (watch);
  g_assert_cmpfloat (azqf_standard_get_ects_credits (standard), <, 0);

  g_clear_pointer (&watch, watch_free);
  g_assert_finalize_object (standard);
}

static void
test_invalid_values (void)
{
  AzqfStandard *standard = make_standard ();
  g_autoptr (Watch) watch = watch_new (standard);
  g_autoptr (GError) error = NULL;

  g_assert_true (azqf_standard_set_isco08 (standard, "2411", &error));
  g_assert_true (azqf_standard_set_ects_credits (standard, 7.5, &error));
  g_assert_true (azqf_standard_set_review_date (standard, "2024-02-29", &error));
  g_assert_true (azqf_standard_set_duration (standard, "P18M", &error));
  watch_reset (watch);

  /* A failing setter sets the error and keeps the old value. */
  g_assert_false (azqf_standard_set_isco08 (standard, "241", &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "241"));
  g_clear_error (&error);
  g_assert_false (azqf_standard_set_isco08 (standard, "2499", &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_UNKNOWN_CODE);
  g_clear_error (&error);
  g_assert_cmpstr (azqf_standard_get_isco08 (standard), ==, "2411");

  g_assert_false (azqf_standard_set_isced_f (standard, "1234", &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_UNKNOWN_CODE);
  g_clear_error (&error);
  g_assert_null (azqf_standard_get_isced_f (standard));

  g_assert_false (azqf_standard_set_ects_credits (standard, 7.555, &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (azqf_standard_set_ects_credits (standard, 10000, &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_cmpfloat (azqf_standard_get_ects_credits (standard), ==, 7.5);

  g_assert_false (azqf_standard_set_review_date (standard, "2025-02-30", &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_OUT_OF_RANGE);
  g_assert_nonnull (strstr (error->message, "2025-02-30"));
  g_clear_error (&error);
  g_assert_false (azqf_standard_set_decision_date (standard, "30.02.2025", &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (azqf_standard_get_review_date (standard), ==, "2024-02-29");

  g_assert_false (azqf_standard_set_duration (standard, "18 months", &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (azqf_standard_get_duration (standard), ==, "P18M");

  g_assert_false (azqf_standard_set_decision_number (standard, "№\001", &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (azqf_standard_set_level (standard, 9, &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);

  assert_quiet (watch);

  /* Through the property system a bad value is a programmer error. */
  g_test_expect_message ("azqf-model", G_LOG_LEVEL_WARNING, "*ISCO-08*2499*");
  g_object_set (standard, "isco08", "2499", NULL);
  g_test_assert_expected_messages ();
  g_assert_cmpstr (azqf_standard_get_isco08 (standard), ==, "2411");

  g_test_expect_message ("azqf-model", G_LOG_LEVEL_WARNING, "*review-date*");
  g_object_set (standard, "review-date", "2025-02-30", NULL);
  g_test_assert_expected_messages ();

  /* Text the register cannot carry never reaches a standard. */
  g_test_expect_message ("azqf-model", G_LOG_LEVEL_CRITICAL, "*storable_text*");
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ, "bad\001title");
  g_test_assert_expected_messages ();
  g_assert_null (azqf_standard_get_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ));

  assert_quiet (watch);

  g_clear_pointer (&watch, watch_free);
  g_assert_finalize_object (standard);
}

static void
test_derived_levels (void)
{
  AzqfStandard *standard = make_standard ();
  g_autoptr (Watch) watch = watch_new (standard);
  g_autoptr (GError) error = NULL;
  guint eqf_level;
  AzqfCycle cycle;

  /* 0 → 4: level and eqf-level, no cycle yet; one "changed". */
  g_assert_true (azqf_standard_set_level (standard, 4, &error));
  g_assert_cmpuint (watch_count (watch, "level"), ==, 1);
  g_assert_cmpuint (watch_count (watch, "eqf-level"), ==, 1);
  g_assert_cmpuint (watch_count (watch, "qfehea-cycle"), ==, 0);
  g_assert_cmpuint (watch->n_changed, ==, 1);
  g_assert_cmpuint (azqf_standard_get_eqf_level (standard), ==, 4);
  g_assert_cmpint (azqf_standard_get_qfehea_cycle (standard), ==, AZQF_CYCLE_NONE);
  watch_reset (watch);

  /* 4 → 6: the cycle too, still one "changed". */
  g_assert_true (azqf_standard_set_level (standard, 6, &error));
  g_assert_cmpuint (watch_count (watch, "level"), ==, 1);
  g_assert_cmpuint (watch_count (watch, "eqf-level"), ==, 1);
  g_assert_cmpuint (watch_count (watch, "qfehea-cycle"), ==, 1);
  g_assert_cmpuint (watch->n_notify, ==, 3);
  g_assert_cmpuint (watch->n_changed, ==, 1);
  g_object_get (standard, "eqf-level", &eqf_level, "qfehea-cycle", &cycle, NULL);
  g_assert_cmpuint (eqf_level, ==, 6);
  g_assert_cmpint (cycle, ==, AZQF_CYCLE_FIRST);
  watch_reset (watch);

  g_assert_true (azqf_standard_set_level (standard, 6, &error));
  assert_quiet (watch);

  g_object_set (standard, "level", 5, NULL);
  g_assert_cmpint (azqf_standard_get_qfehea_cycle (standard), ==, AZQF_CYCLE_SHORT);
  g_assert_cmpuint (watch->n_notify, ==, 3);
  watch_reset (watch);

  g_assert_true (azqf_standard_set_level (standard, 7, &error));
  g_assert_cmpint (azqf_standard_get_qfehea_cycle (standard), ==, AZQF_CYCLE_SECOND);
  g_assert_true (azqf_standard_set_level (standard, 8, &error));
  g_assert_cmpint (azqf_standard_get_qfehea_cycle (standard), ==, AZQF_CYCLE_THIRD);
  g_assert_cmpuint (azqf_standard_get_eqf_level (standard), ==, 8);
  watch_reset (watch);

  g_assert_false (azqf_standard_set_level (standard, 9, &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  assert_quiet (watch);
  g_assert_cmpuint (azqf_standard_get_level (standard), ==, 8);

  /* 0 clears all three. */
  g_assert_true (azqf_standard_set_level (standard, 0, &error));
  g_assert_cmpuint (watch->n_notify, ==, 3);
  g_assert_cmpuint (watch->n_changed, ==, 1);
  g_assert_cmpuint (azqf_standard_get_eqf_level (standard), ==, 0);
  g_assert_cmpint (azqf_standard_get_qfehea_cycle (standard), ==, AZQF_CYCLE_NONE);

  g_clear_pointer (&watch, watch_free);
  g_assert_finalize_object (standard);
}

static void
test_normalize_text (void)
{
  AzqfStandard *standard = make_standard ();
  g_autoptr (GError) error = NULL;
  AzqfUnit *unit = add_unit (standard, "U1");
  AzqfOutcome *outcome = add_outcome (standard, unit, "LO1");
  g_autoptr (AzqfCriterion) criterion = azqf_criterion_new ("", "  ");
  g_autofree char *long_title = g_strnfill (1500, 'x');

  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ, " \t\n");
  g_assert_null (azqf_standard_get_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ));
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN, "  Accountant ");
  /* Kept exactly, spaces included. */
  g_assert_cmpstr (azqf_standard_get_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN), ==,
                   "  Accountant ");
  /* The display title falls back to the other language. */
  g_assert_cmpstr (azqf_standard_get_display_title (standard, AZQF_LANG_AZ), ==, "  Accountant ");
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ, "Mühasib");
  g_assert_cmpstr (azqf_standard_get_display_title (standard, AZQF_LANG_AZ), ==, "Mühasib");

  g_assert_true (azqf_standard_set_isco08 (standard, "2411", &error));
  g_assert_true (azqf_standard_set_isco08 (standard, "   ", &error));
  g_assert_null (azqf_standard_get_isco08 (standard));
  g_assert_true (azqf_standard_set_decision_number (standard, "", &error));
  g_assert_null (azqf_standard_get_decision_number (standard));

  azqf_unit_set_title (unit, AZQF_LANG_AZ, "\n");
  g_assert_null (azqf_unit_get_title (unit, AZQF_LANG_AZ));
  azqf_outcome_set_text (outcome, AZQF_LANG_EN, " ");
  g_assert_null (azqf_outcome_get_text (outcome, AZQF_LANG_EN));
  g_assert_null (azqf_criterion_get_text_az (criterion));
  g_assert_null (azqf_criterion_get_text_en (criterion));

  /* Over-long text is kept for the rule layer to report, never cut. */
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN, long_title);
  g_assert_cmpstr (azqf_standard_get_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN), ==,
                   long_title);

  g_clear_object (&criterion);
  g_assert_finalize_object (standard);
}

static void
test_changed_nested (void)
{
  AzqfStandard *standard = make_standard ();
  g_autoptr (Watch) watch = watch_new (standard);
  g_autoptr (GError) error = NULL;
  g_autoptr (AzqfCriterion) criterion = azqf_criterion_new ("Hesabatı tərtib edir", NULL);
  g_autoptr (AzqfLink) link = NULL;
  g_autoptr (AzqfRelation) relation = NULL;
  g_autoptr (AzqfUnit) unit = NULL;
  AzqfOutcome *outcome;
  AzqfOutcome *top;

  unit = g_object_ref (add_unit (standard, "KF1"));
  g_assert_cmpuint (watch->n_changed, ==, 1);
  watch_reset (watch);

  outcome = add_outcome (standard, unit, "LO1");
  g_assert_cmpuint (watch->n_changed, ==, 1);
  watch_reset (watch);

  azqf_outcome_append_criterion (outcome, criterion);
  g_assert_cmpuint (watch->n_changed, ==, 1);
  watch_reset (watch);

  /* A criterion text inside an outcome inside a unit. */
  azqf_criterion_set_text (criterion, AZQF_LANG_EN, "Drafts the report");
  g_assert_cmpuint (watch->n_changed, ==, 1);
  g_assert_cmpuint (watch->n_notify, ==, 0);
  watch_reset (watch);
  azqf_criterion_set_text (criterion, AZQF_LANG_EN, "Drafts the report");
  assert_quiet (watch);

  azqf_outcome_set_text (outcome, AZQF_LANG_AZ, "Maliyyə hesabatlarını təhlil edir");
  g_assert_cmpuint (watch->n_changed, ==, 1);
  watch_reset (watch);
  azqf_outcome_set_domain (outcome, AZQF_DOMAIN_KNOWLEDGE);
  g_assert_cmpuint (watch->n_changed, ==, 1);
  watch_reset (watch);

  link = azqf_link_new ("eqf:L6.S.1", AZQF_LINK_COVERS, AZQF_LINK_SOURCE_SUGGESTED,
                        AZQF_LINK_STATE_PENDING, &error);
  g_assert_no_error (error);
  g_assert_true (azqf_outcome_add_link (outcome, link, &error));
  g_assert_cmpuint (watch->n_changed, ==, 1);
  watch_reset (watch);
  g_assert_true (azqf_link_set_state (link, AZQF_LINK_STATE_CONFIRMED, &error));
  g_assert_cmpuint (watch->n_changed, ==, 1);
  watch_reset (watch);
  azqf_link_set_comment (link, "Yoxlanıldı");
  g_assert_cmpuint (watch->n_changed, ==, 1);
  watch_reset (watch);

  g_assert_true (azqf_unit_set_level (unit, 6, &error));
  g_assert_cmpuint (watch->n_changed, ==, 1);
  watch_reset (watch);

  /* A standard-level outcome. */
  top = add_outcome (standard, NULL, "PLO1");
  g_assert_cmpuint (watch->n_changed, ==, 1);
  watch_reset (watch);
  azqf_outcome_set_text (top, AZQF_LANG_EN, "Analyses financial statements");
  g_assert_cmpuint (watch->n_changed, ==, 1);
  watch_reset (watch);

  relation = azqf_relation_new (AZQF_RELATION_BASED_ON, TARGET_UUID, "ACC-OS", &error);
  g_assert_no_error (error);
  g_assert_true (azqf_standard_add_relation (standard, relation, &error));
  g_assert_cmpuint (watch->n_changed, ==, 1);
  watch_reset (watch);
  g_assert_true (azqf_relation_set_target_code (relation, "ACC-OS-2", &error));
  g_assert_cmpuint (watch->n_changed, ==, 1);
  watch_reset (watch);

  /* Removed things no longer reach the standard. */
  azqf_outcome_remove_criterion (outcome, 0);
  g_assert_cmpuint (watch->n_changed, ==, 1);
  watch_reset (watch);
  azqf_criterion_set_text (criterion, AZQF_LANG_EN, "Edited after removal");
  assert_quiet (watch);

  azqf_standard_remove_relation (standard, relation);
  g_assert_cmpuint (watch->n_changed, ==, 1);
  watch_reset (watch);
  g_assert_true (azqf_relation_set_target_code (relation, "ACC-OS-3", &error));
  assert_quiet (watch);

  azqf_standard_remove_unit (standard, unit);
  g_assert_cmpuint (watch->n_changed, ==, 1);
  watch_reset (watch);
  azqf_unit_set_title (unit, AZQF_LANG_EN, "Detached");
  azqf_outcome_set_text (outcome, AZQF_LANG_EN, "Detached");
  g_assert_true (azqf_link_set_state (link, AZQF_LINK_STATE_REJECTED, &error));
  assert_quiet (watch);

  g_clear_pointer (&watch, watch_free);
  g_assert_finalize_object (standard);
  g_assert_finalize_object (g_steal_pointer (&unit));
  g_assert_finalize_object (g_steal_pointer (&link));
  g_assert_finalize_object (g_steal_pointer (&criterion));
  g_assert_finalize_object (g_steal_pointer (&relation));
}

static void
test_duplicate_outcome (void)
{
  AzqfStandard *standard = make_standard ();
  g_autoptr (GError) error = NULL;
  AzqfUnit *unit1 = add_unit (standard, "KF1");
  AzqfUnit *unit2 = add_unit (standard, "KF2");
  g_autoptr (AzqfOutcome) dup = NULL;
  AzqfOutcome *lo1;
  AzqfOutcome *lo2;
  AzqfUnit *found_unit = NULL;

  lo1 = add_outcome (standard, unit1, "LO1");
  lo2 = add_outcome (standard, unit2, "LO2");
  add_outcome (standard, NULL, "PLO1");

  /* The same code in another unit, in the same unit, at the standard level. */
  dup = azqf_outcome_new ("LO1", AZQF_DOMAIN_KNOWLEDGE, &error);
  g_assert_false (azqf_standard_add_outcome (standard, unit2, dup, &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "LO1"));
  g_clear_error (&error);
  g_assert_false (azqf_standard_add_outcome (standard, unit1, dup, &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_false (azqf_standard_add_outcome (standard, NULL, dup, &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_clear_object (&dup);

  dup = azqf_outcome_new ("PLO1", AZQF_DOMAIN_KNOWLEDGE, &error);
  g_assert_false (azqf_standard_add_outcome (standard, unit1, dup, &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_clear_object (&dup);

  g_assert_cmpuint (azqf_standard_count_outcomes (standard), ==, 3);

  /* Renaming onto a used code is refused too; onto a free one works. */
  g_assert_false (azqf_outcome_set_code (lo2, "LO1", &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_cmpstr (azqf_outcome_get_code (lo2), ==, "LO2");
  g_assert_true (azqf_outcome_set_code (lo2, "LO3", &error));
  g_assert_no_error (error);
  g_assert_true (azqf_outcome_set_code (lo2, "LO3", &error));

  g_assert_true (azqf_standard_find_outcome (standard, "LO3", &found_unit) == lo2);
  g_assert_true (found_unit == unit2);
  g_assert_nonnull (azqf_standard_find_outcome (standard, "PLO1", &found_unit));
  g_assert_null (found_unit);
  g_assert_null (azqf_standard_find_outcome (standard, "LO2", NULL));

  /* Once removed, its code is free again. */
  azqf_standard_remove_outcome (standard, lo1);
  g_assert_cmpuint (azqf_standard_count_outcomes (standard), ==, 2);
  g_assert_null (azqf_standard_find_outcome (standard, "LO1", NULL));
  add_outcome (standard, unit2, "LO1");
  g_assert_cmpuint (g_list_model_get_n_items (azqf_unit_get_outcomes (unit1)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (azqf_unit_get_outcomes (unit2)), ==, 2);

  g_assert_finalize_object (standard);
}

static void
test_duplicate_unit (void)
{
  AzqfStandard *standard = make_standard ();
  AzqfStandard *other = make_standard ();
  g_autoptr (GError) error = NULL;
  g_autoptr (AzqfUnit) dup = NULL;
  g_autoptr (AzqfUnit) moved = NULL;
  AzqfUnit *unit2;

  add_unit (standard, "KF1");
  unit2 = add_unit (standard, "KF2");
  add_outcome (standard, NULL, "LO1");

  dup = azqf_unit_new ("KF1", &error);
  g_assert_false (azqf_standard_add_unit (standard, dup, &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "KF1"));
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (azqf_standard_get_units (standard)), ==, 2);

  g_assert_false (azqf_unit_set_code (unit2, "KF1", &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_true (azqf_unit_set_code (unit2, "KF3", &error));
  g_assert_true (azqf_standard_find_unit (standard, "KF3") == unit2);
  g_assert_null (azqf_standard_find_unit (standard, "KF2"));

  /* A unit moved from another standard brings its outcome codes along. */
  moved = g_object_ref (add_unit (other, "KF9"));
  add_outcome (other, moved, "LO1");
  azqf_standard_remove_unit (other, moved);
  g_assert_false (azqf_standard_add_unit (standard, moved, &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "LO1"));
  g_clear_error (&error);
  g_assert_true (azqf_standard_add_unit (other, moved, &error));
  g_assert_no_error (error);

  g_assert_finalize_object (standard);
  g_assert_finalize_object (other);
  g_assert_finalize_object (g_steal_pointer (&dup));
  g_assert_finalize_object (g_steal_pointer (&moved));
}

static void
test_relations (void)
{
  AzqfStandard *standard = make_standard ();
  g_autoptr (GError) error = NULL;
  g_autoptr (AzqfRelation) relation = NULL;
  g_autoptr (AzqfRelation) same = NULL;
  g_autoptr (AzqfRelation) other_type = NULL;
  g_autoptr (AzqfRelation) self_relation = NULL;
  g_autoptr (Watch) watch = NULL;

  relation = azqf_relation_new (AZQF_RELATION_BASED_ON, TARGET_UUID, "ACC-OS", &error);
  g_assert_no_error (error);
  g_assert_cmpint (azqf_relation_get_relation_type (relation), ==, AZQF_RELATION_BASED_ON);
  g_assert_cmpstr (azqf_relation_get_target_uuid (relation), ==, TARGET_UUID);
  g_assert_cmpstr (azqf_relation_get_target_code (relation), ==, "ACC-OS");
  g_assert_true (azqf_standard_add_relation (standard, relation, &error));

  /* The target's code is required: a relation outside the workspace is shown by it. */
  g_assert_null (azqf_relation_new (AZQF_RELATION_BASED_ON, TARGET_UUID, NULL, &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_EMPTY);
  g_clear_error (&error);
  g_assert_null (azqf_relation_new (AZQF_RELATION_BASED_ON, TARGET_UUID, "   ", &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_EMPTY);
  g_clear_error (&error);

  same = azqf_relation_new (AZQF_RELATION_BASED_ON, TARGET_UUID, "ACC-OS-OTHER", &error);
  g_assert_no_error (error);
  g_assert_false (azqf_standard_add_relation (standard, same, &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_false (azqf_standard_add_relation (standard, relation, &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_DUPLICATE);
  g_clear_error (&error);

  other_type = azqf_relation_new (AZQF_RELATION_REPLACES, TARGET_UUID, "ACC-OS", &error);
  g_assert_true (azqf_standard_add_relation (standard, other_type, &error));
  g_assert_no_error (error);

  self_relation = azqf_relation_new (AZQF_RELATION_REPLACES, azqf_standard_get_uuid (standard),
                                     "ACC-6", &error);
  g_assert_no_error (error);
  g_assert_false (azqf_standard_add_relation (standard, self_relation, &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpuint (g_list_model_get_n_items (azqf_standard_get_relations (standard)), ==, 2);

  g_assert_null (azqf_relation_new (AZQF_RELATION_LEADS_TO, "not-a-uuid", NULL, &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (azqf_relation_new (AZQF_RELATION_LEADS_TO, TARGET_UUID, "bad code", &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID);
  g_clear_error (&error);

  watch = watch_new (relation);
  g_assert_true (azqf_relation_set_target_code (relation, "ACC-OS-2", &error));
  assert_notified_once (watch, "target-code");
  g_assert_true (azqf_relation_set_target_code (relation, "ACC-OS-2", &error));
  assert_quiet (watch);
  g_assert_false (azqf_relation_set_target_code (relation, "x y", &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID);
  g_clear_error (&error);
  assert_quiet (watch);
  g_assert_false (azqf_relation_set_target_code (relation, "", &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_EMPTY);
  g_clear_error (&error);
  assert_quiet (watch);
  g_assert_cmpstr (azqf_relation_get_target_code (relation), ==, "ACC-OS-2");
  g_clear_pointer (&watch, watch_free);

  g_assert_finalize_object (standard);
  g_assert_finalize_object (g_steal_pointer (&relation));
  g_assert_finalize_object (g_steal_pointer (&same));
  g_assert_finalize_object (g_steal_pointer (&other_type));
  g_assert_finalize_object (g_steal_pointer (&self_relation));
}

static void
test_link (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (AzqfLink) link = NULL;
  g_autoptr (AzqfLink) author = NULL;
  g_autoptr (Watch) watch = NULL;
  const char *good[] = { "azqf:L6.K.1", "eqf:L6.K.1", "qfehea:FC.2", "eqf:a_b-c.9" };
  const char *frameworks[] = { "azqf", "eqf", "qfehea", "eqf" };
  const char *bad[] = {
    "", "eqf:", "eqf", "L6.K.1", "EQF:L6.K.1", "nqf:L6.K.1", "eqf:L6 K 1", "eqf:L6:K",
    "eqf:L6/K", ":L6", "eqf :L6",
  };
  g_autofree char *long_id = g_strnfill (65, 'x');
  g_autofree char *too_long = g_strconcat ("eqf:", long_id, NULL);
  g_autofree char *max_long = g_strconcat ("eqf:", long_id + 1, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr (AzqfLink) l = azqf_link_new (good[i], AZQF_LINK_PARTIAL, AZQF_LINK_SOURCE_AUTHOR,
                                              AZQF_LINK_STATE_CONFIRMED, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (azqf_link_get_element (l), ==, good[i]);
      g_assert_cmpstr (azqf_link_get_framework (l), ==, frameworks[i]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_null (azqf_link_new (bad[i], AZQF_LINK_COVERS, AZQF_LINK_SOURCE_AUTHOR,
                                    AZQF_LINK_STATE_PENDING, &error));
      g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID);
      g_clear_error (&error);
    }

  g_assert_null (azqf_link_new (too_long, AZQF_LINK_COVERS, AZQF_LINK_SOURCE_AUTHOR,
                                AZQF_LINK_STATE_PENDING, &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID);
  g_clear_error (&error);
  link = azqf_link_new (max_long, AZQF_LINK_COVERS, AZQF_LINK_SOURCE_AUTHOR,
                        AZQF_LINK_STATE_PENDING, &error);
  g_assert_no_error (error);
  g_clear_object (&link);

  /* Only a suggestion can be rejected (R13). */
  g_assert_null (azqf_link_new ("eqf:L6.K.1", AZQF_LINK_COVERS, AZQF_LINK_SOURCE_AUTHOR,
                                AZQF_LINK_STATE_REJECTED, &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID);
  g_clear_error (&error);

  author = azqf_link_new ("eqf:L6.K.1", AZQF_LINK_COVERS, AZQF_LINK_SOURCE_AUTHOR,
                          AZQF_LINK_STATE_PENDING, &error);
  watch = watch_new (author);
  g_assert_false (azqf_link_set_state (author, AZQF_LINK_STATE_REJECTED, &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "eqf:L6.K.1"));
  g_clear_error (&error);
  assert_quiet (watch);
  g_assert_cmpint (azqf_link_get_state (author), ==, AZQF_LINK_STATE_PENDING);
  g_assert_true (azqf_link_set_state (author, AZQF_LINK_STATE_CONFIRMED, &error));
  assert_notified_once (watch, "state");
  g_clear_pointer (&watch, watch_free);

  link = azqf_link_new ("qfehea:FC.2", AZQF_LINK_RELATED, AZQF_LINK_SOURCE_SUGGESTED,
                        AZQF_LINK_STATE_REJECTED, &error);
  g_assert_no_error (error);
  g_assert_cmpint (azqf_link_get_state (link), ==, AZQF_LINK_STATE_REJECTED);
  g_assert_cmpint (azqf_link_get_source (link), ==, AZQF_LINK_SOURCE_SUGGESTED);
  g_assert_cmpint (azqf_link_get_link_type (link), ==, AZQF_LINK_RELATED);

  watch = watch_new (link);
  azqf_link_set_link_type (link, AZQF_LINK_COVERS);
  assert_notified_once (watch, "link-type");
  azqf_link_set_link_type (link, AZQF_LINK_COVERS);
  assert_quiet (watch);
  g_assert_true (azqf_link_set_state (link, AZQF_LINK_STATE_REJECTED, &error));
  assert_quiet (watch);
  check_string_property (G_OBJECT (link), watch, "comment", "Səviyyə uyğun deyil");
  g_assert_true (azqf_link_set_state (link, AZQF_LINK_STATE_CONFIRMED, &error));
  assert_notified_once (watch, "state");
  azqf_link_set_source (link, AZQF_LINK_SOURCE_AUTHOR);
  assert_notified_once (watch, "source");

  g_test_expect_message ("azqf-model", G_LOG_LEVEL_WARNING, "*rejected*");
  g_object_set (link, "state", AZQF_LINK_STATE_REJECTED, NULL);
  g_test_assert_expected_messages ();
  assert_quiet (watch);
  g_clear_pointer (&watch, watch_free);

  g_assert_finalize_object (g_steal_pointer (&link));
  g_assert_finalize_object (g_steal_pointer (&author));
}

static void
test_outcome (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (AzqfOutcome) outcome = NULL;
  g_autoptr (AzqfLink) link = NULL;
  g_autoptr (AzqfLink) again = NULL;
  g_autoptr (Watch) watch = NULL;
  g_autoptr (GListModel) criteria = NULL;
  AzqfDomain domain;

  g_assert_null (azqf_outcome_new ("", AZQF_DOMAIN_SKILLS, &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_EMPTY);
  g_clear_error (&error);

  outcome = azqf_outcome_new ("LO1", AZQF_DOMAIN_AUTONOMY_RESPONSIBILITY, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (azqf_outcome_get_code (outcome), ==, "LO1");
  g_assert_cmpint (azqf_outcome_get_domain (outcome), ==, AZQF_DOMAIN_AUTONOMY_RESPONSIBILITY);

  watch = watch_new (outcome);
  check_string_property (G_OBJECT (outcome), watch, "text-az", "Maliyyə hesabatlarını təhlil edir");
  check_string_property (G_OBJECT (outcome), watch, "text-en", "Analyses financial statements");

  azqf_outcome_set_domain (outcome, AZQF_DOMAIN_SKILLS);
  assert_notified_once (watch, "domain");
  g_object_set (outcome, "domain", AZQF_DOMAIN_SKILLS, NULL);
  assert_quiet (watch);
  g_object_get (outcome, "domain", &domain, "criteria", &criteria, NULL);
  g_assert_cmpint (domain, ==, AZQF_DOMAIN_SKILLS);
  g_assert_true (criteria == azqf_outcome_get_criteria (outcome));

  g_assert_true (azqf_outcome_set_code (outcome, "LO2", &error));
  assert_notified_once (watch, "code");
  g_assert_false (azqf_outcome_set_code (outcome, "LO 2", &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID);
  g_clear_error (&error);
  assert_quiet (watch);

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr (AzqfCriterion) criterion = azqf_criterion_new (NULL, NULL);
      g_autofree char *text = g_strdup_printf ("Criterion %u", i);

      azqf_criterion_set_text (criterion, AZQF_LANG_EN, text);
      azqf_outcome_append_criterion (outcome, criterion);
    }
  g_assert_cmpuint (watch->n_changed, ==, 3);
  g_assert_cmpuint (watch->n_notify, ==, 0);
  watch_reset (watch);
  azqf_outcome_remove_criterion (outcome, 1);
  g_assert_cmpuint (g_list_model_get_n_items (criteria), ==, 2);
  g_assert_cmpuint (watch->n_changed, ==, 1);
  watch_reset (watch);
  {
    g_autoptr (AzqfCriterion) last = g_list_model_get_item (criteria, 1);

    g_assert_cmpstr (azqf_criterion_get_text (last, AZQF_LANG_EN), ==, "Criterion 2");
  }

  link = azqf_link_new ("azqf:L6.B.2", AZQF_LINK_COVERS, AZQF_LINK_SOURCE_AUTHOR,
                        AZQF_LINK_STATE_CONFIRMED, &error);
  g_assert_true (azqf_outcome_add_link (outcome, link, &error));
  g_assert_no_error (error);
  again = azqf_link_new ("azqf:L6.B.2", AZQF_LINK_PARTIAL, AZQF_LINK_SOURCE_SUGGESTED,
                         AZQF_LINK_STATE_PENDING, &error);
  g_assert_false (azqf_outcome_add_link (outcome, again, &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "azqf:L6.B.2"));
  g_clear_error (&error);
  g_assert_true (azqf_outcome_find_link (outcome, "azqf:L6.B.2") == link);
  g_assert_null (azqf_outcome_find_link (outcome, "eqf:L6.K.1"));
  g_assert_cmpuint (g_list_model_get_n_items (azqf_outcome_get_links (outcome)), ==, 1);

  g_clear_pointer (&watch, watch_free);
  g_clear_object (&criteria);
  g_assert_finalize_object (g_steal_pointer (&outcome));
  g_assert_finalize_object (g_steal_pointer (&link));
  g_assert_finalize_object (g_steal_pointer (&again));
}

static void
test_unit (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (AzqfUnit) unit = NULL;
  g_autoptr (Watch) watch = NULL;
  double credits;

  g_assert_null (azqf_unit_new ("K F", &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID);
  g_clear_error (&error);

  unit = azqf_unit_new ("KF1", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (azqf_unit_get_level (unit), ==, 0);
  g_assert_cmpfloat (azqf_unit_get_ects_credits (unit), <, 0);

  watch = watch_new (unit);
  check_string_property (G_OBJECT (unit), watch, "title-az", "Mühasibat uçotunun aparılması");
  check_string_property (G_OBJECT (unit), watch, "title-en", "Bookkeeping");

  g_assert_true (azqf_unit_set_level (unit, 5, &error));
  assert_notified_once (watch, "level");
  g_assert_true (azqf_unit_set_level (unit, 5, &error));
  assert_quiet (watch);
  g_assert_false (azqf_unit_set_level (unit, 9, &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_true (azqf_unit_set_level (unit, 0, &error));
  assert_notified_once (watch, "level");

  g_assert_true (azqf_unit_set_ects_credits (unit, 7.5, &error));
  assert_notified_once (watch, "ects-credits");
  g_object_set (unit, "ects-credits", 7.5, NULL);
  assert_quiet (watch);
  g_object_get (unit, "ects-credits", &credits, NULL);
  g_assert_cmpfloat (credits, ==, 7.5);
  g_assert_false (azqf_unit_set_ects_credits (unit, 7.555, &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID);
  g_clear_error (&error);
  assert_quiet (watch);

  g_assert_true (azqf_unit_set_code (unit, "KF2", &error));
  assert_notified_once (watch, "code");
  g_assert_true (azqf_unit_set_code (unit, "KF2", &error));
  assert_quiet (watch);

  g_clear_pointer (&watch, watch_free);
  g_assert_finalize_object (g_steal_pointer (&unit));
}

static void
test_criterion (void)
{
  g_autoptr (AzqfCriterion) criterion = azqf_criterion_new ("Hesabat tərtib edilib", NULL);
  g_autoptr (Watch) watch = watch_new (criterion);

  g_assert_cmpstr (azqf_criterion_get_text_az (criterion), ==, "Hesabat tərtib edilib");
  g_assert_null (azqf_criterion_get_text_en (criterion));

  check_string_property (G_OBJECT (criterion), watch, "text-en", "The report is drafted");
  azqf_criterion_set_text (criterion, AZQF_LANG_AZ, "Hesabat tərtib edilib");
  assert_quiet (watch);
  azqf_criterion_set_text (criterion, AZQF_LANG_AZ, "Hesabat yoxlanılıb");
  assert_notified_once (watch, "text-az");

  g_clear_pointer (&watch, watch_free);
  g_assert_finalize_object (g_steal_pointer (&criterion));
}

static void
test_collect (void)
{
  AzqfStandard *standard = make_standard ();
  g_autoptr (GPtrArray) outcomes = NULL;
  AzqfUnit *unit1 = add_unit (standard, "KF1");
  AzqfUnit *unit2 = add_unit (standard, "KF2");
  const char *expected[] = { "PLO1", "PLO2", "LO1.1", "LO1.2", "LO2.1" };

  add_outcome (standard, unit2, "LO2.1");
  add_outcome (standard, unit1, "LO1.1");
  add_outcome (standard, NULL, "PLO1");
  add_outcome (standard, unit1, "LO1.2");
  add_outcome (standard, NULL, "PLO2");

  /* Standard-level first, then unit by unit. */
  outcomes = azqf_standard_collect_outcomes (standard);
  g_assert_cmpuint (outcomes->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < outcomes->len; i++)
    g_assert_cmpstr (azqf_outcome_get_code (g_ptr_array_index (outcomes, i)), ==, expected[i]);
  g_assert_cmpuint (azqf_standard_count_outcomes (standard), ==, 5);
  g_clear_pointer (&outcomes, g_ptr_array_unref);

  g_assert_true (azqf_standard_find_unit (standard, "KF1") == unit1);
  g_assert_null (azqf_standard_find_unit (standard, "KF3"));

  g_assert_finalize_object (standard);
}

/* The codes of a list of units or outcomes, joined with spaces. */
static char *
list_codes (GListModel *list)
{
  GString *codes = g_string_new (NULL);
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (list, i);
      g_autofree char *code = NULL;

      g_object_get (item, "code", &code, NULL);
      g_string_append_printf (codes, "%s%s", i > 0 ? " " : "", code);
    }

  return g_string_free (codes, FALSE);
}

typedef struct
{
  guint n_calls;
  guint position;
  guint removed;
  guint added;
} ItemsChanged;

static void
items_changed_cb (GListModel   *list,
                  guint         position,
                  guint         removed,
                  guint         added,
                  ItemsChanged *seen)
{
  seen->n_calls++;
  seen->position = position;
  seen->removed = removed;
  seen->added = added;
}

#define assert_codes(list, expected) \
  G_STMT_START { \
    g_autofree char *codes_ = list_codes (list); \
    g_assert_cmpstr (codes_, ==, expected); \
  } G_STMT_END

static void
test_move (void)
{
  AzqfStandard *standard = make_standard ();
  AzqfUnit *unit1 = add_unit (standard, "U1");
  AzqfUnit *unit2 = add_unit (standard, "U2");
  AzqfUnit *unit3 = add_unit (standard, "U3");
  AzqfOutcome *a = add_outcome (standard, unit1, "A");
  AzqfOutcome *b = add_outcome (standard, unit1, "B");
  AzqfOutcome *c = add_outcome (standard, unit1, "C");
  AzqfOutcome *p = add_outcome (standard, NULL, "P");
  GListModel *units = azqf_standard_get_units (standard);
  GListModel *outcomes1 = azqf_unit_get_outcomes (unit1);
  GListModel *outcomes2 = azqf_unit_get_outcomes (unit2);
  ItemsChanged seen = { 0 };
  Watch *watch = watch_new (standard);
  g_autoptr (AzqfOutcome) found = NULL;
  AzqfUnit *found_unit = NULL;

  /* Down by two: one items-changed over the three positions crossed. */
  g_signal_connect (units, "items-changed", G_CALLBACK (items_changed_cb), &seen);
  azqf_standard_move_unit (standard, unit1, 2);
  assert_codes (units, "U2 U3 U1");
  g_assert_cmpuint (seen.n_calls, ==, 1);
  g_assert_cmpuint (seen.position, ==, 0);
  g_assert_cmpuint (seen.removed, ==, 3);
  g_assert_cmpuint (seen.added, ==, 3);
  g_assert_cmpuint (watch->n_changed, ==, 1);

  /* Up, clamped, and a move to the same place changes nothing. */
  azqf_standard_move_unit (standard, unit3, 0);
  assert_codes (units, "U3 U2 U1");
  azqf_standard_move_unit (standard, unit2, G_MAXUINT);
  assert_codes (units, "U3 U1 U2");
  seen.n_calls = 0;
  azqf_standard_move_unit (standard, unit2, 2);
  g_assert_cmpuint (seen.n_calls, ==, 0);
  g_signal_handlers_disconnect_by_func (units, items_changed_cb, &seen);

  /* Inside one unit. */
  azqf_standard_move_outcome (standard, c, unit1, 0);
  assert_codes (outcomes1, "C A B");
  azqf_standard_move_outcome (standard, c, unit1, 1);
  assert_codes (outcomes1, "A C B");

  /* To another unit, then to the standard itself, and back. */
  azqf_standard_move_outcome (standard, b, unit2, 0);
  assert_codes (outcomes1, "A C");
  assert_codes (outcomes2, "B");
  azqf_standard_move_outcome (standard, a, NULL, 0);
  assert_codes (outcomes1, "C");
  assert_codes (azqf_standard_get_outcomes (standard), "A P");
  azqf_standard_move_outcome (standard, p, unit2, G_MAXUINT);
  assert_codes (outcomes2, "B P");
  assert_codes (azqf_standard_get_outcomes (standard), "A");

  /* The moved outcomes still belong to the standard: found in their new
   * unit, codes still unique, changes still relayed. */
  found = g_object_ref (azqf_standard_find_outcome (standard, "P", &found_unit));
  g_assert_true (found == p);
  g_assert_true (found_unit == unit2);
  g_assert_cmpuint (azqf_standard_count_outcomes (standard), ==, 4);
  watch->n_changed = 0;
  azqf_outcome_set_text (p, AZQF_LANG_EN, "Prepares reports.");
  azqf_outcome_set_text (a, AZQF_LANG_EN, "Analyses reports.");
  g_assert_cmpuint (watch->n_changed, ==, 2);

  watch_free (watch);
  g_clear_object (&found);
  g_assert_finalize_object (standard);
}

int
main (int   argc,
      char *argv[])
{
  azqf_locale_init_test ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/azqf/standard/new", test_new);
  g_test_add_func ("/azqf/standard/notify", test_notify);
  g_test_add_func ("/azqf/standard/invalid-values", test_invalid_values);
  g_test_add_func ("/azqf/standard/derived-levels", test_derived_levels);
  g_test_add_func ("/azqf/standard/normalize-text", test_normalize_text);
  g_test_add_func ("/azqf/standard/changed-nested", test_changed_nested);
  g_test_add_func ("/azqf/standard/duplicate-outcome", test_duplicate_outcome);
  g_test_add_func ("/azqf/standard/duplicate-unit", test_duplicate_unit);
  g_test_add_func ("/azqf/standard/relations", test_relations);
  g_test_add_func ("/azqf/standard/link", test_link);
  g_test_add_func ("/azqf/standard/outcome", test_outcome);
  g_test_add_func ("/azqf/standard/unit", test_unit);
  g_test_add_func ("/azqf/standard/criterion", test_criterion);
  g_test_add_func ("/azqf/standard/collect", test_collect);
  g_test_add_func ("/azqf/standard/move", test_move);

  return g_test_run ();
}
