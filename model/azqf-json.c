/* azqf-json.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Keys are stable: scripts read `azqf … --json`, and the sample workspace is
 * written in the same shape. Absent values are omitted, never null.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "azqf-criterion.h"
#include "azqf-json.h"
#include "azqf-link.h"
#include "azqf-outcome.h"
#include "azqf-relation.h"
#include "azqf-standard.h"
#include "azqf-unit.h"
#include "azqf-value.h"

G_DEFINE_QUARK (azqf-json-error-quark, azqf_json_error)

/* Per-field limits are the store's; this only bounds what one value may be. */
#define MAX_JSON_TEXT (1024 * 1024)

/* Writing */

void
azqf_json_add_string (JsonBuilder *builder,
                      const char  *key,
                      const char  *value)
{
  g_return_if_fail (JSON_IS_BUILDER (builder));
  g_return_if_fail (key != NULL);

  if (value == NULL)
    return;

  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, value);
}

static void
add_pair (JsonBuilder *builder,
          const char  *key,
          const char  *az,
          const char  *en)
{
  if (az == NULL && en == NULL)
    return;

  json_builder_set_member_name (builder, key);
  json_builder_begin_object (builder);
  azqf_json_add_string (builder, "az", az);
  azqf_json_add_string (builder, "en", en);
  json_builder_end_object (builder);
}

static void
add_credits (JsonBuilder *builder,
             double       credits)
{
  if (credits < 0)
    return;

  json_builder_set_member_name (builder, "ects_credits");
  if (credits == (gint64) credits)
    json_builder_add_int_value (builder, (gint64) credits);
  else
    json_builder_add_double_value (builder, credits);
}

static void
add_level (JsonBuilder *builder,
           const char  *key,
           guint        level)
{
  if (level == 0)
    return;

  json_builder_set_member_name (builder, key);
  json_builder_add_int_value (builder, level);
}

static void
add_time (JsonBuilder *builder,
          const char  *key,
          gint64       unix_time)
{
  g_autofree char *text = azqf_value_format_datetime (unix_time);

  azqf_json_add_string (builder, key, text);
}

static void
add_outcomes (JsonBuilder *builder,
              GListModel  *outcomes)
{
  guint n = g_list_model_get_n_items (outcomes);

  if (n == 0)
    return;

  json_builder_set_member_name (builder, "outcomes");
  json_builder_begin_array (builder);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AzqfOutcome) outcome = g_list_model_get_item (outcomes, i);
      GListModel *criteria = azqf_outcome_get_criteria (outcome);
      GListModel *links = azqf_outcome_get_links (outcome);

      json_builder_begin_object (builder);
      azqf_json_add_string (builder, "code", azqf_outcome_get_code (outcome));
      azqf_json_add_string (builder, "domain", azqf_domain_to_string (azqf_outcome_get_domain (outcome)));
      add_pair (builder, "text",
                azqf_outcome_get_text (outcome, AZQF_LANG_AZ),
                azqf_outcome_get_text (outcome, AZQF_LANG_EN));

      if (g_list_model_get_n_items (criteria) > 0)
        {
          json_builder_set_member_name (builder, "criteria");
          json_builder_begin_array (builder);
          for (guint j = 0; j < g_list_model_get_n_items (criteria); j++)
            {
              g_autoptr(AzqfCriterion) criterion = g_list_model_get_item (criteria, j);

              json_builder_begin_object (builder);
              azqf_json_add_string (builder, "az", azqf_criterion_get_text (criterion, AZQF_LANG_AZ));
              azqf_json_add_string (builder, "en", azqf_criterion_get_text (criterion, AZQF_LANG_EN));
              json_builder_end_object (builder);
            }
          json_builder_end_array (builder);
        }

      if (g_list_model_get_n_items (links) > 0)
        {
          json_builder_set_member_name (builder, "links");
          json_builder_begin_array (builder);
          for (guint j = 0; j < g_list_model_get_n_items (links); j++)
            {
              g_autoptr(AzqfLink) link = g_list_model_get_item (links, j);

              json_builder_begin_object (builder);
              azqf_json_add_string (builder, "element", azqf_link_get_element (link));
              azqf_json_add_string (builder, "type", azqf_link_type_to_string (azqf_link_get_link_type (link)));
              azqf_json_add_string (builder, "source", azqf_link_source_to_string (azqf_link_get_source (link)));
              azqf_json_add_string (builder, "state", azqf_link_state_to_string (azqf_link_get_state (link)));
              azqf_json_add_string (builder, "comment", azqf_link_get_comment (link));
              json_builder_end_object (builder);
            }
          json_builder_end_array (builder);
        }

      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
}

JsonNode *
azqf_json_from_standard (AzqfStandard *standard,
                         gboolean      full)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  AzqfCycle cycle;

  g_return_val_if_fail (AZQF_IS_STANDARD (standard), NULL);

  json_builder_begin_object (builder);
  azqf_json_add_string (builder, "uuid", azqf_standard_get_uuid (standard));
  azqf_json_add_string (builder, "code", azqf_standard_get_code (standard));
  azqf_json_add_string (builder, "kind", azqf_kind_to_string (azqf_standard_get_kind (standard)));
  azqf_json_add_string (builder, "status", azqf_status_to_string (azqf_standard_get_status (standard)));
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, azqf_standard_get_version (standard));
  add_time (builder, "created", azqf_standard_get_created (standard));
  add_time (builder, "modified", azqf_standard_get_modified (standard));

#define PAIR(key, field) \
  add_pair (builder, key, \
            azqf_standard_get_text (standard, field, AZQF_LANG_AZ), \
            azqf_standard_get_text (standard, field, AZQF_LANG_EN))

  PAIR ("title", AZQF_STANDARD_TITLE);
  PAIR ("summary", AZQF_STANDARD_SUMMARY);
  add_level (builder, "azqf_level", azqf_standard_get_level (standard));
  add_level (builder, "eqf_level", azqf_standard_get_eqf_level (standard));
  cycle = azqf_standard_get_qfehea_cycle (standard);
  if (cycle != AZQF_CYCLE_NONE)
    azqf_json_add_string (builder, "qfehea_cycle", azqf_cycle_to_string (cycle));
  azqf_json_add_string (builder, "isco08", azqf_standard_get_isco08 (standard));
  azqf_json_add_string (builder, "isced_f", azqf_standard_get_isced_f (standard));
  PAIR ("sector", AZQF_STANDARD_SECTOR);
  add_credits (builder, azqf_standard_get_ects_credits (standard));
  azqf_json_add_string (builder, "duration", azqf_standard_get_duration (standard));
  PAIR ("awarding_body", AZQF_STANDARD_AWARDING_BODY);
  PAIR ("approving_body", AZQF_STANDARD_APPROVING_BODY);
#undef PAIR
  azqf_json_add_string (builder, "decision_number", azqf_standard_get_decision_number (standard));
  azqf_json_add_string (builder, "decision_date", azqf_standard_get_decision_date (standard));
  azqf_json_add_string (builder, "review_date", azqf_standard_get_review_date (standard));

  if (full)
    {
      GListModel *units = azqf_standard_get_units (standard);
      GListModel *relations = azqf_standard_get_relations (standard);

      add_outcomes (builder, azqf_standard_get_outcomes (standard));

      if (g_list_model_get_n_items (units) > 0)
        {
          json_builder_set_member_name (builder, "units");
          json_builder_begin_array (builder);
          for (guint i = 0; i < g_list_model_get_n_items (units); i++)
            {
              g_autoptr(AzqfUnit) unit = g_list_model_get_item (units, i);

              json_builder_begin_object (builder);
              azqf_json_add_string (builder, "code", azqf_unit_get_code (unit));
              add_pair (builder, "title",
                        azqf_unit_get_title (unit, AZQF_LANG_AZ),
                        azqf_unit_get_title (unit, AZQF_LANG_EN));
              add_level (builder, "azqf_level", azqf_unit_get_level (unit));
              add_credits (builder, azqf_unit_get_ects_credits (unit));
              add_outcomes (builder, azqf_unit_get_outcomes (unit));
              json_builder_end_object (builder);
            }
          json_builder_end_array (builder);
        }

      if (g_list_model_get_n_items (relations) > 0)
        {
          json_builder_set_member_name (builder, "relations");
          json_builder_begin_array (builder);
          for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
            {
              g_autoptr(AzqfRelation) relation = g_list_model_get_item (relations, i);

              json_builder_begin_object (builder);
              azqf_json_add_string (builder, "type",
                          azqf_relation_type_to_string (azqf_relation_get_relation_type (relation)));
              azqf_json_add_string (builder, "target_uuid", azqf_relation_get_target_uuid (relation));
              azqf_json_add_string (builder, "target_code", azqf_relation_get_target_code (relation));
              json_builder_end_object (builder);
            }
          json_builder_end_array (builder);
        }
    }

  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/* Reading */

static gboolean
invalid (GError    **error,
         const char *where,
         const char *what)
{
  g_set_error (error, AZQF_JSON_ERROR, AZQF_JSON_ERROR_INVALID,
               _("%s: %s"), where, what);
  return FALSE;
}

static gboolean
get_string (JsonObject  *object,
            const char  *key,
            const char  *where,
            const char **value,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);

  *value = NULL;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_autofree char *what = g_strdup_printf (_("“%s” must be a string"), key);
      return invalid (error, where, what);
    }

  *value = json_node_get_string (node);

  /* The model's text setters refuse control characters as a programmer
   * error, so input is checked here, where a clear message can be given. */
  if (!azqf_value_check_text (*value, MAX_JSON_TEXT, error))
    {
      g_prefix_error (error, "%s: %s: ", where, key);
      return FALSE;
    }

  return TRUE;
}

static gboolean
get_required_string (JsonObject  *object,
                     const char  *key,
                     const char  *where,
                     const char **value,
                     GError     **error)
{
  if (!get_string (object, key, where, value, error))
    return FALSE;

  if (*value == NULL)
    {
      g_autofree char *what = g_strdup_printf (_("“%s” is missing"), key);
      return invalid (error, where, what);
    }

  return TRUE;
}

static gboolean
get_number (JsonObject  *object,
            const char  *key,
            const char  *where,
            double      *value,
            gboolean    *present,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);
  GType type;

  *present = FALSE;
  if (node == NULL)
    return TRUE;

  type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
  if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
    {
      g_autofree char *what = g_strdup_printf (_("“%s” must be a number"), key);
      return invalid (error, where, what);
    }

  *value = json_node_get_double (node);
  *present = TRUE;
  return TRUE;
}

static gboolean
get_level (JsonObject  *object,
           const char  *where,
           guint       *level,
           GError     **error)
{
  double value = 0;
  gboolean present;

  *level = 0;
  if (!get_number (object, "azqf_level", where, &value, &present, error))
    return FALSE;

  if (present && (value != (gint64) value || value < 0 || value > G_MAXUINT))
    return invalid (error, where, _("“azqf_level” must be a whole number"));

  *level = present ? (guint) value : 0;
  if (present && *level == 0)
    *level = G_MAXUINT; /* refused by the setter with a clear message */

  return TRUE;
}


static gboolean
get_pair (JsonObject  *object,
          const char  *key,
          const char  *where,
          const char **az,
          const char **en,
          GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);
  JsonObject *pair;

  *az = *en = NULL;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *what = g_strdup_printf (_("“%s” must be an object with “az” and “en”"), key);
      return invalid (error, where, what);
    }

  pair = json_node_get_object (node);
  return get_string (pair, "az", where, az, error) &&
         get_string (pair, "en", where, en, error);
}

static JsonArray *
get_array (JsonObject  *object,
           const char  *key,
           const char  *where,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL || JSON_NODE_HOLDS_ARRAY (node))
    return node != NULL ? json_node_get_array (node) : NULL;

  {
    g_autofree char *what = g_strdup_printf (_("“%s” must be a list"), key);
    invalid (error, where, what);
  }
  return NULL;
}

static JsonObject *
array_object (JsonArray   *array,
              guint        index,
              const char  *where,
              GError     **error)
{
  JsonNode *node = json_array_get_element (array, index);

  if (JSON_NODE_HOLDS_OBJECT (node))
    return json_node_get_object (node);

  invalid (error, where, _("a list item must be an object"));
  return NULL;
}

static gboolean
read_outcomes (AzqfStandard  *standard,
               AzqfUnit      *unit,
               JsonObject    *parent,
               const char    *where,
               GError       **error)
{
  JsonArray *outcomes;
  GError *local_error = NULL;

  outcomes = get_array (parent, "outcomes", where, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (outcomes == NULL)
    return TRUE;

  for (guint i = 0; i < json_array_get_length (outcomes); i++)
    {
      JsonObject *object = array_object (outcomes, i, where, error);
      g_autoptr(AzqfOutcome) outcome = NULL;
      g_autofree char *here = NULL;
      const char *code, *domain_text, *az, *en;
      JsonArray *criteria, *links;
      AzqfDomain domain;

      if (object == NULL ||
          !get_required_string (object, "code", where, &code, error))
        return FALSE;

      here = g_strdup_printf ("%s %s", where, code);

      if (!get_required_string (object, "domain", here, &domain_text, error))
        return FALSE;
      if (!azqf_domain_from_string (domain_text, &domain))
        {
          g_autofree char *what = g_strdup_printf (_("unknown domain “%s”"), domain_text);
          return invalid (error, here, what);
        }

      outcome = azqf_outcome_new (code, domain, error);
      if (outcome == NULL || !get_pair (object, "text", here, &az, &en, error))
        return FALSE;
      azqf_outcome_set_text (outcome, AZQF_LANG_AZ, az);
      azqf_outcome_set_text (outcome, AZQF_LANG_EN, en);

      criteria = get_array (object, "criteria", here, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }
      for (guint j = 0; criteria != NULL && j < json_array_get_length (criteria); j++)
        {
          JsonObject *criterion = array_object (criteria, j, here, error);
          g_autoptr(AzqfCriterion) object_criterion = NULL;
          const char *c_az, *c_en;

          if (criterion == NULL ||
              !get_string (criterion, "az", here, &c_az, error) ||
              !get_string (criterion, "en", here, &c_en, error))
            return FALSE;

          object_criterion = azqf_criterion_new (c_az, c_en);
          azqf_outcome_append_criterion (outcome, object_criterion);
        }

      links = get_array (object, "links", here, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }
      for (guint j = 0; links != NULL && j < json_array_get_length (links); j++)
        {
          JsonObject *link_object = array_object (links, j, here, error);
          g_autoptr(AzqfLink) link = NULL;
          const char *element, *type_text, *source_text, *state_text, *comment;
          AzqfLinkType type = AZQF_LINK_COVERS;
          AzqfLinkSource source = AZQF_LINK_SOURCE_AUTHOR;
          AzqfLinkState state = AZQF_LINK_STATE_PENDING;

          if (link_object == NULL ||
              !get_required_string (link_object, "element", here, &element, error) ||
              !get_string (link_object, "type", here, &type_text, error) ||
              !get_string (link_object, "source", here, &source_text, error) ||
              !get_string (link_object, "state", here, &state_text, error) ||
              !get_string (link_object, "comment", here, &comment, error))
            return FALSE;

          if ((type_text != NULL && !azqf_link_type_from_string (type_text, &type)) ||
              (source_text != NULL && !azqf_link_source_from_string (source_text, &source)) ||
              (state_text != NULL && !azqf_link_state_from_string (state_text, &state)))
            return invalid (error, here, _("a link has an unknown type, source or state"));

          link = azqf_link_new (element, type, source, state, error);
          if (link == NULL)
            return FALSE;
          azqf_link_set_comment (link, comment);
          if (!azqf_outcome_add_link (outcome, link, error))
            return FALSE;
        }

      if (!azqf_standard_add_outcome (standard, unit, outcome, error))
        return FALSE;
    }

  return TRUE;
}

AzqfStandard *
azqf_json_to_standard (JsonNode  *node,
                       GError   **error)
{
  static const struct
  {
    const char       *key;
    AzqfStandardText  field;
  } pairs[] = {
    { "title", AZQF_STANDARD_TITLE },
    { "summary", AZQF_STANDARD_SUMMARY },
    { "sector", AZQF_STANDARD_SECTOR },
    { "awarding_body", AZQF_STANDARD_AWARDING_BODY },
    { "approving_body", AZQF_STANDARD_APPROVING_BODY },
  };
  g_autoptr(AzqfStandard) standard = NULL;
  JsonObject *object;
  JsonArray *units, *relations;
  GError *local_error = NULL;
  const char *uuid, *code, *kind_text, *status_text, *text;
  const char *where;
  double number = 0;
  gboolean present;
  guint level;
  AzqfKind kind;
  AzqfStatus status;

  g_return_val_if_fail (node != NULL, NULL);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      invalid (error, _("standard"), _("a standard must be a JSON object"));
      return NULL;
    }

  object = json_node_get_object (node);

  if (!get_required_string (object, "code", _("standard"), &code, error))
    return NULL;
  where = code;

  if (!get_string (object, "uuid", where, &uuid, error) ||
      !get_required_string (object, "kind", where, &kind_text, error))
    return NULL;

  if (!azqf_kind_from_string (kind_text, &kind))
    {
      g_autofree char *what = g_strdup_printf (_("unknown kind “%s”"), kind_text);
      invalid (error, where, what);
      return NULL;
    }

  if (uuid != NULL)
    standard = azqf_standard_new_with_uuid (uuid, kind, code, error);
  else
    standard = azqf_standard_new (kind, code, error);
  if (standard == NULL)
    return NULL;

  if (!get_string (object, "status", where, &status_text, error))
    return NULL;
  if (status_text != NULL)
    {
      if (!azqf_status_from_string (status_text, &status))
        {
          g_autofree char *what = g_strdup_printf (_("unknown status “%s”"), status_text);
          invalid (error, where, what);
          return NULL;
        }
      azqf_standard_set_status (standard, status);
    }

  if (!get_number (object, "version", where, &number, &present, error))
    return NULL;
  if (present && number != (gint64) number)
    {
      invalid (error, where, _("“version” must be a whole number"));
      return NULL;
    }
  if (present && !azqf_standard_set_version (standard, number > 0 && number < G_MAXUINT ? (guint) number : 0, error))
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      const char *az, *en;

      if (!get_pair (object, pairs[i].key, where, &az, &en, error))
        return NULL;
      azqf_standard_set_text (standard, pairs[i].field, AZQF_LANG_AZ, az);
      azqf_standard_set_text (standard, pairs[i].field, AZQF_LANG_EN, en);
    }

  if (!get_level (object, where, &level, error) ||
      !azqf_standard_set_level (standard, level, error))
    return NULL;

#define STRING_FIELD(key, setter) \
  if (!get_string (object, key, where, &text, error) || \
      (text != NULL && !setter (standard, text, error))) \
    return NULL;

  STRING_FIELD ("isco08", azqf_standard_set_isco08);
  STRING_FIELD ("isced_f", azqf_standard_set_isced_f);
  STRING_FIELD ("duration", azqf_standard_set_duration);
  STRING_FIELD ("decision_number", azqf_standard_set_decision_number);
  STRING_FIELD ("decision_date", azqf_standard_set_decision_date);
  STRING_FIELD ("review_date", azqf_standard_set_review_date);
#undef STRING_FIELD

  if (!get_number (object, "ects_credits", where, &number, &present, error))
    return NULL;
  if (present && !azqf_standard_set_ects_credits (standard, number, error))
    return NULL;

  {
    const char *created, *modified;
    gint64 unix_time;

    if (!get_string (object, "created", where, &created, error) ||
        !get_string (object, "modified", where, &modified, error))
      return NULL;

    if (created != NULL)
      {
        if (!azqf_value_parse_datetime (created, &unix_time, error))
          return NULL;
        azqf_standard_set_created (standard, unix_time);
      }
    if (modified != NULL)
      {
        if (!azqf_value_parse_datetime (modified, &unix_time, error))
          return NULL;
        azqf_standard_set_modified (standard, unix_time);
      }
  }

  if (!read_outcomes (standard, NULL, object, where, error))
    return NULL;

  units = get_array (object, "units", where, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  for (guint i = 0; units != NULL && i < json_array_get_length (units); i++)
    {
      JsonObject *unit_object = array_object (units, i, where, error);
      g_autoptr(AzqfUnit) unit = NULL;
      g_autofree char *here = NULL;
      const char *unit_code, *az, *en;
      guint unit_level;

      if (unit_object == NULL ||
          !get_required_string (unit_object, "code", where, &unit_code, error))
        return NULL;

      here = g_strdup_printf ("%s %s", where, unit_code);
      unit = azqf_unit_new (unit_code, error);
      if (unit == NULL ||
          !get_pair (unit_object, "title", here, &az, &en, error) ||
          !get_level (unit_object, here, &unit_level, error) ||
          !azqf_unit_set_level (unit, unit_level, error) ||
          !get_number (unit_object, "ects_credits", here, &number, &present, error) ||
          (present && !azqf_unit_set_ects_credits (unit, number, error)))
        return NULL;

      azqf_unit_set_title (unit, AZQF_LANG_AZ, az);
      azqf_unit_set_title (unit, AZQF_LANG_EN, en);

      if (!azqf_standard_add_unit (standard, unit, error) ||
          !read_outcomes (standard, unit, unit_object, here, error))
        return NULL;
    }

  relations = get_array (object, "relations", where, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  for (guint i = 0; relations != NULL && i < json_array_get_length (relations); i++)
    {
      JsonObject *relation_object = array_object (relations, i, where, error);
      g_autoptr(AzqfRelation) relation = NULL;
      const char *type_text, *target_uuid, *target_code;
      AzqfRelationType type;

      if (relation_object == NULL ||
          !get_required_string (relation_object, "type", where, &type_text, error) ||
          !get_required_string (relation_object, "target_uuid", where, &target_uuid, error) ||
          !get_required_string (relation_object, "target_code", where, &target_code, error))
        return NULL;

      if (!azqf_relation_type_from_string (type_text, &type))
        {
          g_autofree char *what = g_strdup_printf (_("unknown relation type “%s”"), type_text);
          invalid (error, where, what);
          return NULL;
        }

      relation = azqf_relation_new (type, target_uuid, target_code, error);
      if (relation == NULL || !azqf_standard_add_relation (standard, relation, error))
        return NULL;
    }

  return g_steal_pointer (&standard);
}

GPtrArray *
azqf_json_load_standards (const char  *data,
                          gssize       length,
                          GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GPtrArray) standards = NULL;
  JsonNode *root;
  JsonArray *array;

  if (!json_parser_load_from_data (parser, data, length, error))
    return NULL;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root) ||
      !json_object_has_member (json_node_get_object (root), "standards") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (root), "standards")))
    {
      g_set_error (error, AZQF_JSON_ERROR, AZQF_JSON_ERROR_INVALID,
                   _("The document has no “standards” list"));
      return NULL;
    }

  array = json_object_get_array_member (json_node_get_object (root), "standards");
  standards = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      AzqfStandard *standard = azqf_json_to_standard (json_array_get_element (array, i), error);

      if (standard == NULL)
        return NULL;
      g_ptr_array_add (standards, standard);
    }

  return g_steal_pointer (&standards);
}
