/* azqf-value.c: checking and formatting the values a standard holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "azqf-classification.h"
#include "azqf-value.h"
#include "azqf-value-private.h"

#define STANDARD_CODE_MAX 64
#define ITEM_CODE_MAX     32
#define CREDITS_MAX_CENTS 999999
#define VERSION_MAX       9999

G_DEFINE_QUARK (azqf-value-error-quark, azqf_value_error)

/* XML whitespace (XSD's \s), so "whitespace-only" means what the register's
 * schema means by it. */
static inline gboolean
is_xml_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (!is_xml_space (*p))
        return FALSE;
    }

  return TRUE;
}

static gboolean
is_digits (const char *text,
           gsize       n_digits)
{
  gsize i;

  for (i = 0; text[i] != '\0'; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
    }

  return i == n_digits;
}

static gboolean
is_code_char (char c)
{
  return g_ascii_isalnum (c) || c == '.' || c == '_' || c == '/' || c == '-';
}

static gboolean
check_code (const char  *code,
            guint        max_len,
            GError     **error)
{
  gsize len;

  if (is_blank (code))
    {
      g_set_error_literal (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_EMPTY,
                           _("The code must not be empty"));
      return FALSE;
    }

  if (!g_ascii_isalnum (code[0]))
    {
      g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID,
                   _("The code “%s” must start with a Latin letter or a digit"),
                   g_utf8_validate (code, -1, NULL) ? code : "?");
      return FALSE;
    }

  for (len = 1; code[len] != '\0'; len++)
    {
      if (!is_code_char (code[len]))
        {
          g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID,
                       _("The code “%s” may hold only Latin letters, digits and . _ / -"),
                       g_utf8_validate (code, -1, NULL) ? code : "?");
          return FALSE;
        }
    }

  if (len > max_len)
    {
      g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_TOO_LONG,
                   _("The code “%s” is too long: it may have at most %u characters"),
                   code, max_len);
      return FALSE;
    }

  return TRUE;
}

gboolean
azqf_value_check_standard_code (const char  *code,
                                GError     **error)
{
  return check_code (code, STANDARD_CODE_MAX, error);
}

gboolean
azqf_value_check_item_code (const char  *code,
                            GError     **error)
{
  return check_code (code, ITEM_CODE_MAX, error);
}

gboolean
azqf_value_check_level (guint    level,
                        GError **error)
{
  if (level < 1 || level > 8)
    {
      g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_OUT_OF_RANGE,
                   _("AzQF level %u is out of range: levels run from 1 to 8"), level);
      return FALSE;
    }

  return TRUE;
}

gboolean
azqf_value_check_isco08 (const char  *code,
                         GError     **error)
{
  if (is_blank (code))
    {
      g_set_error_literal (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_EMPTY,
                           _("The ISCO-08 code must not be empty"));
      return FALSE;
    }

  if (!is_digits (code, 4))
    {
      g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID,
                   _("“%s” is not an ISCO-08 unit group: it must have 4 digits"),
                   g_utf8_validate (code, -1, NULL) ? code : "?");
      return FALSE;
    }

  if (azqf_classification_lookup (AZQF_CLASSIFICATION_ISCO08, code) == NULL)
    {
      g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_UNKNOWN_CODE,
                   _("ISCO-08 code %s is not in the ISCO-08 list"), code);
      return FALSE;
    }

  return TRUE;
}

gboolean
azqf_value_check_isced_f (const char  *code,
                          GError     **error)
{
  if (is_blank (code))
    {
      g_set_error_literal (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_EMPTY,
                           _("The ISCED-F code must not be empty"));
      return FALSE;
    }

  if (!is_digits (code, 4))
    {
      g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID,
                   _("“%s” is not an ISCED-F 2013 detailed field: it must have 4 digits"),
                   g_utf8_validate (code, -1, NULL) ? code : "?");
      return FALSE;
    }

  if (azqf_classification_lookup (AZQF_CLASSIFICATION_ISCED_F, code) == NULL)
    {
      g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_UNKNOWN_CODE,
                   _("ISCED-F code %s is not in the ISCED-F 2013 list"), code);
      return FALSE;
    }

  return TRUE;
}

/* Hundredths, rounded half away from zero; no libm needed. */
static gint64
to_cents (double credits)
{
  if (credits < 0)
    return -(gint64) (-credits * 100.0 + 0.5);

  return (gint64) (credits * 100.0 + 0.5);
}

gboolean
azqf_value_check_credits (double   credits,
                          GError **error)
{
  double diff;

  if (isnan (credits) || isinf (credits))
    {
      g_set_error_literal (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID,
                           _("The ECTS credits are not a number"));
      return FALSE;
    }

  if (credits < 0 || to_cents (credits) > CREDITS_MAX_CENTS)
    {
      g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_OUT_OF_RANGE,
                   _("%g ECTS credits are out of range: credits run from 0 to 9999.99"),
                   credits);
      return FALSE;
    }

  /* Allow for binary rounding (0.1 + 0.2), not for a third decimal. */
  diff = credits * 100.0 - (double) to_cents (credits);
  if (diff > 1e-6 || diff < -1e-6)
    {
      g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID,
                   _("%g ECTS credits have more than two decimals"), credits);
      return FALSE;
    }

  return TRUE;
}

gboolean
azqf_value_check_duration (const char  *duration,
                           GError     **error)
{
  const char *p;
  guint max_digits;
  gsize n_digits = 0;
  char unit;

  if (is_blank (duration))
    {
      g_set_error_literal (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_EMPTY,
                           _("The duration must not be empty"));
      return FALSE;
    }

  /* P[1-9][0-9]{0,3}[YMWD] or PT[1-9][0-9]{0,4}H */
  p = duration;
  if (*p++ != 'P')
    goto invalid;

  if (*p == 'T')
    {
      p++;
      max_digits = 5;
    }
  else
    max_digits = 4;

  if (*p < '1' || *p > '9')
    goto invalid;

  while (g_ascii_isdigit (*p))
    {
      p++;
      n_digits++;
    }

  if (n_digits > max_digits)
    goto invalid;

  unit = *p;
  if (unit == '\0' || p[1] != '\0')
    goto invalid;

  if (max_digits == 5 ? unit != 'H' : strchr ("YMWD", unit) == NULL)
    goto invalid;

  return TRUE;

invalid:
  g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID,
               _("“%s” is not a duration: use one component such as P4Y, P18M, P6W, "
                 "P10D or PT600H"),
               g_utf8_validate (duration, -1, NULL) ? duration : "?");
  return FALSE;
}

/* "dddd-dd-dd" at the start of text; the numbers go to the out arguments. */
static gboolean
scan_date (const char *text,
           guint      *year,
           guint      *month,
           guint      *day)
{
  static const char pattern[] = "dddd-dd-dd";

  for (guint i = 0; pattern[i] != '\0'; i++)
    {
      if (pattern[i] == 'd' ? !g_ascii_isdigit (text[i]) : text[i] != pattern[i])
        return FALSE;
    }

  *year = g_ascii_digit_value (text[0]) * 1000 + g_ascii_digit_value (text[1]) * 100 +
          g_ascii_digit_value (text[2]) * 10 + g_ascii_digit_value (text[3]);
  *month = g_ascii_digit_value (text[5]) * 10 + g_ascii_digit_value (text[6]);
  *day = g_ascii_digit_value (text[8]) * 10 + g_ascii_digit_value (text[9]);

  return TRUE;
}

static guint
two_digits (const char *text)
{
  return g_ascii_digit_value (text[0]) * 10 + g_ascii_digit_value (text[1]);
}

gboolean
azqf_value_check_date (const char  *date,
                       GError     **error)
{
  guint year, month, day;

  if (is_blank (date))
    {
      g_set_error_literal (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_EMPTY,
                           _("The date must not be empty"));
      return FALSE;
    }

  if (strlen (date) != 10 || !scan_date (date, &year, &month, &day))
    {
      g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID,
                   _("“%s” is not a date: use the form YYYY-MM-DD"),
                   g_utf8_validate (date, -1, NULL) ? date : "?");
      return FALSE;
    }

  if (!g_date_valid_dmy (day, month, year))
    {
      g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_OUT_OF_RANGE,
                   _("The date “%s” does not exist"), date);
      return FALSE;
    }

  return TRUE;
}

gboolean
azqf_value_check_version (guint    version,
                          GError **error)
{
  if (version < 1 || version > VERSION_MAX)
    {
      g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_OUT_OF_RANGE,
                   _("Version %u is out of range: versions run from 1 to 9999"), version);
      return FALSE;
    }

  return TRUE;
}

gboolean
azqf_value_check_text (const char  *text,
                       gsize        max_chars,
                       GError     **error)
{
  gsize n_chars = 0;

  if (text == NULL)
    return TRUE;

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID,
                           _("The text is not valid UTF-8"));
      return FALSE;
    }

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      n_chars++;

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF)
        {
          g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID,
                       _("The text holds the character U+%04X at position %lu, which the register cannot carry"),
                       c, (gulong) n_chars);
          return FALSE;
        }
    }

  if (n_chars > max_chars)
    {
      g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_TOO_LONG,
                   _("The text is too long: %lu characters, at most %lu are allowed"),
                   (gulong) n_chars, (gulong) max_chars);
      return FALSE;
    }

  return TRUE;
}

gboolean
azqf_value_check_uuid (const char  *uuid,
                       GError     **error)
{
  static const char pattern[] = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";
  guint i;

  if (is_blank (uuid))
    {
      g_set_error_literal (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_EMPTY,
                           _("The UUID must not be empty"));
      return FALSE;
    }

  for (i = 0; pattern[i] != '\0'; i++)
    {
      gboolean ok;

      if (pattern[i] == 'x')
        ok = g_ascii_isdigit (uuid[i]) || (uuid[i] >= 'a' && uuid[i] <= 'f');
      else
        ok = uuid[i] == '-';

      if (!ok)
        break;
    }

  if (pattern[i] != '\0' || uuid[i] != '\0')
    {
      g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID,
                   _("“%s” is not a UUID: it must be 32 lowercase hexadecimal digits in the "
                     "form 8-4-4-4-12"),
                   g_utf8_validate (uuid, -1, NULL) ? uuid : "?");
      return FALSE;
    }

  return TRUE;
}

char *
azqf_value_normalize_text (const char *text)
{
  if (is_blank (text))
    return NULL;

  return g_strdup (text);
}

char *
azqf_value_format_credits (double credits)
{
  gint64 cents;
  gint64 whole;
  gint64 fraction;
  const char *sign = "";

  g_return_val_if_fail (!isnan (credits) && !isinf (credits), NULL);

  cents = to_cents (credits);
  if (cents < 0)
    {
      sign = "-";
      cents = -cents;
    }

  whole = cents / 100;
  fraction = cents % 100;

  if (fraction == 0)
    return g_strdup_printf ("%s%" G_GINT64_FORMAT, sign, whole);
  else if (fraction % 10 == 0)
    return g_strdup_printf ("%s%" G_GINT64_FORMAT ".%" G_GINT64_FORMAT,
                            sign, whole, fraction / 10);
  else
    return g_strdup_printf ("%s%" G_GINT64_FORMAT ".%02" G_GINT64_FORMAT,
                            sign, whole, fraction);
}

char *
azqf_value_format_datetime (gint64 unix_time)
{
  g_autoptr (GDateTime) dt = g_date_time_new_from_unix_utc (unix_time);

  g_return_val_if_fail (dt != NULL, NULL);

  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ",
                          g_date_time_get_year (dt),
                          g_date_time_get_month (dt),
                          g_date_time_get_day_of_month (dt),
                          g_date_time_get_hour (dt),
                          g_date_time_get_minute (dt),
                          g_date_time_get_second (dt));
}

gboolean
azqf_value_parse_datetime (const char  *text,
                           gint64      *unix_time,
                           GError     **error)
{
  g_autoptr (GDateTime) dt = NULL;
  guint year, month, day;

  g_return_val_if_fail (text != NULL, FALSE);

  /* Exactly dddd-dd-ddTdd:dd:ddZ: no offsets, no fractions, no lowercase. */
  if (strlen (text) != 20 ||
      !scan_date (text, &year, &month, &day) ||
      text[10] != 'T' ||
      !g_ascii_isdigit (text[11]) || !g_ascii_isdigit (text[12]) || text[13] != ':' ||
      !g_ascii_isdigit (text[14]) || !g_ascii_isdigit (text[15]) || text[16] != ':' ||
      !g_ascii_isdigit (text[17]) || !g_ascii_isdigit (text[18]) || text[19] != 'Z')
    {
      g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_INVALID,
                   _("“%s” is not a UTC date and time: use the form 2026-11-23T10:15:00Z"),
                   g_utf8_validate (text, -1, NULL) ? text : "?");
      return FALSE;
    }

  if (g_date_valid_dmy (day, month, year))
    dt = g_date_time_new_utc (year, month, day,
                              two_digits (text + 11),
                              two_digits (text + 14),
                              two_digits (text + 17));

  if (dt == NULL)
    {
      g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_OUT_OF_RANGE,
                   _("The date and time “%s” does not exist"), text);
      return FALSE;
    }

  if (unix_time != NULL)
    *unix_time = g_date_time_to_unix (dt);

  return TRUE;
}

gboolean
_azqf_value_replace_text (char       **field,
                          const char  *text)
{
  g_autofree char *normalized = azqf_value_normalize_text (text);

  g_assert (field != NULL);

  if (g_strcmp0 (*field, normalized) == 0)
    return FALSE;

  g_free (*field);
  *field = g_steal_pointer (&normalized);

  return TRUE;
}

gboolean
_azqf_value_is_storable_text (const char *text)
{
  return azqf_value_check_text (text, G_MAXSIZE, NULL);
}

gboolean
_azqf_value_normalize_credits (double  *credits,
                               GError **error)
{
  if (*credits < 0)
    {
      *credits = -1.0;
      return TRUE;
    }

  if (!azqf_value_check_credits (*credits, error))
    return FALSE;

  *credits = (double) to_cents (*credits) / 100.0;
  return TRUE;
}
