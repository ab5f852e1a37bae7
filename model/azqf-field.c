/* azqf-field.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <glib/gi18n.h>

#include "azqf-field.h"
#include "azqf-standard.h"
#include "azqf-value.h"

typedef enum
{
  FIELD_CODE,
  FIELD_STATUS,
  FIELD_VERSION,
  FIELD_LEVEL,
  FIELD_ISCO08,
  FIELD_ISCED_F,
  FIELD_ECTS,
  FIELD_DURATION,
  FIELD_DECISION_NUMBER,
  FIELD_DECISION_DATE,
  FIELD_REVIEW_DATE,
  FIELD_TEXT,
} FieldKind;

static const struct
{
  const char       *name;
  FieldKind         kind;
  AzqfStandardText  text;
  AzqfLang          lang;
} fields[] = {
  { "code", FIELD_CODE },
  { "status", FIELD_STATUS },
  { "version", FIELD_VERSION },
  { "level", FIELD_LEVEL },
  { "isco08", FIELD_ISCO08 },
  { "isced-f", FIELD_ISCED_F },
  { "ects-credits", FIELD_ECTS },
  { "duration", FIELD_DURATION },
  { "decision-number", FIELD_DECISION_NUMBER },
  { "decision-date", FIELD_DECISION_DATE },
  { "review-date", FIELD_REVIEW_DATE },
  { "title-az", FIELD_TEXT, AZQF_STANDARD_TITLE, AZQF_LANG_AZ },
  { "title-en", FIELD_TEXT, AZQF_STANDARD_TITLE, AZQF_LANG_EN },
  { "summary-az", FIELD_TEXT, AZQF_STANDARD_SUMMARY, AZQF_LANG_AZ },
  { "summary-en", FIELD_TEXT, AZQF_STANDARD_SUMMARY, AZQF_LANG_EN },
  { "sector-az", FIELD_TEXT, AZQF_STANDARD_SECTOR, AZQF_LANG_AZ },
  { "sector-en", FIELD_TEXT, AZQF_STANDARD_SECTOR, AZQF_LANG_EN },
  { "awarding-body-az", FIELD_TEXT, AZQF_STANDARD_AWARDING_BODY, AZQF_LANG_AZ },
  { "awarding-body-en", FIELD_TEXT, AZQF_STANDARD_AWARDING_BODY, AZQF_LANG_EN },
  { "approving-body-az", FIELD_TEXT, AZQF_STANDARD_APPROVING_BODY, AZQF_LANG_AZ },
  { "approving-body-en", FIELD_TEXT, AZQF_STANDARD_APPROVING_BODY, AZQF_LANG_EN },
};

const char * const *
azqf_field_names (void)
{
  static const char * const names[] = {
    "code", "status", "version", "level", "isco08", "isced-f", "ects-credits", "duration",
    "decision-number", "decision-date", "review-date", "title-az", "title-en", "summary-az",
    "summary-en", "sector-az", "sector-en", "awarding-body-az", "awarding-body-en",
    "approving-body-az", "approving-body-en", NULL
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (names) == G_N_ELEMENTS (fields) + 1);
  return names;
}

/* A whole number, or FALSE; "" is 0 (clears a level). */
static gboolean
parse_uint (const char  *name,
            const char  *value,
            guint       *out,
            GError     **error)
{
  guint64 number = 0;

  if (*value != '\0' &&
      !g_ascii_string_to_unsigned (value, 10, 0, G_MAXUINT, &number, NULL))
    {
      g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID,
                   _("%s: “%s” is not a whole number"), name, value);
      return FALSE;
    }

  *out = (guint) number;
  return TRUE;
}

gboolean
azqf_field_set (AzqfStandard  *standard,
                const char    *name,
                const char    *value,
                GError       **error)
{
  const char *nonempty;

  g_return_val_if_fail (AZQF_IS_STANDARD (standard), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  nonempty = *value != '\0' ? value : NULL;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      guint number = 0;

      if (strcmp (fields[i].name, name) != 0)
        continue;

      switch (fields[i].kind)
        {
        case FIELD_CODE:
          return azqf_standard_set_code (standard, value, error);

        case FIELD_STATUS:
          {
            AzqfStatus status;

            if (!azqf_status_from_string (value, &status))
              {
                g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID,
                             _("Unknown status “%s”: use draft, in_review, approved, registered or withdrawn"),
                             value);
                return FALSE;
              }
            azqf_standard_set_status (standard, status);
            return TRUE;
          }

        case FIELD_VERSION:
          return parse_uint (name, value, &number, error) &&
                 azqf_standard_set_version (standard, number, error);

        case FIELD_LEVEL:
          return parse_uint (name, value, &number, error) &&
                 azqf_standard_set_level (standard, number, error);

        case FIELD_ISCO08:
          return azqf_standard_set_isco08 (standard, nonempty, error);

        case FIELD_ISCED_F:
          return azqf_standard_set_isced_f (standard, nonempty, error);

        case FIELD_ECTS:
          {
            double credits = -1;
            char *end = NULL;

            if (nonempty != NULL)
              {
                credits = g_ascii_strtod (value, &end);
                if (end == value || *end != '\0')
                  {
                    g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID,
                                 _("ECTS credits: “%s” is not a number"), value);
                    return FALSE;
                  }
                if (credits < 0)
                  {
                    g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_OUT_OF_RANGE,
                                 _("ECTS credits cannot be negative (%s)"), value);
                    return FALSE;
                  }
              }
            return azqf_standard_set_ects_credits (standard, credits, error);
          }

        case FIELD_DURATION:
          return azqf_standard_set_duration (standard, nonempty, error);

        case FIELD_DECISION_NUMBER:
          return azqf_standard_set_decision_number (standard, nonempty, error);

        case FIELD_DECISION_DATE:
          return azqf_standard_set_decision_date (standard, nonempty, error);

        case FIELD_REVIEW_DATE:
          return azqf_standard_set_review_date (standard, nonempty, error);

        case FIELD_TEXT:
          if (!azqf_value_check_text (value, 20000, error))
            return FALSE;
          azqf_standard_set_text (standard, fields[i].text, fields[i].lang, value);
          return TRUE;

        default:
          g_assert_not_reached ();
        }
    }

  g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID,
               _("Unknown field “%s”"), name);
  return FALSE;
}
