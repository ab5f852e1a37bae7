/* azqf-register-rules.c: building standards from the register events, and
 * the rule layer (register-format.md §6, §7.4, §7.5)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "azqf-criterion.h"
#include "azqf-link.h"
#include "azqf-outcome.h"
#include "azqf-register-reader-private.h"
#include "azqf-relation.h"
#include "azqf-standard.h"
#include "azqf-unit.h"
#include "azqf-value.h"

void
_azqf_register_set_position (GObject    *object,
                             const char *what,
                             Element    *element)
{
  g_autofree char *line = g_strconcat ("azqf-register-line", what, NULL);
  g_autofree char *column = g_strconcat ("azqf-register-column", what, NULL);

  g_object_set_data (object, line, GUINT_TO_POINTER (element->line));
  g_object_set_data (object, column, GUINT_TO_POINTER (element->column));
}

gboolean
_azqf_register_get_position (GObject    *object,
                             const char *what,
                             guint      *line,
                             guint      *column)
{
  g_autofree char *line_key = g_strconcat ("azqf-register-line", what, NULL);
  g_autofree char *column_key = g_strconcat ("azqf-register-column", what, NULL);
  guint l = GPOINTER_TO_UINT (g_object_get_data (object, line_key));

  if (l == 0)
    return FALSE;
  *line = l;
  *column = GPOINTER_TO_UINT (g_object_get_data (object, column_key));
  return TRUE;
}

void
_azqf_register_pending_relation_free (gpointer data)
{
  PendingRelation *relation = data;

  g_free (relation->target);
  g_free (relation->target_code);
  g_free (relation->source_code);
  g_free (relation);
}

/* Standards */

char *
_azqf_register_attribute_value (int             nb_attributes,
                 const xmlChar **attributes,
                 const char     *name)
{
  for (int i = 0; i < nb_attributes; i++)
    {
      const xmlChar **a = attributes + 5 * i;

      if (a[2] == NULL && strcmp ((const char *) a[0], name) == 0)
        return g_strndup ((const char *) a[3], a[4] - a[3]);
    }
  return NULL;
}

void
_azqf_register_clear_standard (ReadContext *rc)
{
  g_clear_pointer (&rc->std_uuid, g_free);
  g_clear_pointer (&rc->std_kind, g_free);
  g_clear_pointer (&rc->std_code, g_free);
  g_clear_pointer (&rc->std_status, g_free);
  g_clear_object (&rc->standard);
  g_clear_object (&rc->unit);
  g_clear_object (&rc->outcome);
  g_clear_object (&rc->criterion);
  g_clear_object (&rc->link);
  rc->outcome_open = FALSE;
  g_clear_pointer (&rc->outcome_code, g_free);
  rc->criterion_open = FALSE;
  g_clear_pointer (&rc->lang, g_free);
  g_clear_pointer (&rc->cycle, g_free);
  g_clear_pointer (&rc->decision_date, g_free);
  g_clear_pointer (&rc->review_date, g_free);
  rc->azqf_level = 0;
  rc->eqf_level = 0;
  rc->created = 0;
  rc->n_outcomes = 0;
  rc->n_unit_outcomes = 0;
  memset (&rc->level_position, 0, sizeof rc->level_position);
  memset (&rc->eqf_position, 0, sizeof rc->eqf_position);
  memset (&rc->cycle_position, 0, sizeof rc->cycle_position);
  memset (&rc->review_position, 0, sizeof rc->review_position);
  if (rc->seen != NULL)
    {
      g_hash_table_remove_all (rc->seen);
      g_hash_table_remove_all (rc->unit_codes);
      g_hash_table_remove_all (rc->outcome_codes);
    }
}

static gboolean
parse_lang (const char *lang,
            AzqfLang   *out)
{
  return azqf_lang_from_string (lang, out);
}

static char *
attribute_ns (int             nb_attributes,
              const xmlChar **attributes,
              const char     *uri,
              const char     *name)
{
  for (int i = 0; i < nb_attributes; i++)
    {
      const xmlChar **a = attributes + 5 * i;

      if (a[2] != NULL && strcmp ((const char *) a[2], uri) == 0 &&
          strcmp ((const char *) a[0], name) == 0)
        return g_strndup ((const char *) a[3], a[4] - a[3]);
    }
  return NULL;
}

/* TRUE the first time KEY is seen in this standard. */
static gboolean
first_time (ReadContext *rc,
            char        *key /* owned */)
{
  if (g_hash_table_contains (rc->seen, key))
    {
      g_free (key);
      return FALSE;
    }
  g_hash_table_add (rc->seen, key);
  return TRUE;
}

static const char *
status_label (AzqfStatus status)
{
  switch (status)
    {
    case AZQF_STATUS_DRAFT:
      return _("draft");
    case AZQF_STATUS_IN_REVIEW:
      return _("in review");
    case AZQF_STATUS_APPROVED:
      return _("approved");
    case AZQF_STATUS_REGISTERED:
      return _("registered");
    case AZQF_STATUS_WITHDRAWN:
    default:
      return _("withdrawn");
    }
}

static const char *
expected_cycle (guint level)
{
  switch (level)
    {
    case 5:
      return "short";
    case 6:
      return "first";
    case 7:
      return "second";
    case 8:
      return "third";
    default:
      return "none";
    }
}

static void
check_levels (ReadContext *rc)
{
  if (rc->eqf_level > 0 && rc->azqf_level == 0 && rc->level_position.line == 0)
    _azqf_register_add_problem (rc, rc->eqf_position.line, rc->eqf_position.column, "R08", FALSE,
                 g_strdup (_("<eqfLevel> is given without <azqfLevel>")));
  else if (rc->eqf_level > 0 && rc->azqf_level > 0 && rc->eqf_level != rc->azqf_level)
    _azqf_register_add_problem (rc, rc->eqf_position.line, rc->eqf_position.column, "R06", FALSE,
                 g_strdup_printf (_("EQF level %d differs from AzQF level %d; they must be equal"),
                                  (int) rc->eqf_level, (int) rc->azqf_level));

  if (rc->cycle != NULL && (rc->azqf_level > 0 || rc->level_position.line == 0))
    {
      if (g_strcmp0 (rc->cycle, expected_cycle (rc->azqf_level)) != 0)
        _azqf_register_add_problem (rc, rc->cycle_position.line, rc->cycle_position.column, "R07", FALSE,
                     g_strdup_printf (_("QF-EHEA cycle does not match AzQF level %d (expected %s)"),
                                      (int) rc->azqf_level, expected_cycle (rc->azqf_level)));
    }
  else if (rc->cycle == NULL && rc->azqf_level >= 5)
    _azqf_register_add_problem (rc, rc->level_position.line, rc->level_position.column, "R07", FALSE,
                 g_strdup_printf (_("QF-EHEA cycle does not match AzQF level %d (expected %s)"),
                                  (int) rc->azqf_level, expected_cycle (rc->azqf_level)));
}

static void
missing (ReadContext *rc,
         guint        line,
         guint        column,
         const char  *id,
         const char  *label,
         const char  *what)
{
  AzqfStatus status = azqf_standard_get_status (rc->standard);

  if (strcmp (id, "C01") == 0)
    _azqf_register_add_problem (rc, line, column, id, FALSE,
                 g_strdup_printf (_("standard \"%s\" (%s): %s is missing"), label, status_label (status), what));
  else if (strcmp (id, "C04") == 0)
    _azqf_register_add_problem (rc, line, column, id, FALSE, g_strdup_printf (_("unit \"%s\": %s is missing"), label, what));
  else
    _azqf_register_add_problem (rc, line, column, id, FALSE, g_strdup_printf (_("outcome \"%s\": %s is missing"), label, what));
}

static gboolean
wants_complete (ReadContext *rc)
{
  AzqfStatus status;

  if (rc->standard == NULL)
    return FALSE;
  status = azqf_standard_get_status (rc->standard);
  return rc->complete || status == AZQF_STATUS_APPROVED || status == AZQF_STATUS_REGISTERED;
}

/* C04–C08 at the end tag of a unit, outcome or criterion, reported at its
 * start tag. */
static void
check_item_complete (ReadContext *rc,
                     const char  *name,
                     Element     *element)
{
  guint line = element->line, column = element->column;

  if (!wants_complete (rc))
    return;

  if (strcmp (name, "criterion") == 0 && rc->criterion_open && rc->outcome_open)
    {
      const char *code = rc->outcome_code;

      if (!(rc->criterion_langs & (1u << AZQF_LANG_AZ)))
        _azqf_register_add_problem (rc, line, column, "C08", FALSE,
                                    g_strdup_printf (_("criterion %d of outcome \"%s\": %s is missing"),
                                                     (int) rc->n_criteria, code, _("Azerbaijani text")));
      if (!(rc->criterion_langs & (1u << AZQF_LANG_EN)))
        _azqf_register_add_problem (rc, line, column, "C08", FALSE,
                                    g_strdup_printf (_("criterion %d of outcome \"%s\": %s is missing"),
                                                     (int) rc->n_criteria, code, _("English text")));
    }
  else if (strcmp (name, "outcome") == 0 && rc->outcome_open)
    {
      const char *code = rc->outcome_code;

      if (!(rc->outcome_langs & (1u << AZQF_LANG_AZ)))
        missing (rc, line, column, "C06", code, _("Azerbaijani text"));
      if (!(rc->outcome_langs & (1u << AZQF_LANG_EN)))
        missing (rc, line, column, "C06", code, _("English text"));
      if (azqf_standard_get_kind (rc->standard) == AZQF_KIND_QUALIFICATION &&
          rc->n_criteria == 0)
        _azqf_register_add_problem (rc, line, column, "C07", FALSE,
                                    g_strdup_printf (_("outcome \"%s\" has no assessment criteria"), code));
    }
  else if (strcmp (name, "unit") == 0 && rc->unit != NULL)
    {
      const char *code = azqf_unit_get_code (rc->unit);

      if (azqf_unit_get_title (rc->unit, AZQF_LANG_AZ) == NULL)
        missing (rc, line, column, "C04", code, _("Azerbaijani title"));
      if (azqf_unit_get_title (rc->unit, AZQF_LANG_EN) == NULL)
        missing (rc, line, column, "C04", code, _("English title"));
      if (rc->n_unit_outcomes == 0)
        _azqf_register_add_problem (rc, line, column, "C05", FALSE,
                                    g_strdup_printf (_("unit \"%s\" has no learning outcomes"), code));
    }
}

static void
check_complete (ReadContext *rc)
{
  AzqfStandard *self = rc->standard;
  AzqfKind kind = azqf_standard_get_kind (self);
  AzqfStatus status = azqf_standard_get_status (self);
  const char *code = azqf_standard_get_code (self);
  guint line = rc->std_line, column = rc->std_column;
  GListModel *units = azqf_standard_get_units (self);
  static const struct { AzqfStandardText field; AzqfLang lang; const char *label; guint kinds; } texts[] = {
    { AZQF_STANDARD_TITLE, AZQF_LANG_AZ, N_("Azerbaijani title"), 7 },
    { AZQF_STANDARD_TITLE, AZQF_LANG_EN, N_("English title"), 7 },
    { AZQF_STANDARD_SUMMARY, AZQF_LANG_AZ, N_("Azerbaijani summary"), 7 },
    { AZQF_STANDARD_SUMMARY, AZQF_LANG_EN, N_("English summary"), 7 },
    { AZQF_STANDARD_SECTOR, AZQF_LANG_AZ, N_("Azerbaijani sector"), 1 },
    { AZQF_STANDARD_SECTOR, AZQF_LANG_EN, N_("English sector"), 1 },
    { AZQF_STANDARD_AWARDING_BODY, AZQF_LANG_AZ, N_("awarding body (Azerbaijani)"), 6 },
    { AZQF_STANDARD_AWARDING_BODY, AZQF_LANG_EN, N_("awarding body (English)"), 6 },
    { AZQF_STANDARD_APPROVING_BODY, AZQF_LANG_AZ, N_("approving body (Azerbaijani)"), 7 },
    { AZQF_STANDARD_APPROVING_BODY, AZQF_LANG_EN, N_("approving body (English)"), 7 },
  };
  /* kinds: 1 occupational, 2 educational, 4 qualification */
  guint bit = kind == AZQF_KIND_OCCUPATIONAL ? 1 : kind == AZQF_KIND_EDUCATIONAL ? 2 : 4;

  if (!wants_complete (rc))
    return;

  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    if ((texts[i].kinds & bit) && azqf_standard_get_text (self, texts[i].field, texts[i].lang) == NULL)
      missing (rc, line, column, "C01", code, _(texts[i].label));
  if (azqf_standard_get_level (self) == 0)
    {
      missing (rc, line, column, "C01", code, _("AzQF level"));
      missing (rc, line, column, "C01", code, _("EQF level"));
    }
  if (azqf_standard_get_isced_f (self) == NULL)
    missing (rc, line, column, "C01", code, _("ISCED-F field"));
  if (kind == AZQF_KIND_OCCUPATIONAL && azqf_standard_get_isco08 (self) == NULL)
    missing (rc, line, column, "C01", code, _("ISCO-08 code"));
  if (kind == AZQF_KIND_EDUCATIONAL && azqf_standard_get_ects_credits (self) < 0)
    missing (rc, line, column, "C01", code, _("ECTS credits"));
  if (kind == AZQF_KIND_EDUCATIONAL && azqf_standard_get_duration (self) == NULL)
    missing (rc, line, column, "C01", code, _("duration"));
  if (azqf_standard_get_decision_number (self) == NULL)
    missing (rc, line, column, "C01", code, _("decision number"));
  if (azqf_standard_get_decision_date (self) == NULL)
    missing (rc, line, column, "C01", code, _("decision date"));
  if (azqf_standard_get_review_date (self) == NULL)
    missing (rc, line, column, "C01", code, _("review date"));

  if (kind != AZQF_KIND_EDUCATIONAL && g_list_model_get_n_items (units) == 0)
    _azqf_register_add_problem (rc, line, column, "C02", FALSE,
                 g_strdup_printf (_("standard \"%s\" (%s) has no units"), code, status_label (status)));

  /* Units, outcomes and criteria were checked at their end tags. */
  if (rc->n_outcomes == 0)
    _azqf_register_add_problem (rc, line, column, "C03", FALSE,
                 g_strdup_printf (_("standard \"%s\" (%s) has no learning outcomes"), code, status_label (status)));
}

void
_azqf_register_finish_standard (ReadContext *rc)
{
  if (rc->std_uuid != NULL)
    {
      const char *first = g_hash_table_lookup (rc->uuids, rc->std_uuid);

      if (first != NULL)
        _azqf_register_add_problem (rc, rc->std_line, rc->std_column, "R01", FALSE,
                     g_strdup_printf (_("standard %s appears twice in this document (first at line %d)"),
                                      rc->std_uuid, atoi (first)));
      else
        g_hash_table_insert (rc->uuids, g_strdup (rc->std_uuid), g_strdup_printf ("%u\t%s", rc->std_line, rc->std_code != NULL ? rc->std_code : ""));
    }

  check_levels (rc);

  if (rc->review_date != NULL && rc->decision_date != NULL &&
      strcmp (rc->review_date, rc->decision_date) < 0)
    _azqf_register_add_problem (rc, rc->review_position.line, rc->review_position.column, "R18", FALSE,
                 g_strdup_printf (_("review date %s is earlier than decision date %s"),
                                  rc->review_date, rc->decision_date));

  if (rc->standard != NULL)
    check_complete (rc);

  if (rc->func != NULL && rc->func_error == NULL && !rc->stopped && rc->standard != NULL &&
      !rc->func (rc->standard, rc->std_line, rc->std_column, rc->user_data, &rc->func_error))
    _azqf_register_stop (rc);

  _azqf_register_clear_standard (rc);
}

/* Finds a path of "replaces" edges from `from` to `to`, appending the uuids
 * on it (without `from`) to path. */
static gboolean
find_path (GHashTable *edges,
           GHashTable *visited,
           const char *from,
           const char *to,
           GPtrArray  *path)
{
  GPtrArray *targets;

  if (strcmp (from, to) == 0)
    return TRUE;
  if (!g_hash_table_add (visited, (gpointer) from))
    return FALSE;
  targets = g_hash_table_lookup (edges, from);
  for (guint i = 0; targets != NULL && i < targets->len; i++)
    {
      const char *next = g_ptr_array_index (targets, i);

      g_ptr_array_add (path, (gpointer) next);
      if (find_path (edges, visited, next, to, path))
        return TRUE;
      g_ptr_array_set_size (path, path->len - 1);
    }
  return FALSE;
}

/* R16: adds the edge source → target and reports the cycle it closes. */
static void
add_replaces (ReadContext *rc,
              Element     *element,
              const char  *target,
              const char  *target_code)
{
  g_autoptr(GHashTable) visited = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) path = g_ptr_array_new ();
  GPtrArray *targets;

  if (rc->std_uuid == NULL)
    return;
  if (target_code != NULL && !g_hash_table_contains (rc->names, target))
    g_hash_table_insert (rc->names, g_strdup (target), g_strdup (target_code));
  if (rc->std_code != NULL)
    g_hash_table_insert (rc->names, g_strdup (rc->std_uuid), g_strdup (rc->std_code));

  if (find_path (rc->replaces, visited, target, rc->std_uuid, path))
    {
      g_autoptr(GString) cycle = g_string_new (NULL);
      const char *name = g_hash_table_lookup (rc->names, rc->std_uuid);

      g_string_append (cycle, name != NULL ? name : rc->std_uuid);
      name = g_hash_table_lookup (rc->names, target);
      g_string_append_printf (cycle, " → %s", name != NULL ? name : target);
      for (guint i = 0; i < path->len; i++)
        {
          const char *uuid = g_ptr_array_index (path, i);

          name = g_hash_table_lookup (rc->names, uuid);
          g_string_append_printf (cycle, " → %s", name != NULL ? name : uuid);
        }
      _azqf_register_add_problem (rc, element->line, element->column, "R16", FALSE,
                   g_strdup_printf (_("\"replaces\" relations form a cycle: %s"), cycle->str));
      return;
    }

  targets = g_hash_table_lookup (rc->replaces, rc->std_uuid);
  if (targets == NULL)
    {
      targets = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (rc->replaces, g_strdup (rc->std_uuid), targets);
    }
  g_ptr_array_add (targets, g_strdup (target));
}

/* Start tags inside a <standard>: objects that need their attributes. */
void
_azqf_register_build_start (ReadContext    *rc,
             const char     *name,
             const char     *parent,
             Element        *element,
             int             nb_attributes,
             const xmlChar **attributes)
{
  g_free (rc->lang);
  rc->lang = attribute_ns (nb_attributes, attributes, "http://www.w3.org/XML/1998/namespace", "lang");

  if (strcmp (name, "outcome") == 0)
    {
      g_autofree char *domain = _azqf_register_attribute_value (nb_attributes, attributes, "domain");

      g_clear_object (&rc->outcome);
      rc->outcome_open = FALSE;
      g_clear_pointer (&rc->outcome_code, g_free);
      rc->outcome_langs = 0;
      rc->n_criteria = 0;
      rc->domain_valid = domain != NULL && azqf_domain_from_string (domain, &rc->domain);
    }
  else if (strcmp (name, "unit") == 0)
    {
      g_clear_object (&rc->unit);
      rc->n_unit_outcomes = 0;
    }
  else if (strcmp (name, "criterion") == 0)
    {
      g_clear_object (&rc->criterion);
      rc->n_criteria++;
      rc->criterion_open = rc->outcome_open;
      rc->criterion_langs = 0;
      /* Appended at its end tag, once its texts are set. */
      if (rc->outcome != NULL)
        rc->criterion = azqf_criterion_new (NULL, NULL);
    }
  else if (strcmp (name, "link") == 0)
    {
      g_autofree char *framework = _azqf_register_attribute_value (nb_attributes, attributes, "framework");
      g_autofree char *target = _azqf_register_attribute_value (nb_attributes, attributes, "element");
      g_autofree char *type = _azqf_register_attribute_value (nb_attributes, attributes, "type");
      g_autofree char *source = _azqf_register_attribute_value (nb_attributes, attributes, "source");
      g_autofree char *state = _azqf_register_attribute_value (nb_attributes, attributes, "state");
      AzqfLinkType link_type;
      AzqfLinkSource link_source;
      AzqfLinkState link_state;

      g_clear_object (&rc->link);
      if (target == NULL)
        return;
      if (framework != NULL && !(g_str_has_prefix (target, framework) && target[strlen (framework)] == ':'))
        _azqf_register_add_problem (rc, element->line, element->column, "R12", FALSE,
                     g_strdup_printf (_("descriptor element \"%s\" does not belong to framework \"%s\""), target, framework));
      if (g_strcmp0 (state, "rejected") == 0 && g_strcmp0 (source, "suggested") != 0 && source != NULL)
        _azqf_register_add_problem (rc, element->line, element->column, "R13", FALSE, g_strdup (_("only suggested links can be rejected")));
      if (rc->outcome_open &&
          !first_time (rc, g_strdup_printf ("link\t%s\t%s", rc->outcome_code, target)))
        {
          _azqf_register_add_problem (rc, element->line, element->column, "R11", FALSE,
                       g_strdup_printf (_("the link to %s is given twice for this outcome"), target));
          return;
        }
      if (rc->outcome != NULL && type != NULL && source != NULL && state != NULL &&
          azqf_link_type_from_string (type, &link_type) &&
          azqf_link_source_from_string (source, &link_source) &&
          azqf_link_state_from_string (state, &link_state))
        {
          rc->link = azqf_link_new (target, link_type, link_source, link_state, NULL);
          if (rc->link != NULL && !azqf_outcome_add_link (rc->outcome, rc->link, NULL))
            g_clear_object (&rc->link);
          if (rc->link != NULL)
            _azqf_register_set_position (G_OBJECT (rc->link), "", element);
        }
    }
  else if (strcmp (name, "relation") == 0)
    {
      g_autofree char *type = _azqf_register_attribute_value (nb_attributes, attributes, "type");
      g_autofree char *target = _azqf_register_attribute_value (nb_attributes, attributes, "target");
      g_autofree char *target_code = _azqf_register_attribute_value (nb_attributes, attributes, "targetCode");
      AzqfRelationType relation_type;

      if (target == NULL || type == NULL)
        return;
      if (g_strcmp0 (target, rc->std_uuid) == 0)
        {
          _azqf_register_add_problem (rc, element->line, element->column, "R14", FALSE, g_strdup (_("a standard cannot relate to itself")));
          return;
        }
      if (!first_time (rc, g_strdup_printf ("relation\t%s\t%s", type, target)))
        {
          _azqf_register_add_problem (rc, element->line, element->column, "R15", FALSE,
                       g_strdup_printf (_("relation %s to %s is given twice"), type, target));
          return;
        }
      if (strcmp (type, "replaces") == 0)
        add_replaces (rc, element, target, target_code);
      if (target_code != NULL)
        {
          PendingRelation *pending = g_new0 (PendingRelation, 1);

          pending->target = g_strdup (target);
          pending->target_code = g_strdup (target_code);
          pending->line = element->line;
          pending->column = element->column;
          g_ptr_array_add (rc->relations, pending);
        }
      if (rc->standard != NULL && azqf_relation_type_from_string (type, &relation_type))
        {
          g_autoptr(AzqfRelation) relation = azqf_relation_new (relation_type, target, target_code, NULL);

          if (relation != NULL)
            azqf_standard_add_relation (rc->standard, relation, NULL);
        }
    }
}

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/* A language text: R03, R04, R05. Returns the language, or FALSE. */
static gboolean
check_text (ReadContext *rc,
            const char  *name,
            const char  *parent,
            Element     *element,
            const char  *text,
            AzqfLang    *lang)
{
  Element *parent_element = NULL;

  if (is_blank (text))
    {
      _azqf_register_add_problem (rc, element->line, element->column, "R05", FALSE, g_strdup_printf (_("<%s> is empty"), name));
      return FALSE;
    }
  if (rc->lang == NULL)
    return FALSE;   /* S04 already */
  if (!parse_lang (rc->lang, lang))
    {
      _azqf_register_add_problem (rc, element->line, element->column, "R04", FALSE,
                   g_strdup_printf (_("language \"%s\" is not supported; use \"az\" or \"en\""), rc->lang));
      return FALSE;
    }
  /* The parent is told apart by its start tag's line and column: a file
   * written on one line has every parent on line 1. */
  if (rc->stack->len > 1)
    parent_element = &g_array_index (rc->stack, Element, rc->stack->len - 2);
  if (!first_time (rc, g_strdup_printf ("text\t%s\t%s\t%s\t%u:%u", parent, name, rc->lang,
                                        parent_element != NULL ? parent_element->line : 0,
                                        parent_element != NULL ? parent_element->column : 0)))
    {
      _azqf_register_add_problem (rc, element->line, element->column, "R03", FALSE,
                   g_strdup_printf (_("<%s> has two texts in language \"%s\""), name, rc->lang));
      return FALSE;
    }
  return TRUE;
}

static void
build_code (ReadContext *rc,
            const char  *parent,
            Element     *element,
            const char  *code)
{
  if (strcmp (parent, "standard") == 0)
    {
      gpointer first = g_hash_table_lookup (rc->codes, code);
      AzqfKind kind;
      AzqfStatus status;

      g_free (rc->std_code);
      rc->std_code = g_strdup (code);
      if (first != NULL)
        _azqf_register_add_problem (rc, element->line, element->column, "R02", FALSE,
                     g_strdup_printf (_("code \"%s\" is used by two standards in this document (first at line %d)"),
                                      code, GPOINTER_TO_INT (first)));
      else if (*code != '\0')
        g_hash_table_insert (rc->codes, g_strdup (code), GUINT_TO_POINTER (element->line));

      /* A second <code> (S01 already) replaces the first, here and below. */
      g_clear_object (&rc->standard);
      if (rc->std_uuid != NULL && rc->std_kind != NULL && azqf_kind_from_string (rc->std_kind, &kind))
        rc->standard = azqf_standard_new_with_uuid (rc->std_uuid, kind, code, NULL);
      if (rc->standard != NULL)
        _azqf_register_set_position (G_OBJECT (rc->standard), "code", element);
      if (rc->standard != NULL && rc->std_status != NULL && azqf_status_from_string (rc->std_status, &status))
        azqf_standard_set_status (rc->standard, status);
      if (rc->standard != NULL && rc->std_version > 0)
        azqf_standard_set_version (rc->standard, rc->std_version, NULL);
    }
  else if (strcmp (parent, "unit") == 0)
    {
      if (g_hash_table_contains (rc->unit_codes, code))
        {
          _azqf_register_add_problem (rc, element->line, element->column, "R09", FALSE,
                       g_strdup_printf (_("unit code \"%s\" is used twice in this standard"), code));
          return;
        }
      g_hash_table_add (rc->unit_codes, g_strdup (code));
      g_clear_object (&rc->unit);
      if (rc->standard != NULL)
        {
          rc->unit = azqf_unit_new (code, NULL);
          if (rc->unit != NULL && !azqf_standard_add_unit (rc->standard, rc->unit, NULL))
            g_clear_object (&rc->unit);
        }
    }
  else if (strcmp (parent, "outcome") == 0)
    {
      /* ..., unit or standard, outcomes, outcome, code */
      gboolean in_unit = rc->stack->len >= 4 &&
        g_strcmp0 (g_array_index (rc->stack, Element, rc->stack->len - 4).name, "unit") == 0;

      if (g_hash_table_contains (rc->outcome_codes, code))
        {
          _azqf_register_add_problem (rc, element->line, element->column, "R10", FALSE,
                       g_strdup_printf (_("outcome code \"%s\" is used twice in this standard"), code));
          return;
        }
      g_hash_table_add (rc->outcome_codes, g_strdup (code));
      g_clear_object (&rc->outcome);
      g_clear_pointer (&rc->outcome_code, g_free);
      rc->outcome_open = FALSE;
      if (rc->standard != NULL && rc->domain_valid && (!in_unit || rc->unit != NULL) &&
          azqf_value_check_item_code (code, NULL))
        {
          rc->outcome_open = TRUE;
          rc->outcome_code = g_strdup (code);
          rc->outcome_in_unit = in_unit;
          /* Added to the standard at its end tag (attach_item). */
          if (rc->func != NULL)
            rc->outcome = azqf_outcome_new (code, rc->domain, NULL);
        }
    }
}

/* Outcome and criterion objects are made only when someone wants the
 * standard (rc->func, an import); validation alone keeps in rc what the
 * rules need (outcome_open, outcome_code, the languages with a text, the
 * counts), which halves its cost. An outcome joins its standard, and a
 * criterion its outcome, only when complete: every change to an attached
 * object is signalled up to the standard. (R10 has already refused a code
 * used twice, the only reason azqf_standard_add_outcome could fail.) */
static void
attach_item (ReadContext *rc,
             const char  *name)
{
  if (strcmp (name, "criterion") == 0)
    {
      if (rc->criterion != NULL && rc->outcome != NULL)
        azqf_outcome_append_criterion (rc->outcome, rc->criterion);
      g_clear_object (&rc->criterion);
      rc->criterion_open = FALSE;
    }
  else if (strcmp (name, "outcome") == 0 && rc->outcome_open)
    {
      if (rc->standard == NULL || (rc->outcome_in_unit && rc->unit == NULL) ||
          (rc->outcome != NULL &&
           !azqf_standard_add_outcome (rc->standard, rc->outcome_in_unit ? rc->unit : NULL,
                                       rc->outcome, NULL)))
        {
          g_clear_object (&rc->outcome);
          rc->outcome_open = FALSE;
          return;
        }
      rc->n_outcomes++;
      if (rc->outcome_in_unit)
        rc->n_unit_outcomes++;
    }
}

/* End tags inside a <standard>: values. */
void
_azqf_register_build_end (ReadContext *rc,
           const char  *name,
           const char  *parent,
           Element     *element,
           const char  *text)
{
  AzqfStandard *self = rc->standard;
  AzqfLang lang;

  if (strcmp (name, "unit") == 0 || strcmp (name, "outcome") == 0 || strcmp (name, "criterion") == 0)
    {
      check_item_complete (rc, name, element);
      attach_item (rc, name);
      return;
    }

  if (strcmp (name, "code") == 0)
    {
      build_code (rc, parent, element, text);
      return;
    }

  if (strcmp (name, "title") == 0 || strcmp (name, "summary") == 0 || strcmp (name, "sector") == 0 ||
      strcmp (name, "name") == 0 || strcmp (name, "text") == 0)
    {
      if (!check_text (rc, name, parent, element, text, &lang))
        return;
      if (strcmp (parent, "standard") == 0 && self != NULL)
        azqf_standard_set_text (self,
                                name[0] == 't' ? AZQF_STANDARD_TITLE : name[1] == 'u' ? AZQF_STANDARD_SUMMARY : AZQF_STANDARD_SECTOR,
                                lang, text);
      else if (strcmp (parent, "awardingBody") == 0 && self != NULL)
        azqf_standard_set_text (self, AZQF_STANDARD_AWARDING_BODY, lang, text);
      else if (strcmp (parent, "approvingBody") == 0 && self != NULL)
        azqf_standard_set_text (self, AZQF_STANDARD_APPROVING_BODY, lang, text);
      else if (strcmp (parent, "unit") == 0 && rc->unit != NULL)
        azqf_unit_set_title (rc->unit, lang, text);
      else if (strcmp (parent, "outcome") == 0 && rc->outcome_open)
        {
          rc->outcome_langs |= 1u << lang;
          if (rc->outcome != NULL)
            azqf_outcome_set_text (rc->outcome, lang, text);
        }
      else if (strcmp (parent, "criterion") == 0 && rc->criterion_open)
        {
          rc->criterion_langs |= 1u << lang;
          if (rc->criterion != NULL)
            azqf_criterion_set_text (rc->criterion, lang, text);
        }
      return;
    }

  if (strcmp (name, "comment") == 0)
    {
      if (is_blank (text))
        _azqf_register_add_problem (rc, element->line, element->column, "R05", FALSE, g_strdup_printf (_("<%s> is empty"), name));
      else if (rc->link != NULL)
        azqf_link_set_comment (rc->link, text);
      return;
    }

  if (strcmp (name, "decisionNumber") == 0)
    {
      if (is_blank (text))
        _azqf_register_add_problem (rc, element->line, element->column, "R05", FALSE, g_strdup_printf (_("<%s> is empty"), name));
      else if (self != NULL)
        azqf_standard_set_decision_number (self, text, NULL);
      return;
    }

  if (strcmp (name, "azqfLevel") == 0 || strcmp (name, "eqfLevel") == 0 || strcmp (name, "ectsCredits") == 0)
    {
      guint64 level = 0;
      gboolean valid = g_ascii_string_to_unsigned (text, 10, 1, 8, &level, NULL);

      if (strcmp (name, "ectsCredits") == 0)
        {
          char *end = NULL;
          double credits = g_ascii_strtod (text, &end);

          if (end != NULL && end != text && *end == '\0')
            {
              if (strcmp (parent, "unit") == 0 && rc->unit != NULL)
                azqf_unit_set_ects_credits (rc->unit, credits, NULL);
              else if (strcmp (parent, "standard") == 0 && self != NULL)
                azqf_standard_set_ects_credits (self, credits, NULL);
            }
          return;
        }
      if (strcmp (parent, "unit") == 0)
        {
          if (valid && rc->unit != NULL)
            azqf_unit_set_level (rc->unit, level, NULL);
          return;
        }
      if (strcmp (name, "azqfLevel") == 0)
        {
          rc->level_position = *element;
          rc->level_position.name = NULL;
          rc->azqf_level = valid ? level : 0;
          if (valid && self != NULL)
            azqf_standard_set_level (self, level, NULL);
        }
      else
        {
          rc->eqf_position = *element;
          rc->eqf_position.name = NULL;
          rc->eqf_level = valid ? level : 0;
        }
      return;
    }

  if (strcmp (name, "qfeheaCycle") == 0)
    {
      g_free (rc->cycle);
      rc->cycle = g_strdup (text);
      rc->cycle_position = *element;
      rc->cycle_position.name = NULL;
      return;
    }

  if (strcmp (name, "created") == 0 || strcmp (name, "modified") == 0)
    {
      gint64 unix_time;

      if (!azqf_value_parse_datetime (text, &unix_time, NULL))
        return;
      if (name[0] == 'c')
        {
          rc->created = unix_time;
          if (self != NULL)
            azqf_standard_set_created (self, unix_time);
        }
      else
        {
          if (rc->created > unix_time)
            {
              g_autoptr(GDateTime) created = g_date_time_new_from_unix_utc (rc->created);
              g_autofree char *created_text = g_date_time_format (created, "%Y-%m-%dT%H:%M:%SZ");

              _azqf_register_add_problem (rc, element->line, element->column, "R17", FALSE,
                           g_strdup_printf (_("created time %s is later than modified time %s"), created_text, text));
            }
          if (self != NULL)
            azqf_standard_set_modified (self, unix_time);
        }
      return;
    }

  if (strcmp (name, "isco08") == 0 || strcmp (name, "iscedF") == 0)
    {
      gboolean isco = name[2] == 'c' && name[3] == 'o';

      if (strlen (text) != 4 || !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[1]) ||
          !g_ascii_isdigit (text[2]) || !g_ascii_isdigit (text[3]))
        return;   /* S03 */
      if (isco ? !azqf_value_check_isco08 (text, NULL) : !azqf_value_check_isced_f (text, NULL))
        {
          if (isco)
            _azqf_register_add_problem (rc, element->line, element->column, "R20", FALSE,
                         g_strdup_printf (_("ISCO-08 code %s is not an ISCO-08 unit group"), text));
          else
            _azqf_register_add_problem (rc, element->line, element->column, "R19", FALSE,
                         g_strdup_printf (_("ISCED-F code %s is not in ISCED-F 2013"), text));
          return;
        }
      if (self != NULL)
        {
          if (isco)
            azqf_standard_set_isco08 (self, text, NULL);
          else
            azqf_standard_set_isced_f (self, text, NULL);
        }
      return;
    }

  if (strcmp (name, "duration") == 0)
    {
      if (self != NULL)
        azqf_standard_set_duration (self, text, NULL);
      return;
    }

  if (strcmp (name, "decisionDate") == 0 || strcmp (name, "reviewDate") == 0)
    {
      if (!azqf_value_check_date (text, NULL))
        return;
      if (name[0] == 'd')
        {
          g_free (rc->decision_date);
          rc->decision_date = g_strdup (text);
          if (self != NULL)
            azqf_standard_set_decision_date (self, text, NULL);
        }
      else
        {
          g_free (rc->review_date);
          rc->review_date = g_strdup (text);
          rc->review_position = *element;
          rc->review_position.name = NULL;
          if (self != NULL)
            azqf_standard_set_review_date (self, text, NULL);
        }
      return;
    }

  if (strcmp (name, "qfeheaCycle") == 0)
    return;
}

/* R21, once every standard of the document is known. */
void
_azqf_register_check_relation_codes (ReadContext *rc)
{
  for (guint i = 0; i < rc->relations->len; i++)
    {
      PendingRelation *relation = g_ptr_array_index (rc->relations, i);
      const char *entry = g_hash_table_lookup (rc->uuids, relation->target);
      const char *code = entry != NULL ? strchr (entry, '\t') : NULL;

      if (code != NULL && *++code != '\0' && strcmp (code, relation->target_code) != 0)
        _azqf_register_add_problem (rc, relation->line, relation->column, "R21", FALSE,
                     g_strdup_printf (_("relation target %s has code \"%s\" in this document, not \"%s\""),
                                      relation->target, code, relation->target_code));
    }
}
