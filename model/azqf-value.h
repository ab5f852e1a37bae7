/* azqf-value.h: checking and formatting the values a standard holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define AZQF_VALUE_ERROR (azqf_value_error_quark ())

/* Every message is translated and names the field and the offending value. */
typedef enum
{
  AZQF_VALUE_ERROR_EMPTY,        /* a required value is empty or whitespace only */
  AZQF_VALUE_ERROR_INVALID,      /* wrong form: "24.1" as a level, "2O11" as ISCO code */
  AZQF_VALUE_ERROR_OUT_OF_RANGE, /* right form, wrong value: level 9, 2025-02-30 */
  AZQF_VALUE_ERROR_UNKNOWN_CODE, /* well-formed classification code not in the bundled list */
  AZQF_VALUE_ERROR_DUPLICATE,    /* a code already used inside the same standard */
  AZQF_VALUE_ERROR_TOO_LONG,
} AzqfValueError;

GQuark      azqf_value_error_quark    (void);

/* Standard codes: [A-Za-z0-9][A-Za-z0-9._/-]{0,63}; unit and outcome codes: same, up to 32. */
gboolean    azqf_value_check_standard_code (const char  *code,
                                            GError     **error);
gboolean    azqf_value_check_item_code     (const char  *code,
                                            GError     **error);
/* AzQF level 1–8. */
gboolean    azqf_value_check_level         (guint        level,
                                            GError     **error);
/* 4-digit ISCO-08 unit group present in the bundled list. */
gboolean    azqf_value_check_isco08        (const char  *code,
                                            GError     **error);
/* 4-digit ISCED-F 2013 detailed field present in the bundled list. */
gboolean    azqf_value_check_isced_f       (const char  *code,
                                            GError     **error);
/* ECTS credits: 0 ≤ credits ≤ 9999.99 with at most two decimals. */
gboolean    azqf_value_check_credits       (double       credits,
                                            GError     **error);
/* One ISO 8601 component: P4Y, P18M, P6W, P10D, PT600H. */
gboolean    azqf_value_check_duration      (const char  *duration,
                                            GError     **error);
/* A real calendar date, YYYY-MM-DD. */
gboolean    azqf_value_check_date          (const char  *date,
                                            GError     **error);
gboolean    azqf_value_check_version       (guint        version,
                                            GError     **error);
/* Free text: no C0 control characters other than TAB, LF, CR, no U+FFFE/U+FFFF,
 * valid UTF-8, at most max_chars characters. NULL is accepted (absent). */
gboolean    azqf_value_check_text          (const char  *text,
                                            gsize        max_chars,
                                            GError     **error);
/* Lowercase RFC 4122 form. */
gboolean    azqf_value_check_uuid          (const char  *uuid,
                                            GError     **error);

/* Empty or whitespace-only text is absent: returns NULL for it, else a copy. */
char       *azqf_value_normalize_text      (const char  *text);

/* Canonical decimal: 240, 7.5, 0.25 (never 240.0). */
char       *azqf_value_format_credits      (double       credits);
/* Unix time (seconds, UTC) ↔ 2026-11-23T10:15:00Z */
char       *azqf_value_format_datetime     (gint64       unix_time);
gboolean    azqf_value_parse_datetime      (const char  *text,
                                            gint64      *unix_time,
                                            GError     **error);

G_END_DECLS
