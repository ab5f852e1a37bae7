/* test-value.c: value checks, canonical forms and the enumerations' strings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "model/azqf-classification.h"
#include "model/azqf-enums.h"
#include "model/azqf-locale.h"
#include "model/azqf-types.h"
#include "model/azqf-value.h"

typedef gboolean (*StringCheck) (const char  *value,
                                 GError     **error);

/* Passes if check accepts value; otherwise fails with code, and the message
 * names the value. */
static void
assert_check (StringCheck  check,
              const char  *value,
              int          code)
{
  g_autoptr (GError) error = NULL;
  gboolean ok = check (value, &error);

  if (code < 0)
    {
      g_assert_no_error (error);
      g_assert_true (ok);
      return;
    }

  g_assert_false (ok);
  g_assert_error (error, AZQF_VALUE_ERROR, code);
  g_assert_nonnull (error->message);
  if (code != AZQF_VALUE_ERROR_EMPTY && value != NULL && g_utf8_validate (value, -1, NULL))
    g_assert_nonnull (strstr (error->message, value));
}

#define OK (-1)

static void
test_level (void)
{
  g_autoptr (GError) error = NULL;

  for (guint level = 1; level <= 8; level++)
    {
      g_assert_true (azqf_value_check_level (level, &error));
      g_assert_no_error (error);
    }

  g_assert_false (azqf_value_check_level (0, &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_OUT_OF_RANGE);
  g_assert_nonnull (strstr (error->message, "0"));
  g_clear_error (&error);

  g_assert_false (azqf_value_check_level (9, &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_OUT_OF_RANGE);
  g_assert_nonnull (strstr (error->message, "9"));
  g_clear_error (&error);

  g_assert_false (azqf_value_check_level (G_MAXUINT, NULL));
}

static void
test_version (void)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (azqf_value_check_version (1, NULL));
  g_assert_true (azqf_value_check_version (9999, NULL));

  g_assert_false (azqf_value_check_version (0, &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);

  g_assert_false (azqf_value_check_version (10000, &error));
  g_assert_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_OUT_OF_RANGE);
  g_assert_nonnull (strstr (error->message, "10000"));
}

static void
test_code (void)
{
  g_autofree char *code64 = g_strnfill (64, 'A');
  g_autofree char *code65 = g_strnfill (65, 'A');
  g_autofree char *code32 = g_strnfill (32, '7');
  g_autofree char *code33 = g_strnfill (33, '7');

  assert_check (azqf_value_check_standard_code, "ACC-6", OK);
  assert_check (azqf_value_check_standard_code, "QS/2025/acc_6.1", OK);
  assert_check (azqf_value_check_standard_code, "7", OK);
  assert_check (azqf_value_check_standard_code, code64, OK);
  assert_check (azqf_value_check_standard_code, code65, AZQF_VALUE_ERROR_TOO_LONG);
  assert_check (azqf_value_check_standard_code, NULL, AZQF_VALUE_ERROR_EMPTY);
  assert_check (azqf_value_check_standard_code, "", AZQF_VALUE_ERROR_EMPTY);
  assert_check (azqf_value_check_standard_code, " \t", AZQF_VALUE_ERROR_EMPTY);
  assert_check (azqf_value_check_standard_code, "-ACC", AZQF_VALUE_ERROR_INVALID);
  assert_check (azqf_value_check_standard_code, ".ACC", AZQF_VALUE_ERROR_INVALID);
  assert_check (azqf_value_check_standard_code, "ACC 6", AZQF_VALUE_ERROR_INVALID);
  assert_check (azqf_value_check_standard_code, " ACC", AZQF_VALUE_ERROR_INVALID);
  assert_check (azqf_value_check_standard_code, "MÜH-6", AZQF_VALUE_ERROR_INVALID);
  assert_check (azqf_value_check_standard_code, "Ə1", AZQF_VALUE_ERROR_INVALID);

  assert_check (azqf_value_check_item_code, "KF1.LO2", OK);
  assert_check (azqf_value_check_item_code, code32, OK);
  assert_check (azqf_value_check_item_code, code33, AZQF_VALUE_ERROR_TOO_LONG);
  assert_check (azqf_value_check_item_code, "", AZQF_VALUE_ERROR_EMPTY);
  assert_check (azqf_value_check_item_code, "LO 1", AZQF_VALUE_ERROR_INVALID);
}

static void
test_isco08 (void)
{
  assert_check (azqf_value_check_isco08, "2411", OK);
  assert_check (azqf_value_check_isco08, "2512", OK);
  assert_check (azqf_value_check_isco08, "5120", OK);

  assert_check (azqf_value_check_isco08, "241", AZQF_VALUE_ERROR_INVALID);
  assert_check (azqf_value_check_isco08, "24111", AZQF_VALUE_ERROR_INVALID);
  assert_check (azqf_value_check_isco08, "abcd", AZQF_VALUE_ERROR_INVALID);
  assert_check (azqf_value_check_isco08, "2O11", AZQF_VALUE_ERROR_INVALID);
  assert_check (azqf_value_check_isco08, " 2411", AZQF_VALUE_ERROR_INVALID);
  assert_check (azqf_value_check_isco08, "", AZQF_VALUE_ERROR_EMPTY);
  assert_check (azqf_value_check_isco08, NULL, AZQF_VALUE_ERROR_EMPTY);

  /* Well-formed but not an ISCO-08 unit group. */
  assert_check (azqf_value_check_isco08, "2499", AZQF_VALUE_ERROR_UNKNOWN_CODE);
  assert_check (azqf_value_check_isco08, "0000", AZQF_VALUE_ERROR_UNKNOWN_CODE);
}

static void
test_isced_f (void)
{
  assert_check (azqf_value_check_isced_f, "0411", OK);
  assert_check (azqf_value_check_isced_f, "0613", OK);
  assert_check (azqf_value_check_isced_f, "0714", OK);
  assert_check (azqf_value_check_isced_f, "1013", OK);

  assert_check (azqf_value_check_isced_f, "041", AZQF_VALUE_ERROR_INVALID);
  assert_check (azqf_value_check_isced_f, "04111", AZQF_VALUE_ERROR_INVALID);
  assert_check (azqf_value_check_isced_f, "04a1", AZQF_VALUE_ERROR_INVALID);
  assert_check (azqf_value_check_isced_f, "", AZQF_VALUE_ERROR_EMPTY);

  assert_check (azqf_value_check_isced_f, "1234", AZQF_VALUE_ERROR_UNKNOWN_CODE);
  assert_check (azqf_value_check_isced_f, "5555", AZQF_VALUE_ERROR_UNKNOWN_CODE);
}

static void
test_classification (void)
{
  const AzqfClassificationEntry *entry;
  g_autoptr (GPtrArray) leaves = NULL;

  entry = azqf_classification_lookup (AZQF_CLASSIFICATION_ISCO08, "2411");
  g_assert_nonnull (entry);
  g_assert_cmpstr (azqf_classification_entry_get_code (entry), ==, "2411");
  g_assert_cmpstr (azqf_classification_entry_get_title (entry, AZQF_LANG_EN), ==, "Accountants");
  g_assert_true (azqf_classification_entry_has_title (entry, AZQF_LANG_EN));

  entry = azqf_classification_lookup (AZQF_CLASSIFICATION_ISCO08, "5120");
  g_assert_nonnull (entry);
  g_assert_cmpstr (azqf_classification_entry_get_title (entry, AZQF_LANG_EN), ==, "Cooks");

  /* Groups above the unit groups are in the list, but not in the leaves. */
  g_assert_nonnull (azqf_classification_lookup (AZQF_CLASSIFICATION_ISCO08, "24"));
  g_assert_null (azqf_classification_lookup (AZQF_CLASSIFICATION_ISCO08, "2499"));
  g_assert_null (azqf_classification_lookup (AZQF_CLASSIFICATION_ISCO08, NULL));

  entry = azqf_classification_lookup (AZQF_CLASSIFICATION_ISCED_F, "0411");
  g_assert_nonnull (entry);
  g_assert_cmpstr (azqf_classification_entry_get_title (entry, AZQF_LANG_EN), ==,
                   "Accounting and taxation");
  /* Falls back to English when there is no Azerbaijani title. */
  g_assert_nonnull (azqf_classification_entry_get_title (entry, AZQF_LANG_AZ));

  leaves = azqf_classification_list_leaves (AZQF_CLASSIFICATION_ISCO08);
  g_assert_cmpuint (leaves->len, >, 400);
  for (guint i = 0; i < leaves->len; i++)
    {
      const char *code = azqf_classification_entry_get_code (g_ptr_array_index (leaves, i));

      g_assert_cmpuint (strlen (code), ==, 4);
      if (i > 0)
        g_assert_cmpstr (azqf_classification_entry_get_code (g_ptr_array_index (leaves, i - 1)),
                         <, code);
    }
  g_clear_pointer (&leaves, g_ptr_array_unref);

  leaves = azqf_classification_list_leaves (AZQF_CLASSIFICATION_ISCED_F);
  g_assert_cmpuint (leaves->len, >, 50);
}

static void
test_classification_entry_ref (void)
{
  g_autoptr (AzqfClassificationEntry) entry = NULL;
  g_auto (GValue) value = G_VALUE_INIT;

  entry = azqf_classification_entry_ref ((AzqfClassificationEntry *)
                                         azqf_classification_lookup (AZQF_CLASSIFICATION_ISCO08,
                                                                     "2512"));
  g_assert_nonnull (entry);

  g_value_init (&value, AZQF_TYPE_CLASSIFICATION_ENTRY);
  g_value_set_boxed (&value, entry);
  g_assert_true (g_value_get_boxed (&value) == entry);
}

static void
assert_credits (double credits,
                int    code)
{
  g_autoptr (GError) error = NULL;
  gboolean ok = azqf_value_check_credits (credits, &error);

  if (code < 0)
    {
      g_assert_no_error (error);
      g_assert_true (ok);
    }
  else
    {
      g_assert_false (ok);
      g_assert_error (error, AZQF_VALUE_ERROR, code);
    }
}

static void
test_credits (void)
{
  assert_credits (240, OK);
  assert_credits (7.5, OK);
  assert_credits (0.25, OK);
  assert_credits (0, OK);
  assert_credits (0.1 + 0.2, OK);
  assert_credits (9999.99, OK);

  assert_credits (-1, AZQF_VALUE_ERROR_OUT_OF_RANGE);
  assert_credits (-0.5, AZQF_VALUE_ERROR_OUT_OF_RANGE);
  assert_credits (10000, AZQF_VALUE_ERROR_OUT_OF_RANGE);
  assert_credits (7.555, AZQF_VALUE_ERROR_INVALID);
  assert_credits (0.001, AZQF_VALUE_ERROR_INVALID);
  assert_credits (NAN, AZQF_VALUE_ERROR_INVALID);
  assert_credits (INFINITY, AZQF_VALUE_ERROR_INVALID);
}

static void
assert_format_credits (double      credits,
                       const char *expected)
{
  g_autofree char *text = azqf_value_format_credits (credits);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_format_credits (void)
{
  assert_format_credits (240, "240");
  assert_format_credits (240.0, "240");
  assert_format_credits (7.5, "7.5");
  assert_format_credits (7.50, "7.5");
  assert_format_credits (0.25, "0.25");
  assert_format_credits (0, "0");
  assert_format_credits (0.1 + 0.2, "0.3");
  assert_format_credits (9999.99, "9999.99");
  assert_format_credits (30.05, "30.05");
  /* Rounded to two decimals first. */
  assert_format_credits (7.556, "7.56");
  assert_format_credits (2.999, "3");
  assert_format_credits (1e-9, "0");
}

static void
test_duration (void)
{
  const char *good[] = { "P4Y", "P18M", "P6W", "P10D", "PT600H", "P9999Y", "PT99999H", "P1D" };
  const char *bad[] = {
    "P0Y", "P4", "4Y", "P4H", "PT4Y", "PT4", "P10000Y", "PT100000H", "P4Y6M",
    "p4y", "P", "PT", "P04Y", "P4Y ", " P4Y", "P-4Y", "P4.5Y",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    assert_check (azqf_value_check_duration, good[i], OK);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    assert_check (azqf_value_check_duration, bad[i], AZQF_VALUE_ERROR_INVALID);

  assert_check (azqf_value_check_duration, "", AZQF_VALUE_ERROR_EMPTY);
  assert_check (azqf_value_check_duration, NULL, AZQF_VALUE_ERROR_EMPTY);
}

static void
test_date (void)
{
  assert_check (azqf_value_check_date, "2024-02-29", OK);
  assert_check (azqf_value_check_date, "2025-12-31", OK);
  assert_check (azqf_value_check_date, "2000-02-29", OK);

  assert_check (azqf_value_check_date, "2025-02-30", AZQF_VALUE_ERROR_OUT_OF_RANGE);
  assert_check (azqf_value_check_date, "2025-02-29", AZQF_VALUE_ERROR_OUT_OF_RANGE);
  assert_check (azqf_value_check_date, "1900-02-29", AZQF_VALUE_ERROR_OUT_OF_RANGE);
  assert_check (azqf_value_check_date, "2025-13-01", AZQF_VALUE_ERROR_OUT_OF_RANGE);
  assert_check (azqf_value_check_date, "2025-00-10", AZQF_VALUE_ERROR_OUT_OF_RANGE);
  assert_check (azqf_value_check_date, "2025-04-31", AZQF_VALUE_ERROR_OUT_OF_RANGE);
  assert_check (azqf_value_check_date, "0000-01-01", AZQF_VALUE_ERROR_OUT_OF_RANGE);

  assert_check (azqf_value_check_date, "2025-2-3", AZQF_VALUE_ERROR_INVALID);
  assert_check (azqf_value_check_date, "20250203", AZQF_VALUE_ERROR_INVALID);
  assert_check (azqf_value_check_date, "2025-02-03T00:00:00Z", AZQF_VALUE_ERROR_INVALID);
  assert_check (azqf_value_check_date, "2025/02/03", AZQF_VALUE_ERROR_INVALID);
  assert_check (azqf_value_check_date, "03.02.2025", AZQF_VALUE_ERROR_INVALID);
  assert_check (azqf_value_check_date, "", AZQF_VALUE_ERROR_EMPTY);
}

static void
assert_text (const char *text,
             gsize       max_chars,
             int         code)
{
  g_autoptr (GError) error = NULL;
  gboolean ok = azqf_value_check_text (text, max_chars, &error);

  if (code < 0)
    {
      g_assert_no_error (error);
      g_assert_true (ok);
    }
  else
    {
      g_assert_false (ok);
      g_assert_error (error, AZQF_VALUE_ERROR, code);
    }
}

static void
test_text (void)
{
  assert_text (NULL, 10, OK);
  assert_text ("", 10, OK);
  assert_text ("tab\there\nnew line\r\n", 100, OK);
  assert_text ("  leading and trailing  ", 100, OK);
  assert_text ("Mühasibat uçotunu aparır", 100, OK);
  /* Characters, not bytes: ə is two bytes, 😀 four. */
  assert_text ("əəə", 3, OK);
  assert_text ("əəə", 2, AZQF_VALUE_ERROR_TOO_LONG);
  assert_text ("😀", 1, OK);
  assert_text ("abc", 2, AZQF_VALUE_ERROR_TOO_LONG);

  assert_text ("a\001b", 10, AZQF_VALUE_ERROR_INVALID);
  assert_text ("a\x1f", 10, AZQF_VALUE_ERROR_INVALID);
  assert_text ("\x0b", 10, AZQF_VALUE_ERROR_INVALID);
  assert_text ("x\xef\xbf\xbe", 10, AZQF_VALUE_ERROR_INVALID);  /* U+FFFE */
  assert_text ("x\xef\xbf\xbf", 10, AZQF_VALUE_ERROR_INVALID);  /* U+FFFF */
  assert_text ("\xff\xfe", 10, AZQF_VALUE_ERROR_INVALID);
  assert_text ("caf\xc3", 10, AZQF_VALUE_ERROR_INVALID);
  /* U+007F and U+0085 are allowed by XML 1.0. */
  assert_text ("\x7f\xc2\x85", 10, OK);
}

static void
test_uuid (void)
{
  g_autofree char *random = g_uuid_string_random ();
  g_autofree char *upper = g_ascii_strup (random, -1);

  assert_check (azqf_value_check_uuid, random, OK);
  assert_check (azqf_value_check_uuid, "5b0c7e3a-6f51-4c8e-9d3e-2a7d4c1f9e80", OK);
  assert_check (azqf_value_check_uuid, "5B0C7E3A-6F51-4C8E-9D3E-2A7D4C1F9E80",
                AZQF_VALUE_ERROR_INVALID);
  assert_check (azqf_value_check_uuid, "5b0c7e3a6f514c8e9d3e2a7d4c1f9e80", AZQF_VALUE_ERROR_INVALID);
  assert_check (azqf_value_check_uuid, "5b0c7e3a-6f51-4c8e-9d3e-2a7d4c1f9e8", AZQF_VALUE_ERROR_INVALID);
  assert_check (azqf_value_check_uuid, "5b0c7e3a-6f51-4c8e-9d3e-2a7d4c1f9e800",
                AZQF_VALUE_ERROR_INVALID);
  assert_check (azqf_value_check_uuid, "{5b0c7e3a-6f51-4c8e-9d3e-2a7d4c1f9e80}",
                AZQF_VALUE_ERROR_INVALID);
  assert_check (azqf_value_check_uuid, "5b0c7e3a-6f51-4c8e-9d3e-2a7d4c1f9g80",
                AZQF_VALUE_ERROR_INVALID);
  assert_check (azqf_value_check_uuid, "", AZQF_VALUE_ERROR_EMPTY);

  if (strcmp (random, upper) != 0)
    assert_check (azqf_value_check_uuid, upper, AZQF_VALUE_ERROR_INVALID);
}

static void
assert_normalized (const char *text,
                   const char *expected)
{
  g_autofree char *normalized = azqf_value_normalize_text (text);

  g_assert_cmpstr (normalized, ==, expected);
}

static void
test_normalize (void)
{
  assert_normalized (NULL, NULL);
  assert_normalized ("", NULL);
  assert_normalized ("   ", NULL);
  assert_normalized (" \t\r\n ", NULL);
  /* Content is kept exactly. */
  assert_normalized ("  a ", "  a ");
  assert_normalized ("\nsətir\n", "\nsətir\n");
}

static void
assert_datetime (const char *text,
                 int         code)
{
  g_autoptr (GError) error = NULL;
  gint64 unix_time = 42;
  gboolean ok = azqf_value_parse_datetime (text, &unix_time, &error);

  if (code < 0)
    {
      g_autofree char *back = NULL;

      g_assert_no_error (error);
      g_assert_true (ok);
      back = azqf_value_format_datetime (unix_time);
      g_assert_cmpstr (back, ==, text);
    }
  else
    {
      g_assert_false (ok);
      g_assert_error (error, AZQF_VALUE_ERROR, code);
      g_assert_cmpint (unix_time, ==, 42);
    }
}

static void
test_datetime (void)
{
  g_autofree char *epoch = azqf_value_format_datetime (0);
  g_autofree char *known = azqf_value_format_datetime (1795429800);
  gint64 unix_time = 0;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  g_autofree char *now_text = azqf_value_format_datetime (now);

  g_assert_cmpstr (epoch, ==, "1970-01-01T00:00:00Z");
  g_assert_cmpstr (known, ==, "2026-11-23T10:30:00Z");

  g_assert_true (azqf_value_parse_datetime ("2026-11-23T10:15:00Z", &unix_time, NULL));
  g_assert_cmpint (unix_time, ==, 1795428900);

  g_assert_true (azqf_value_parse_datetime (now_text, &unix_time, NULL));
  g_assert_cmpint (unix_time, ==, now);

  assert_datetime ("2026-11-23T10:15:00Z", OK);
  assert_datetime ("2024-02-29T23:59:59Z", OK);
  assert_datetime ("1970-01-01T00:00:00Z", OK);
  assert_datetime ("1969-12-31T23:59:59Z", OK);

  assert_datetime ("2026-11-23T10:15:00+01:00", AZQF_VALUE_ERROR_INVALID);
  assert_datetime ("2026-11-23T10:15:00", AZQF_VALUE_ERROR_INVALID);
  assert_datetime ("2026-11-23 10:15:00Z", AZQF_VALUE_ERROR_INVALID);
  assert_datetime ("2026-11-23T10:15:00.5Z", AZQF_VALUE_ERROR_INVALID);
  assert_datetime ("2026-11-23T10:15Z", AZQF_VALUE_ERROR_INVALID);
  assert_datetime ("2026-11-23t10:15:00z", AZQF_VALUE_ERROR_INVALID);
  assert_datetime ("2026-11-23", AZQF_VALUE_ERROR_INVALID);
  assert_datetime ("", AZQF_VALUE_ERROR_INVALID);

  assert_datetime ("2025-02-29T00:00:00Z", AZQF_VALUE_ERROR_OUT_OF_RANGE);
  assert_datetime ("2026-11-23T24:00:00Z", AZQF_VALUE_ERROR_OUT_OF_RANGE);
  assert_datetime ("2026-11-23T10:60:00Z", AZQF_VALUE_ERROR_OUT_OF_RANGE);
  assert_datetime ("2026-11-23T10:15:60Z", AZQF_VALUE_ERROR_OUT_OF_RANGE);
}

/* to_string ∘ from_string is the identity on every value, and the spelling
 * is the register's. */
#define ASSERT_ROUND_TRIP(prefix, Type, first, last)                      \
  G_STMT_START {                                                          \
    for (guint v = first; v <= last; v++)                                 \
      {                                                                   \
        const char *str = prefix##_to_string ((Type) v);                  \
        Type back = (Type) 1000;                                          \
                                                                          \
        g_assert_nonnull (str);                                           \
        g_assert_true (prefix##_from_string (str, &back));                \
        g_assert_cmpint (back, ==, v);                                    \
      }                                                                   \
  } G_STMT_END

static void
test_enum_strings (void)
{
  AzqfStatus status = AZQF_STATUS_APPROVED;
  AzqfCycle cycle = AZQF_CYCLE_SHORT;

  ASSERT_ROUND_TRIP (azqf_kind, AzqfKind, AZQF_KIND_OCCUPATIONAL, AZQF_KIND_QUALIFICATION);
  ASSERT_ROUND_TRIP (azqf_status, AzqfStatus, AZQF_STATUS_DRAFT, AZQF_STATUS_WITHDRAWN);
  ASSERT_ROUND_TRIP (azqf_domain, AzqfDomain, AZQF_DOMAIN_KNOWLEDGE,
                     AZQF_DOMAIN_AUTONOMY_RESPONSIBILITY);
  ASSERT_ROUND_TRIP (azqf_cycle, AzqfCycle, AZQF_CYCLE_SHORT, AZQF_CYCLE_THIRD);
  ASSERT_ROUND_TRIP (azqf_relation_type, AzqfRelationType, AZQF_RELATION_BASED_ON,
                     AZQF_RELATION_LEADS_TO);
  ASSERT_ROUND_TRIP (azqf_link_type, AzqfLinkType, AZQF_LINK_COVERS, AZQF_LINK_RELATED);
  ASSERT_ROUND_TRIP (azqf_link_source, AzqfLinkSource, AZQF_LINK_SOURCE_AUTHOR,
                     AZQF_LINK_SOURCE_SUGGESTED);
  ASSERT_ROUND_TRIP (azqf_link_state, AzqfLinkState, AZQF_LINK_STATE_PENDING,
                     AZQF_LINK_STATE_REJECTED);
  ASSERT_ROUND_TRIP (azqf_lang, AzqfLang, AZQF_LANG_AZ, AZQF_LANG_EN);

  g_assert_cmpstr (azqf_kind_to_string (AZQF_KIND_OCCUPATIONAL), ==, "occupational");
  g_assert_cmpstr (azqf_kind_to_string (AZQF_KIND_EDUCATIONAL), ==, "educational");
  g_assert_cmpstr (azqf_kind_to_string (AZQF_KIND_QUALIFICATION), ==, "qualification");
  g_assert_cmpstr (azqf_status_to_string (AZQF_STATUS_IN_REVIEW), ==, "in_review");
  g_assert_cmpstr (azqf_status_to_string (AZQF_STATUS_REGISTERED), ==, "registered");
  g_assert_cmpstr (azqf_domain_to_string (AZQF_DOMAIN_AUTONOMY_RESPONSIBILITY), ==,
                   "autonomy_responsibility");
  g_assert_cmpstr (azqf_cycle_to_string (AZQF_CYCLE_SHORT), ==, "short");
  g_assert_cmpstr (azqf_cycle_to_string (AZQF_CYCLE_FIRST), ==, "first");
  g_assert_cmpstr (azqf_cycle_to_string (AZQF_CYCLE_SECOND), ==, "second");
  g_assert_cmpstr (azqf_cycle_to_string (AZQF_CYCLE_THIRD), ==, "third");
  g_assert_null (azqf_cycle_to_string (AZQF_CYCLE_NONE));
  g_assert_cmpstr (azqf_relation_type_to_string (AZQF_RELATION_BASED_ON), ==, "based_on");
  g_assert_cmpstr (azqf_relation_type_to_string (AZQF_RELATION_REPLACES), ==, "replaces");
  g_assert_cmpstr (azqf_relation_type_to_string (AZQF_RELATION_LEADS_TO), ==, "leads_to");
  g_assert_cmpstr (azqf_link_type_to_string (AZQF_LINK_COVERS), ==, "covers");
  g_assert_cmpstr (azqf_link_source_to_string (AZQF_LINK_SOURCE_SUGGESTED), ==, "suggested");
  g_assert_cmpstr (azqf_link_state_to_string (AZQF_LINK_STATE_CONFIRMED), ==, "confirmed");
  g_assert_cmpstr (azqf_lang_to_string (AZQF_LANG_AZ), ==, "az");
  g_assert_cmpstr (azqf_lang_to_string (AZQF_LANG_EN), ==, "en");

  /* Unknown strings leave *out alone; the GType nicks are not register forms. */
  g_assert_false (azqf_status_from_string ("in-review", &status));
  g_assert_false (azqf_status_from_string ("Draft", &status));
  g_assert_false (azqf_status_from_string ("", &status));
  g_assert_false (azqf_status_from_string (NULL, &status));
  g_assert_cmpint (status, ==, AZQF_STATUS_APPROVED);
  g_assert_false (azqf_cycle_from_string ("none", &cycle));
  g_assert_cmpint (cycle, ==, AZQF_CYCLE_SHORT);
  g_assert_false (azqf_relation_type_from_string ("based-on", NULL));
  g_assert_false (azqf_domain_from_string ("knowledge ", NULL));
}

static void
test_labels (void)
{
  g_assert_cmpstr (azqf_kind_get_label (AZQF_KIND_OCCUPATIONAL), ==, "Occupational standard");
  g_assert_cmpstr (azqf_status_get_label (AZQF_STATUS_IN_REVIEW), ==, "In review");
  g_assert_cmpstr (azqf_domain_get_label (AZQF_DOMAIN_KNOWLEDGE), ==,
                   "Knowledge and understanding");
  g_assert_cmpstr (azqf_domain_get_label (AZQF_DOMAIN_AUTONOMY_RESPONSIBILITY), ==,
                   "Autonomy and responsibility");
  g_assert_cmpstr (azqf_cycle_get_label (AZQF_CYCLE_SHORT), ==, "Short cycle");
  g_assert_cmpstr (azqf_relation_type_get_label (AZQF_RELATION_LEADS_TO), ==, "Leads to");

  for (guint v = AZQF_KIND_OCCUPATIONAL; v <= AZQF_KIND_QUALIFICATION; v++)
    g_assert_nonnull (azqf_kind_get_label (v));
  for (guint v = AZQF_STATUS_DRAFT; v <= AZQF_STATUS_WITHDRAWN; v++)
    g_assert_nonnull (azqf_status_get_label (v));
  for (guint v = AZQF_CYCLE_NONE; v <= AZQF_CYCLE_THIRD; v++)
    g_assert_nonnull (azqf_cycle_get_label (v));
  for (guint v = AZQF_RELATION_BASED_ON; v <= AZQF_RELATION_LEADS_TO; v++)
    g_assert_nonnull (azqf_relation_type_get_label (v));
}

static void
test_cycle_for_level (void)
{
  for (guint level = 0; level <= 4; level++)
    g_assert_cmpint (azqf_cycle_for_level (level), ==, AZQF_CYCLE_NONE);

  g_assert_cmpint (azqf_cycle_for_level (5), ==, AZQF_CYCLE_SHORT);
  g_assert_cmpint (azqf_cycle_for_level (6), ==, AZQF_CYCLE_FIRST);
  g_assert_cmpint (azqf_cycle_for_level (7), ==, AZQF_CYCLE_SECOND);
  g_assert_cmpint (azqf_cycle_for_level (8), ==, AZQF_CYCLE_THIRD);
  g_assert_cmpint (azqf_cycle_for_level (9), ==, AZQF_CYCLE_NONE);
}

static void
test_enum_gtypes (void)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (AZQF_TYPE_STATUS);

  g_assert_nonnull (g_enum_get_value (klass, AZQF_STATUS_WITHDRAWN));
  g_assert_true (G_TYPE_IS_ENUM (AZQF_TYPE_KIND));
  g_assert_true (G_TYPE_IS_ENUM (AZQF_TYPE_LINK_STATE));
}

int
main (int   argc,
      char *argv[])
{
  azqf_locale_init_test ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/azqf/value/level", test_level);
  g_test_add_func ("/azqf/value/version", test_version);
  g_test_add_func ("/azqf/value/code", test_code);
  g_test_add_func ("/azqf/value/isco08", test_isco08);
  g_test_add_func ("/azqf/value/isced-f", test_isced_f);
  g_test_add_func ("/azqf/value/classification", test_classification);
  g_test_add_func ("/azqf/value/classification-entry-ref", test_classification_entry_ref);
  g_test_add_func ("/azqf/value/credits", test_credits);
  g_test_add_func ("/azqf/value/format-credits", test_format_credits);
  g_test_add_func ("/azqf/value/duration", test_duration);
  g_test_add_func ("/azqf/value/date", test_date);
  g_test_add_func ("/azqf/value/text", test_text);
  g_test_add_func ("/azqf/value/uuid", test_uuid);
  g_test_add_func ("/azqf/value/normalize", test_normalize);
  g_test_add_func ("/azqf/value/datetime", test_datetime);
  g_test_add_func ("/azqf/value/enum-strings", test_enum_strings);
  g_test_add_func ("/azqf/value/labels", test_labels);
  g_test_add_func ("/azqf/value/cycle-for-level", test_cycle_for_level);
  g_test_add_func ("/azqf/value/enum-gtypes", test_enum_gtypes);

  return g_test_run ();
}
