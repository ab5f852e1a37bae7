/* azqf-misspelling.c: one misspelled word the spell-checker found
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "azqf-json.h"
#include "azqf-misspelling.h"

struct _AzqfMisspelling
{
  gatomicrefcount  ref_count;
  AzqfLang         lang;
  guint            offset;
  guint            length;
  guint            char_offset;
  guint            char_length;
  guint            criterion;
  char            *word;
  char            *standard_code;
  char            *unit_code;
  char            *outcome_code;
  char            *field;
  char           **suggestions;
};

G_DEFINE_BOXED_TYPE (AzqfMisspelling, azqf_misspelling, azqf_misspelling_ref, azqf_misspelling_unref)

AzqfMisspelling *
azqf_misspelling_new (const char *word,
                      AzqfLang    lang,
                      guint       offset,
                      guint       length,
                      guint       char_offset,
                      guint       char_length)
{
  AzqfMisspelling *misspelling;

  g_return_val_if_fail (word != NULL, NULL);

  misspelling = g_new0 (AzqfMisspelling, 1);
  g_atomic_ref_count_init (&misspelling->ref_count);
  misspelling->word = g_strdup (word);
  misspelling->lang = lang;
  misspelling->offset = offset;
  misspelling->length = length;
  misspelling->char_offset = char_offset;
  misspelling->char_length = char_length;

  return misspelling;
}

AzqfMisspelling *
azqf_misspelling_ref (AzqfMisspelling *misspelling)
{
  g_return_val_if_fail (misspelling != NULL, NULL);

  g_atomic_ref_count_inc (&misspelling->ref_count);
  return misspelling;
}

void
azqf_misspelling_unref (AzqfMisspelling *misspelling)
{
  g_return_if_fail (misspelling != NULL);

  if (!g_atomic_ref_count_dec (&misspelling->ref_count))
    return;

  g_free (misspelling->word);
  g_free (misspelling->standard_code);
  g_free (misspelling->unit_code);
  g_free (misspelling->outcome_code);
  g_free (misspelling->field);
  g_strfreev (misspelling->suggestions);
  g_free (misspelling);
}

const char *
azqf_misspelling_get_word (const AzqfMisspelling *misspelling)
{
  g_return_val_if_fail (misspelling != NULL, NULL);
  return misspelling->word;
}

AzqfLang
azqf_misspelling_get_lang (const AzqfMisspelling *misspelling)
{
  g_return_val_if_fail (misspelling != NULL, AZQF_LANG_AZ);
  return misspelling->lang;
}

guint
azqf_misspelling_get_offset (const AzqfMisspelling *misspelling)
{
  g_return_val_if_fail (misspelling != NULL, 0);
  return misspelling->offset;
}

guint
azqf_misspelling_get_length (const AzqfMisspelling *misspelling)
{
  g_return_val_if_fail (misspelling != NULL, 0);
  return misspelling->length;
}

guint
azqf_misspelling_get_char_offset (const AzqfMisspelling *misspelling)
{
  g_return_val_if_fail (misspelling != NULL, 0);
  return misspelling->char_offset;
}

guint
azqf_misspelling_get_char_length (const AzqfMisspelling *misspelling)
{
  g_return_val_if_fail (misspelling != NULL, 0);
  return misspelling->char_length;
}

void
azqf_misspelling_set_place (AzqfMisspelling *misspelling,
                            const char      *standard_code,
                            const char      *unit_code,
                            const char      *outcome_code,
                            guint            criterion,
                            const char      *field)
{
  g_return_if_fail (misspelling != NULL);

  g_free (misspelling->standard_code);
  g_free (misspelling->unit_code);
  g_free (misspelling->outcome_code);
  g_free (misspelling->field);
  misspelling->standard_code = g_strdup (standard_code);
  misspelling->unit_code = g_strdup (unit_code);
  misspelling->outcome_code = g_strdup (outcome_code);
  misspelling->criterion = criterion;
  misspelling->field = g_strdup (field);
}

const char *
azqf_misspelling_get_standard_code (const AzqfMisspelling *misspelling)
{
  g_return_val_if_fail (misspelling != NULL, NULL);
  return misspelling->standard_code;
}

const char *
azqf_misspelling_get_unit_code (const AzqfMisspelling *misspelling)
{
  g_return_val_if_fail (misspelling != NULL, NULL);
  return misspelling->unit_code;
}

const char *
azqf_misspelling_get_outcome_code (const AzqfMisspelling *misspelling)
{
  g_return_val_if_fail (misspelling != NULL, NULL);
  return misspelling->outcome_code;
}

guint
azqf_misspelling_get_criterion (const AzqfMisspelling *misspelling)
{
  g_return_val_if_fail (misspelling != NULL, 0);
  return misspelling->criterion;
}

const char *
azqf_misspelling_get_field (const AzqfMisspelling *misspelling)
{
  g_return_val_if_fail (misspelling != NULL, NULL);
  return misspelling->field;
}

const char * const *
azqf_misspelling_get_suggestions (const AzqfMisspelling *misspelling)
{
  g_return_val_if_fail (misspelling != NULL, NULL);
  return (const char * const *) misspelling->suggestions;
}

void
azqf_misspelling_set_suggestions (AzqfMisspelling  *misspelling,
                                  char            **suggestions)
{
  g_return_if_fail (misspelling != NULL);

  g_strfreev (misspelling->suggestions);
  misspelling->suggestions = suggestions;
}

JsonNode *
azqf_misspelling_to_json (const AzqfMisspelling *misspelling)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (misspelling != NULL, NULL);

  json_builder_begin_object (builder);
  azqf_json_add_string (builder, "word", misspelling->word);
  azqf_json_add_string (builder, "lang", azqf_lang_to_string (misspelling->lang));
  azqf_json_add_string (builder, "standard", misspelling->standard_code);
  azqf_json_add_string (builder, "unit", misspelling->unit_code);
  azqf_json_add_string (builder, "outcome", misspelling->outcome_code);
  if (misspelling->criterion > 0)
    {
      json_builder_set_member_name (builder, "criterion");
      json_builder_add_int_value (builder, misspelling->criterion);
    }
  azqf_json_add_string (builder, "field", misspelling->field);
  json_builder_set_member_name (builder, "offset");
  json_builder_add_int_value (builder, misspelling->char_offset);
  json_builder_set_member_name (builder, "length");
  json_builder_add_int_value (builder, misspelling->char_length);
  if (misspelling->suggestions != NULL)
    {
      json_builder_set_member_name (builder, "suggestions");
      json_builder_begin_array (builder);
      for (guint i = 0; misspelling->suggestions[i] != NULL; i++)
        json_builder_add_string_value (builder, misspelling->suggestions[i]);
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
