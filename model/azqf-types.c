/* azqf-types.c: string forms and labels of the shared enumerations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "azqf-types.h"

/* The register spellings (register-format.md §3), indexed by enum value. */
static const char * const kind_strings[] = {
  "occupational",
  "educational",
  "qualification",
};

static const char * const status_strings[] = {
  "draft",
  "in_review",
  "approved",
  "registered",
  "withdrawn",
};

static const char * const domain_strings[] = {
  "knowledge",
  "skills",
  "autonomy_responsibility",
};

/* AZQF_CYCLE_NONE has no register form: the element is then absent. */
static const char * const cycle_strings[] = {
  NULL,
  "short",
  "first",
  "second",
  "third",
};

static const char * const relation_type_strings[] = {
  "based_on",
  "replaces",
  "leads_to",
};

static const char * const link_type_strings[] = {
  "covers",
  "partial",
  "related",
};

static const char * const link_source_strings[] = {
  "author",
  "suggested",
};

static const char * const link_state_strings[] = {
  "pending",
  "confirmed",
  "rejected",
};

static const char * const lang_strings[] = {
  "az",
  "en",
};

static const char * const kind_labels[] = {
  N_("Occupational standard"),
  N_("Educational standard"),
  N_("Qualification standard"),
};

static const char * const status_labels[] = {
  N_("Draft"),
  N_("In review"),
  N_("Approved"),
  N_("Registered"),
  N_("Withdrawn"),
};

static const char * const domain_labels[] = {
  N_("Knowledge and understanding"),
  N_("Skills"),
  N_("Autonomy and responsibility"),
};

static const char * const cycle_labels[] = {
  N_("No cycle"),
  N_("Short cycle"),
  N_("First cycle"),
  N_("Second cycle"),
  N_("Third cycle"),
};

static const char * const relation_type_labels[] = {
  N_("Based on"),
  N_("Replaces"),
  N_("Leads to"),
};

static gboolean
lookup_string (const char * const *strings,
               guint               n_strings,
               const char         *str,
               guint              *out)
{
  g_assert (strings != NULL);

  if (str == NULL)
    return FALSE;

  for (guint i = 0; i < n_strings; i++)
    {
      if (g_strcmp0 (strings[i], str) == 0)
        {
          if (out != NULL)
            *out = i;
          return TRUE;
        }
    }

  return FALSE;
}

#define DEFINE_STRING_FORMS(prefix, Type, table)                           \
  const char *                                                             \
  prefix##_to_string (Type value)                                          \
  {                                                                        \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (table), NULL);     \
    return table[value];                                                   \
  }                                                                        \
                                                                           \
  gboolean                                                                 \
  prefix##_from_string (const char *str,                                   \
                        Type       *out)                                   \
  {                                                                        \
    guint value;                                                           \
                                                                           \
    if (!lookup_string (table, G_N_ELEMENTS (table), str, &value))         \
      return FALSE;                                                        \
    if (out != NULL)                                                       \
      *out = (Type) value;                                                 \
    return TRUE;                                                           \
  }

#define DEFINE_LABEL(prefix, Type, table)                                  \
  const char *                                                             \
  prefix##_get_label (Type value)                                          \
  {                                                                        \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (table), NULL);     \
    return _(table[value]);                                                \
  }

DEFINE_STRING_FORMS (azqf_kind, AzqfKind, kind_strings)
DEFINE_STRING_FORMS (azqf_status, AzqfStatus, status_strings)
DEFINE_STRING_FORMS (azqf_domain, AzqfDomain, domain_strings)
DEFINE_STRING_FORMS (azqf_cycle, AzqfCycle, cycle_strings)
DEFINE_STRING_FORMS (azqf_relation_type, AzqfRelationType, relation_type_strings)
DEFINE_STRING_FORMS (azqf_link_type, AzqfLinkType, link_type_strings)
DEFINE_STRING_FORMS (azqf_link_source, AzqfLinkSource, link_source_strings)
DEFINE_STRING_FORMS (azqf_link_state, AzqfLinkState, link_state_strings)
DEFINE_STRING_FORMS (azqf_lang, AzqfLang, lang_strings)

DEFINE_LABEL (azqf_kind, AzqfKind, kind_labels)
DEFINE_LABEL (azqf_status, AzqfStatus, status_labels)
DEFINE_LABEL (azqf_domain, AzqfDomain, domain_labels)
DEFINE_LABEL (azqf_cycle, AzqfCycle, cycle_labels)
DEFINE_LABEL (azqf_relation_type, AzqfRelationType, relation_type_labels)

AzqfCycle
azqf_cycle_for_level (guint level)
{
  switch (level)
    {
    case 5:
      return AZQF_CYCLE_SHORT;
    case 6:
      return AZQF_CYCLE_FIRST;
    case 7:
      return AZQF_CYCLE_SECOND;
    case 8:
      return AZQF_CYCLE_THIRD;
    default:
      return AZQF_CYCLE_NONE;
    }
}
