/* azqf-gap-credits.c: the credit rules of decision 348 and the QF-EHEA ranges
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Decision 348 of the Cabinet of Ministers (24 December 2013), "Ali təhsil
 * müəssisələrinin bakalavriat və magistratura səviyyələrində, əsas (baza ali)
 * tibb təhsilində kredit sistemi ilə tədrisin təşkili Qaydaları":
 *
 *  - 3.2.4: bachelor 240–300 credits, basic (baza ali) medical education
 *    300–360; master 90 when the normative duration is 1.5 years, 120 when
 *    it is 2 years;
 *  - 3.2.2: 30 credits per semester for full-time (fulltime) students;
 *  - 3.2.3: 24 credits per semester in the correspondence (qiyabi) form;
 *  - 3.2.5: never more than 40 credits in one semester;
 *  - 3.4.3: at most 10 credits in a summer semester.
 *
 * QF-EHEA (Bergen 2005, Paris 2018) gives typical ranges only: short cycle
 * 90–120, first 180–240, second 90–120 (at least 60 at second-cycle
 * level), none for the third. They are reported as information.
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "azqf-finding.h"
#include "azqf-gap-private.h"
#include "azqf-standard.h"
#include "azqf-text.h"
#include "azqf-unit.h"
#include "azqf-value.h"

#define BACHELOR_MIN          240.0
#define BACHELOR_MAX          300.0
#define MEDICAL_MIN           300.0
#define MEDICAL_MAX           360.0
#define MASTER_SHORT          90.0   /* 1.5 years */
#define MASTER_LONG           120.0  /* 2 years */
#define SEMESTER_FULL_TIME    30.0
#define SEMESTER_CORRESPONDENCE 24.0
#define SEMESTER_MAX          40.0
#define SUMMER_MAX            10.0

/* Credits are entered as decimals: 7.5 is a real value, 239.9999 is not. */
#define CREDITS_EPSILON       0.001

/* ISCED-F 2013 detailed field 0912 "Medicine". Decision 348 does not say
 * which programmes are "əsas (baza ali) tibb təhsili"; the standard records
 * no such flag, so a level-6 educational standard in field 0912 is read as
 * basic medical education (the integrated programme in general medicine).
 * Dentistry (0911) and pharmacy (0916) programmes are five-year bachelor's
 * programmes in the register and keep the bachelor range. */
#define ISCED_F_MEDICINE      "0912"

typedef struct
{
  guint       level;
  double      min;
  double      max;
  const char *cycle;   /* translated at use */
} QfeheaRange;

static gboolean
same_credits (double a,
              double b)
{
  return fabs (a - b) < CREDITS_EPSILON;
}

int
_azqf_gap_duration_months (const char *duration)
{
  char *end = NULL;
  gint64 n;

  if (duration == NULL || duration[0] != 'P' || !g_ascii_isdigit (duration[1]))
    return -1;

  n = g_ascii_strtoll (duration + 1, &end, 10);
  if (end == NULL || end[0] == '\0' || end[1] != '\0' || n <= 0 || n > 1200)
    return -1;

  switch (end[0])
    {
    case 'Y':
      return (int) n * 12;
    case 'M':
      return (int) n;
    default:
      return -1;
    }
}

static gboolean
text_has (const char *text,
          const char *folded_word)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;

  folded = azqf_text_fold (text, -1);
  return strstr (folded, folded_word) != NULL;
}

gboolean
_azqf_gap_unit_is_semester (AzqfUnit *unit,
                            gboolean *summer)
{
  const char *code = azqf_unit_get_code (unit);
  const char *az = azqf_unit_get_title (unit, AZQF_LANG_AZ);
  const char *en = azqf_unit_get_title (unit, AZQF_LANG_EN);
  gboolean by_code = FALSE;

  *summer = FALSE;

  if (g_ascii_strncasecmp (code, "SEM", 3) == 0 && g_ascii_isdigit (code[3]))
    {
      const char *p = code + 3;

      while (g_ascii_isdigit (*p))
        p++;
      by_code = *p == '\0';
    }

  /* azqf_text_fold drops the special letters: "semestr", "yay semestri". */
  if (!by_code && !text_has (az, "semestr") && !text_has (en, "semester"))
    return FALSE;

  *summer = text_has (az, "yay semestr") || text_has (en, "summer");
  return TRUE;
}

static AzqfFinding *
add_finding (GPtrArray    *findings,
             AzqfSeverity  severity,
             const char   *rule_id,
             const char   *standard_code,
             const char   *unit_code,
             const char   *explanation,
             char         *message)
{
  AzqfFinding *finding = azqf_finding_new (severity, rule_id, message, standard_code,
                                           unit_code, NULL, NULL);

  g_free (message);
  azqf_finding_set_explanation (finding, explanation);
  g_ptr_array_add (findings, finding);
  return finding;
}

static void
check_bachelor (GPtrArray    *findings,
                AzqfStandard *standard,
                double        total)
{
  const char *code = azqf_standard_get_code (standard);
  const char *isced = azqf_standard_get_isced_f (standard);
  gboolean medical = g_strcmp0 (isced, ISCED_F_MEDICINE) == 0;
  double min = medical ? MEDICAL_MIN : BACHELOR_MIN;
  double max = medical ? MEDICAL_MAX : BACHELOR_MAX;
  g_autofree char *text = NULL;

  if (total > min - CREDITS_EPSILON && total < max + CREDITS_EPSILON)
    return;

  text = azqf_value_format_credits (total);
  if (medical)
    add_finding (findings, AZQF_SEVERITY_ERROR, "credits.medical-range", code, NULL,
                 _("Decision 348, point 3.2.4: basic (baza ali) medical education has 300–360 "
                   "credits. A level 6 educational standard in ISCED-F field 0912 (Medicine) "
                   "is read as basic medical education."),
                 g_strdup_printf (_("%s has %s ECTS credits; basic medical education (ISCED-F "
                                    "0912) has 300–360"),
                                  code, text));
  else
    add_finding (findings, AZQF_SEVERITY_ERROR, "credits.bachelor-range", code, NULL,
                 _("Decision 348, point 3.2.4: a bachelor's programme has 240–300 credits."),
                 g_strdup_printf (_("%s has %s ECTS credits; a bachelor's programme (level 6) "
                                    "has 240–300"),
                                  code, text));
}

static void
check_master (GPtrArray    *findings,
              AzqfStandard *standard,
              double        total)
{
  const char *code = azqf_standard_get_code (standard);
  const char *duration = azqf_standard_get_duration (standard);
  const char *explanation = _("Decision 348, point 3.2.4: a master's programme has 90 credits "
                              "when its normative duration is 1.5 years and 120 when it is "
                              "2 years.");
  int months = _azqf_gap_duration_months (duration);
  g_autofree char *text = azqf_value_format_credits (total);

  if (months == 18 || months == 24)
    {
      double expected = months == 18 ? MASTER_SHORT : MASTER_LONG;

      if (!same_credits (total, expected))
        add_finding (findings, AZQF_SEVERITY_ERROR, "credits.master-total", code, NULL, explanation,
                     months == 18
                       ? g_strdup_printf (_("%s has %s ECTS credits; a master's programme of "
                                            "1.5 years (%s) has 90"),
                                          code, text, duration)
                       : g_strdup_printf (_("%s has %s ECTS credits; a master's programme of "
                                            "2 years (%s) has 120"),
                                          code, text, duration));
      return;
    }

  if (!same_credits (total, MASTER_SHORT) && !same_credits (total, MASTER_LONG))
    {
      add_finding (findings, AZQF_SEVERITY_ERROR, "credits.master-total", code, NULL, explanation,
                   g_strdup_printf (_("%s has %s ECTS credits; a master's programme (level 7) "
                                      "has 90 (1.5 years) or 120 (2 years)"),
                                    code, text));
      return;
    }

  if (duration == NULL)
    add_finding (findings, AZQF_SEVERITY_WARNING, "credits.master-duration", code, NULL,
                 explanation,
                 g_strdup_printf (_("%s does not state its duration: give P18M (1.5 years) "
                                    "for 90 credits or P2Y (2 years) for 120"),
                                  code));
  else
    add_finding (findings, AZQF_SEVERITY_WARNING, "credits.master-duration", code, NULL,
                 explanation,
                 g_strdup_printf (_("%s lasts %s, which is neither 1.5 years (P18M) nor "
                                    "2 years (P2Y), the two durations of a master's programme"),
                                  code, duration));
}

static void
check_semesters (GPtrArray    *findings,
                 AzqfStandard *standard,
                 GPtrArray    *semesters,
                 double        total)
{
  const char *code = azqf_standard_get_code (standard);
  const char *semester_explanation =
    _("Decision 348: a full-time semester has 30 credits (point 3.2.2), a semester of the "
      "correspondence (qiyabi) form 24 (point 3.2.3), and no semester more than 40 "
      "(point 3.2.5).");
  double sum = 0;
  guint n_regular = 0, n_correspondence = 0;
  gboolean all_known = TRUE;

  for (guint i = 0; i < semesters->len; i++)
    {
      AzqfUnit *unit = g_ptr_array_index (semesters, i);
      gboolean summer = FALSE;
      double credits = azqf_unit_get_ects_credits (unit);

      _azqf_gap_unit_is_semester (unit, &summer);
      if (credits < 0)
        {
          all_known = FALSE;
          continue;
        }

      sum += credits;
      if (!summer)
        {
          n_regular++;
          if (same_credits (credits, SEMESTER_CORRESPONDENCE))
            n_correspondence++;
        }
    }

  /* Only a programme whose every semester has 24 credits is read as the
   * correspondence form; the standard does not record the form of study. */
  if (n_regular > 0 && n_correspondence == n_regular)
    add_finding (findings, AZQF_SEVERITY_INFO, "credits.semester-correspondence", code, NULL,
                 semester_explanation,
                 g_strdup_printf (_("Every semester of %s has 24 ECTS credits: read as the "
                                    "correspondence (qiyabi) form of study"),
                                  code));

  for (guint i = 0; i < semesters->len; i++)
    {
      AzqfUnit *unit = g_ptr_array_index (semesters, i);
      const char *unit_code = azqf_unit_get_code (unit);
      double credits = azqf_unit_get_ects_credits (unit);
      gboolean summer = FALSE;
      g_autofree char *text = NULL;

      _azqf_gap_unit_is_semester (unit, &summer);
      if (credits < 0)
        {
          add_finding (findings, AZQF_SEVERITY_WARNING, "credits.semester-missing", code, unit_code,
                       semester_explanation,
                       g_strdup_printf (_("Semester %s has no ECTS credits"), unit_code));
          continue;
        }

      text = azqf_value_format_credits (credits);
      if (summer)
        {
          if (credits > SUMMER_MAX + CREDITS_EPSILON)
            add_finding (findings, AZQF_SEVERITY_ERROR, "credits.summer-semester", code, unit_code,
                         _("Decision 348, point 3.4.3: the credits of a summer semester add up "
                           "to at most 10."),
                         g_strdup_printf (_("Summer semester %s has %s ECTS credits; a summer "
                                            "semester has at most 10"),
                                          unit_code, text));
        }
      else if (credits > SEMESTER_MAX + CREDITS_EPSILON)
        add_finding (findings, AZQF_SEVERITY_ERROR, "credits.semester-max", code, unit_code,
                     semester_explanation,
                     g_strdup_printf (_("Semester %s has %s ECTS credits; no semester may have "
                                        "more than 40"),
                                      unit_code, text));
      else if (!same_credits (credits, SEMESTER_FULL_TIME) && n_correspondence != n_regular)
        add_finding (findings, AZQF_SEVERITY_ERROR, "credits.semester-30", code, unit_code,
                     semester_explanation,
                     g_strdup_printf (_("Semester %s has %s ECTS credits; a full-time semester "
                                        "has 30"),
                                      unit_code, text));
    }

  if (total >= 0 && all_known && !same_credits (sum, total))
    {
      g_autofree char *sum_text = azqf_value_format_credits (sum);
      g_autofree char *total_text = azqf_value_format_credits (total);

      add_finding (findings, AZQF_SEVERITY_ERROR, "credits.semester-sum", code, NULL,
                   _("The credits of the semesters are the programme's credits: they must add "
                     "up to the total the standard states."),
                   g_strdup_printf (ngettext ("The %u semester of %s adds up to %s ECTS "
                                              "credits; the standard states %s",
                                              "The %u semesters of %s add up to %s ECTS "
                                              "credits; the standard states %s",
                                              semesters->len),
                                    semesters->len, code, sum_text, total_text));
    }
}

/* Units that are not semesters (modules, units of learning outcomes): their
 * credits cannot add up to more than the total, and when every unit has
 * credits they add up to exactly the total. */
static void
check_units (GPtrArray    *findings,
             AzqfStandard *standard,
             GPtrArray    *units,
             double        total)
{
  const char *code = azqf_standard_get_code (standard);
  double sum = 0;
  guint n_known = 0;
  g_autofree char *sum_text = NULL;
  g_autofree char *total_text = NULL;

  for (guint i = 0; i < units->len; i++)
    {
      double credits = azqf_unit_get_ects_credits (g_ptr_array_index (units, i));

      if (credits >= 0)
        {
          sum += credits;
          n_known++;
        }
    }

  if (n_known == 0 || total < 0)
    return;

  if (n_known == units->len ? same_credits (sum, total) : sum < total + CREDITS_EPSILON)
    return;

  sum_text = azqf_value_format_credits (sum);
  total_text = azqf_value_format_credits (total);
  add_finding (findings, AZQF_SEVERITY_ERROR, "credits.units-sum", code, NULL,
               _("A standard's credits are shared among its units: the units' credits add up "
                 "to the total, and never to more."),
               n_known == units->len
                 ? g_strdup_printf (_("The units of %s add up to %s ECTS credits; the standard "
                                      "states %s"),
                                    code, sum_text, total_text)
                 : g_strdup_printf (_("The units of %s that state credits already add up to %s "
                                      "ECTS credits, more than the %s the standard states"),
                                    code, sum_text, total_text));
}

static void
report_qfehea_range (GPtrArray    *findings,
                     AzqfStandard *standard,
                     double        total)
{
  const char *code = azqf_standard_get_code (standard);
  const char *explanation = _("QF-EHEA sets typical ranges, not rules: short cycle 90–120 "
                              "credits, first cycle 180–240, second cycle 90–120 (at least 60 "
                              "at second-cycle level), no range for the third cycle. The "
                              "national rules of decision 348 apply.");
  const QfeheaRange ranges[] = {
    { 5, 90, 120, N_("short cycle") },
    { 6, 180, 240, N_("first cycle") },
    { 7, 90, 120, N_("second cycle") },
  };
  guint level = azqf_standard_get_level (standard);
  g_autofree char *text = azqf_value_format_credits (total);

  if (level == 8)
    {
      add_finding (findings, AZQF_SEVERITY_INFO, "credits.qfehea-range", code, NULL, explanation,
                   g_strdup (_("QF-EHEA sets no credit range for the third cycle (level 8)")));
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (ranges); i++)
    {
      gboolean inside;

      if (ranges[i].level != level)
        continue;

      inside = total > ranges[i].min - CREDITS_EPSILON && total < ranges[i].max + CREDITS_EPSILON;
      add_finding (findings, AZQF_SEVERITY_INFO, "credits.qfehea-range", code, NULL, explanation,
                   inside
                     ? g_strdup_printf (_("%s ECTS credits are within the typical QF-EHEA "
                                          "%s range (%g–%g)"),
                                        text, _(ranges[i].cycle), ranges[i].min, ranges[i].max)
                     : g_strdup_printf (_("%s ECTS credits are outside the typical QF-EHEA "
                                          "%s range (%g–%g); for information only"),
                                        text, _(ranges[i].cycle), ranges[i].min, ranges[i].max));
    }
}

GPtrArray *
azqf_gap_check_credits (AzqfStandard *standard)
{
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func ((GDestroyNotify) azqf_finding_unref);
  g_autoptr(GPtrArray) semesters = g_ptr_array_new ();
  g_autoptr(GPtrArray) others = g_ptr_array_new ();
  GListModel *units;
  const char *code;
  AzqfKind kind;
  guint level;
  double total;

  g_return_val_if_fail (AZQF_IS_STANDARD (standard), NULL);

  code = azqf_standard_get_code (standard);
  kind = azqf_standard_get_kind (standard);
  level = azqf_standard_get_level (standard);
  total = azqf_standard_get_ects_credits (standard);
  units = azqf_standard_get_units (standard);

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(AzqfUnit) unit = g_list_model_get_item (units, i);
      gboolean summer;

      /* Semesters only structure an educational programme; a key function
       * called "semester" in another kind of standard is just a unit. */
      if (kind == AZQF_KIND_EDUCATIONAL && _azqf_gap_unit_is_semester (unit, &summer))
        g_ptr_array_add (semesters, unit);
      else
        g_ptr_array_add (others, unit);
    }

  if (kind == AZQF_KIND_EDUCATIONAL)
    {
      if (total < 0)
        {
          if (level == 6 || level == 7)
            add_finding (findings, AZQF_SEVERITY_WARNING, "credits.total-missing", code, NULL,
                         _("Decision 348, point 3.2.4 sets the credits of bachelor's and "
                           "master's programmes; the standard has to state them."),
                         g_strdup_printf (_("%s does not state its ECTS credits"), code));
        }
      else
        {
          if (level == 6)
            check_bachelor (findings, standard, total);
          else if (level == 7)
            check_master (findings, standard, total);
        }

      if (semesters->len > 0)
        check_semesters (findings, standard, semesters, total);

      if (total >= 0)
        report_qfehea_range (findings, standard, total);
    }

  /* With semesters, the modules' credits are part of them: the semester sum
   * is the check, and a second sum over the same credits would only repeat it. */
  if (semesters->len == 0)
    check_units (findings, standard, others, total);

  g_ptr_array_sort (findings, azqf_finding_compare);
  return g_steal_pointer (&findings);
}
