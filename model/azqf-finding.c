/* azqf-finding.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "azqf-finding.h"
#include "azqf-json.h"

struct _AzqfFinding
{
  gatomicrefcount  ref_count;
  AzqfSeverity     severity;
  int              lang;
  char            *rule_id;
  char            *message;
  char            *standard_code;
  char            *unit_code;
  char            *outcome_code;
  char            *element;
  char            *explanation;
  char            *suggestion;
};

G_DEFINE_BOXED_TYPE (AzqfFinding, azqf_finding, azqf_finding_ref, azqf_finding_unref)

AzqfFinding *
azqf_finding_new (AzqfSeverity  severity,
                  const char   *rule_id,
                  const char   *message,
                  const char   *standard_code,
                  const char   *unit_code,
                  const char   *outcome_code,
                  const char   *element)
{
  AzqfFinding *finding;

  g_return_val_if_fail (severity <= AZQF_SEVERITY_ERROR, NULL);
  g_return_val_if_fail (rule_id != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  finding = g_new0 (AzqfFinding, 1);
  g_atomic_ref_count_init (&finding->ref_count);
  finding->severity = severity;
  finding->lang = -1;
  finding->rule_id = g_strdup (rule_id);
  finding->message = g_strdup (message);
  finding->standard_code = g_strdup (standard_code);
  finding->unit_code = g_strdup (unit_code);
  finding->outcome_code = g_strdup (outcome_code);
  finding->element = g_strdup (element);

  return finding;
}

AzqfFinding *
azqf_finding_ref (AzqfFinding *finding)
{
  g_return_val_if_fail (finding != NULL, NULL);

  g_atomic_ref_count_inc (&finding->ref_count);
  return finding;
}

void
azqf_finding_unref (AzqfFinding *finding)
{
  g_return_if_fail (finding != NULL);

  if (!g_atomic_ref_count_dec (&finding->ref_count))
    return;

  g_free (finding->rule_id);
  g_free (finding->message);
  g_free (finding->standard_code);
  g_free (finding->unit_code);
  g_free (finding->outcome_code);
  g_free (finding->element);
  g_free (finding->explanation);
  g_free (finding->suggestion);
  g_free (finding);
}

AzqfSeverity
azqf_finding_get_severity (const AzqfFinding *finding)
{
  g_return_val_if_fail (finding != NULL, AZQF_SEVERITY_INFO);
  return finding->severity;
}

const char *
azqf_finding_get_rule_id (const AzqfFinding *finding)
{
  g_return_val_if_fail (finding != NULL, NULL);
  return finding->rule_id;
}

const char *
azqf_finding_get_message (const AzqfFinding *finding)
{
  g_return_val_if_fail (finding != NULL, NULL);
  return finding->message;
}

const char *
azqf_finding_get_standard_code (const AzqfFinding *finding)
{
  g_return_val_if_fail (finding != NULL, NULL);
  return finding->standard_code;
}

const char *
azqf_finding_get_unit_code (const AzqfFinding *finding)
{
  g_return_val_if_fail (finding != NULL, NULL);
  return finding->unit_code;
}

const char *
azqf_finding_get_outcome_code (const AzqfFinding *finding)
{
  g_return_val_if_fail (finding != NULL, NULL);
  return finding->outcome_code;
}

const char *
azqf_finding_get_element (const AzqfFinding *finding)
{
  g_return_val_if_fail (finding != NULL, NULL);
  return finding->element;
}

int
azqf_finding_get_lang (const AzqfFinding *finding)
{
  g_return_val_if_fail (finding != NULL, -1);
  return finding->lang;
}

void
azqf_finding_set_lang (AzqfFinding *finding,
                       int          lang)
{
  g_return_if_fail (finding != NULL);
  g_return_if_fail (lang >= -1 && lang <= AZQF_LANG_EN);
  finding->lang = lang;
}

const char *
azqf_finding_get_explanation (const AzqfFinding *finding)
{
  g_return_val_if_fail (finding != NULL, NULL);
  return finding->explanation;
}

void
azqf_finding_set_explanation (AzqfFinding *finding,
                              const char  *explanation)
{
  g_return_if_fail (finding != NULL);

  g_free (finding->explanation);
  finding->explanation = g_strdup (explanation);
}

const char *
azqf_finding_get_suggestion (const AzqfFinding *finding)
{
  g_return_val_if_fail (finding != NULL, NULL);
  return finding->suggestion;
}

void
azqf_finding_set_suggestion (AzqfFinding *finding,
                             const char  *suggestion)
{
  g_return_if_fail (finding != NULL);

  g_free (finding->suggestion);
  finding->suggestion = g_strdup (suggestion);
}

const char *
azqf_severity_to_string (AzqfSeverity severity)
{
  static const char * const names[] = { "info", "warning", "error" };

  g_return_val_if_fail (severity <= AZQF_SEVERITY_ERROR, NULL);
  return names[severity];
}

const char *
azqf_severity_get_label (AzqfSeverity severity)
{
  switch (severity)
    {
    case AZQF_SEVERITY_INFO:
      return _("Information");
    case AZQF_SEVERITY_WARNING:
      return _("Warning");
    case AZQF_SEVERITY_ERROR:
      return _("Error");
    default:
      g_return_val_if_reached (NULL);
    }
}

JsonNode *
azqf_finding_to_json (const AzqfFinding *finding)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (finding != NULL, NULL);

  json_builder_begin_object (builder);
  azqf_json_add_string (builder, "severity", azqf_severity_to_string (finding->severity));
  azqf_json_add_string (builder, "rule", finding->rule_id);
  azqf_json_add_string (builder, "message", finding->message);
  azqf_json_add_string (builder, "standard", finding->standard_code);
  azqf_json_add_string (builder, "unit", finding->unit_code);
  azqf_json_add_string (builder, "outcome", finding->outcome_code);
  azqf_json_add_string (builder, "element", finding->element);
  if (finding->lang >= 0)
    azqf_json_add_string (builder, "lang", azqf_lang_to_string (finding->lang));
  azqf_json_add_string (builder, "explanation", finding->explanation);
  azqf_json_add_string (builder, "suggestion", finding->suggestion);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

int
azqf_finding_compare (gconstpointer a,
                      gconstpointer b)
{
  const AzqfFinding *x = *(const AzqfFinding * const *) a;
  const AzqfFinding *y = *(const AzqfFinding * const *) b;
  int cmp;

  if (x->severity != y->severity)
    return x->severity > y->severity ? -1 : 1;
  if ((cmp = g_strcmp0 (x->standard_code, y->standard_code)) != 0 ||
      (cmp = g_strcmp0 (x->unit_code, y->unit_code)) != 0 ||
      (cmp = g_strcmp0 (x->outcome_code, y->outcome_code)) != 0 ||
      (cmp = g_strcmp0 (x->rule_id, y->rule_id)) != 0)
    return cmp;

  return g_strcmp0 (x->element, y->element);
}
