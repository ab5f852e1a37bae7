/* azqf-register-writer.c: exporting standards as register XML 1.0
 *
 * The format is register-format.md; §8 fixes the order and formatting, so
 * two exports of the same workspace differ only in the <header/> line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <libxml/xmlwriter.h>

#include "azqf-criterion.h"
#include "azqf-link.h"
#include "azqf-outcome.h"
#include "azqf-register-reader-private.h"
#include "azqf-register-writer.h"
#include "azqf-register-writer-private.h"
#include "azqf-relation.h"
#include "azqf-standard.h"
#include "azqf-store.h"
#include "azqf-unit.h"
#include "azqf-value.h"

#define REGISTER_NS "urn:azqf:register:1"
#define REGISTER_VERSION "1.0"

G_DEFINE_QUARK (azqf-register-writer-error-quark, azqf_register_writer_error)

typedef struct
{
  xmlTextWriterPtr writer;
  const char      *standard_code; /* for E01 */
  GError          *error;         /* the first error; later writes are skipped */
} Export;

/* Where the bytes go: a GOutputStream or a file descriptor. */
typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  int            fd;
  GError        *error;
} Sink;

static int
sink_write (void       *context,
            const char *buffer,
            int         len)
{
  Sink *sink = context;

  if (sink->error != NULL ||
      g_cancellable_set_error_if_cancelled (sink->cancellable, &sink->error))
    return -1;

  if (sink->stream != NULL)
    {
      if (!g_output_stream_write_all (sink->stream, buffer, (gsize) len, NULL,
                                      sink->cancellable, &sink->error))
        return -1;
      return len;
    }

  for (int done = 0; done < len;)
    {
      ssize_t n = write (sink->fd, buffer + done, (size_t) (len - done));

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;

          g_set_error_literal (&sink->error, G_IO_ERROR, g_io_error_from_errno (saved),
                               g_strerror (saved));
          return -1;
        }
      done += (int) n;
    }

  return len;
}

static int
sink_close (void *context)
{
  (void) context;
  return 0;
}

/* The first character XML 1.0 cannot carry, or 0. */
static gunichar
find_forbidden_char (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
          c == 0xFFFE || c == 0xFFFF || (c >= 0xD800 && c <= 0xDFFF))
        return c;
    }

  return 0;
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p != '\0'; p++)
    if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
      return FALSE;

  return TRUE;
}

static void
fail_write (Export *self)
{
  if (self->error == NULL)
    g_set_error_literal (&self->error, AZQF_REGISTER_WRITER_ERROR,
                         AZQF_REGISTER_WRITER_ERROR_WRITE,
                         _("The XML writer failed"));
}

static void
check (Export *self,
       int     rc)
{
  if (rc < 0)
    fail_write (self);
}

static void
start (Export     *self,
       const char *name)
{
  if (self->error == NULL)
    check (self, xmlTextWriterStartElement (self->writer, BAD_CAST name));
}

static void
end (Export *self)
{
  if (self->error == NULL)
    check (self, xmlTextWriterEndElement (self->writer));
}

static void
attribute (Export     *self,
           const char *name,
           const char *value)
{
  if (self->error == NULL && value != NULL)
    check (self, xmlTextWriterWriteAttribute (self->writer, BAD_CAST name, BAD_CAST value));
}

gboolean
_azqf_register_check_text (const char  *what,
                           const char  *code,
                           const char  *text,
                           GError     **error)
{
  g_autofree char *message = NULL;
  gunichar c = find_forbidden_char (text);

  if (c == 0)
    return TRUE;

  /* The message is translated, the ID after it is not (register-format.md §5). */
  message = g_strdup_printf (/* Translators: E01. The first %s is a path such as
                              * "units/unit[U1]/title[en]", the second a standard's code. */
                             _("%s of standard “%s” contains a character XML cannot carry (U+%04X)"),
                             what, code, c);
  g_set_error (error, AZQF_REGISTER_WRITER_ERROR, AZQF_REGISTER_WRITER_ERROR_CHARACTER,
               "%s [E01]", message);
  return FALSE;
}

/* Checks a value the user typed (E01); what names it in the message is the
 * element's path inside the standard. */
static gboolean
check_text (Export     *self,
            const char *what,
            const char *text)
{
  if (self->error != NULL)
    return FALSE;

  return _azqf_register_check_text (what, self->standard_code, text, &self->error);
}

/* <name>value</name>; an absent (NULL, empty or blank) value is omitted. */
static void
element (Export     *self,
         const char *name,
         const char *value)
{
  if (self->error != NULL || is_blank (value))
    return;

  check (self, xmlTextWriterWriteElement (self->writer, BAD_CAST name, BAD_CAST value));
}

static void
text_element (Export     *self,
              const char *path,
              const char *name,
              const char *value)
{
  g_autofree char *what = NULL;

  if (self->error != NULL || is_blank (value))
    return;

  what = g_strdup_printf ("%s%s", path, name);
  if (check_text (self, what, value))
    element (self, name, value);
}

/* One element per language, az first. */
static void
lang_elements (Export     *self,
               const char *path,
               const char *name,
               const char *az,
               const char *en)
{
  const char *values[] = { az, en };
  const char *langs[] = { "az", "en" };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *what = NULL;

      if (self->error != NULL || is_blank (values[i]))
        continue;

      what = g_strdup_printf ("%s%s[%s]", path, name, langs[i]);
      if (!check_text (self, what, values[i]))
        return;

      start (self, name);
      attribute (self, "xml:lang", langs[i]);
      if (self->error == NULL)
        check (self, xmlTextWriterWriteString (self->writer, BAD_CAST values[i]));
      end (self);
    }
}

static void
level_element (Export     *self,
               const char *name,
               guint       level)
{
  g_autofree char *text = NULL;

  if (level == 0)
    return;

  text = g_strdup_printf ("%u", level);
  element (self, name, text);
}

static void
credits_element (Export *self,
                 double  credits)
{
  g_autofree char *text = NULL;

  if (credits < 0)
    return;

  text = azqf_value_format_credits (credits);
  element (self, "ectsCredits", text);
}

static void
datetime_element (Export     *self,
                  const char *name,
                  gint64      unix_time)
{
  g_autofree char *text = azqf_value_format_datetime (unix_time);

  element (self, name, text);
}

static gboolean
has_text (const char *az,
          const char *en)
{
  return !is_blank (az) || !is_blank (en);
}

static void
names_element (Export     *self,
               const char *path,
               const char *name,
               const char *az,
               const char *en)
{
  g_autofree char *inner = NULL;

  if (!has_text (az, en))
    return;

  inner = g_strdup_printf ("%s%s/", path, name);
  start (self, name);
  lang_elements (self, inner, "name", az, en);
  end (self);
}

static int
compare_links (gconstpointer a,
               gconstpointer b)
{
  AzqfLink *x = *(AzqfLink * const *) a;
  AzqfLink *y = *(AzqfLink * const *) b;
  int cmp;

  /* azqf < eqf < qfehea is also their byte order. */
  cmp = strcmp (azqf_link_get_framework (x), azqf_link_get_framework (y));
  if (cmp == 0)
    cmp = strcmp (azqf_link_get_element (x), azqf_link_get_element (y));
  if (cmp == 0)
    cmp = (int) azqf_link_get_link_type (x) - (int) azqf_link_get_link_type (y);

  return cmp;
}

static int
compare_relations (gconstpointer a,
                   gconstpointer b)
{
  AzqfRelation *x = *(AzqfRelation * const *) a;
  AzqfRelation *y = *(AzqfRelation * const *) b;
  int cmp;

  /* The enum is in the order of §8: based_on, replaces, leads_to. */
  cmp = (int) azqf_relation_get_relation_type (x) - (int) azqf_relation_get_relation_type (y);
  if (cmp == 0)
    cmp = g_strcmp0 (azqf_relation_get_target_code (x), azqf_relation_get_target_code (y));
  if (cmp == 0)
    cmp = strcmp (azqf_relation_get_target_uuid (x), azqf_relation_get_target_uuid (y));

  return cmp;
}

/* The items of model, in order, in a new array of new references. */
static GPtrArray *
list_items (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);
  GPtrArray *items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));

  return items;
}

static void
write_links (Export      *self,
             const char  *path,
             AzqfOutcome *outcome)
{
  g_autoptr(GPtrArray) links = list_items (azqf_outcome_get_links (outcome));

  if (links->len == 0)
    return;

  g_ptr_array_sort (links, compare_links);

  start (self, "links");
  for (guint i = 0; i < links->len && self->error == NULL; i++)
    {
      AzqfLink *link = links->pdata[i];
      g_autofree char *inner = g_strdup_printf ("%slinks/link[%s]/", path,
                                                azqf_link_get_element (link));

      start (self, "link");
      attribute (self, "framework", azqf_link_get_framework (link));
      attribute (self, "element", azqf_link_get_element (link));
      attribute (self, "type", azqf_link_type_to_string (azqf_link_get_link_type (link)));
      attribute (self, "source", azqf_link_source_to_string (azqf_link_get_source (link)));
      attribute (self, "state", azqf_link_state_to_string (azqf_link_get_state (link)));
      text_element (self, inner, "comment", azqf_link_get_comment (link));
      end (self);
    }
  end (self);
}

static void
write_outcomes (Export     *self,
                const char *path,
                GListModel *model)
{
  guint n = g_list_model_get_n_items (model);

  if (n == 0)
    return;

  start (self, "outcomes");
  for (guint i = 0; i < n && self->error == NULL; i++)
    {
      g_autoptr(AzqfOutcome) outcome = g_list_model_get_item (model, i);
      GListModel *criteria = azqf_outcome_get_criteria (outcome);
      guint n_criteria = g_list_model_get_n_items (criteria);
      g_autofree char *inner = g_strdup_printf ("%soutcomes/outcome[%s]/", path,
                                                azqf_outcome_get_code (outcome));

      start (self, "outcome");
      attribute (self, "domain", azqf_domain_to_string (azqf_outcome_get_domain (outcome)));
      element (self, "code", azqf_outcome_get_code (outcome));
      lang_elements (self, inner, "text",
                     azqf_outcome_get_text (outcome, AZQF_LANG_AZ),
                     azqf_outcome_get_text (outcome, AZQF_LANG_EN));

      if (n_criteria > 0)
        {
          start (self, "criteria");
          for (guint j = 0; j < n_criteria && self->error == NULL; j++)
            {
              g_autoptr(AzqfCriterion) criterion = g_list_model_get_item (criteria, j);
              g_autofree char *where = g_strdup_printf ("%scriteria/criterion[%u]/", inner, j + 1);

              start (self, "criterion");
              lang_elements (self, where, "text",
                             azqf_criterion_get_text_az (criterion),
                             azqf_criterion_get_text_en (criterion));
              end (self);
            }
          end (self);
        }

      write_links (self, inner, outcome);
      end (self);
    }
  end (self);
}

static void
write_units (Export       *self,
             AzqfStandard *standard)
{
  GListModel *units = azqf_standard_get_units (standard);
  guint n = g_list_model_get_n_items (units);

  if (n == 0)
    return;

  start (self, "units");
  for (guint i = 0; i < n && self->error == NULL; i++)
    {
      g_autoptr(AzqfUnit) unit = g_list_model_get_item (units, i);
      g_autofree char *path = g_strdup_printf ("units/unit[%s]/", azqf_unit_get_code (unit));

      start (self, "unit");
      element (self, "code", azqf_unit_get_code (unit));
      lang_elements (self, path, "title",
                     azqf_unit_get_title (unit, AZQF_LANG_AZ),
                     azqf_unit_get_title (unit, AZQF_LANG_EN));
      level_element (self, "azqfLevel", azqf_unit_get_level (unit));
      credits_element (self, azqf_unit_get_ects_credits (unit));
      write_outcomes (self, path, azqf_unit_get_outcomes (unit));
      end (self);
    }
  end (self);
}

static void
write_relations (Export       *self,
                 AzqfStandard *standard)
{
  g_autoptr(GPtrArray) relations = list_items (azqf_standard_get_relations (standard));

  if (relations->len == 0)
    return;

  g_ptr_array_sort (relations, compare_relations);

  start (self, "relations");
  for (guint i = 0; i < relations->len; i++)
    {
      AzqfRelation *relation = relations->pdata[i];
      const char *target_code = azqf_relation_get_target_code (relation);

      start (self, "relation");
      attribute (self, "type",
                 azqf_relation_type_to_string (azqf_relation_get_relation_type (relation)));
      attribute (self, "target", azqf_relation_get_target_uuid (relation));
      if (!is_blank (target_code))
        attribute (self, "targetCode", target_code);
      end (self);
    }
  end (self);
}

static void
write_standard (Export       *self,
                AzqfStandard *standard)
{
  g_autofree char *version = g_strdup_printf ("%u", azqf_standard_get_version (standard));
  const char *decision_number = azqf_standard_get_decision_number (standard);
  const char *decision_date = azqf_standard_get_decision_date (standard);
  const char *approving_az = azqf_standard_get_text (standard, AZQF_STANDARD_APPROVING_BODY, AZQF_LANG_AZ);
  const char *approving_en = azqf_standard_get_text (standard, AZQF_STANDARD_APPROVING_BODY, AZQF_LANG_EN);

  self->standard_code = azqf_standard_get_code (standard);

  start (self, "standard");
  attribute (self, "uuid", azqf_standard_get_uuid (standard));
  attribute (self, "kind", azqf_kind_to_string (azqf_standard_get_kind (standard)));
  attribute (self, "version", version);
  attribute (self, "status", azqf_status_to_string (azqf_standard_get_status (standard)));

  element (self, "code", azqf_standard_get_code (standard));
  datetime_element (self, "created", azqf_standard_get_created (standard));
  datetime_element (self, "modified", azqf_standard_get_modified (standard));
  lang_elements (self, "", "title",
                 azqf_standard_get_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ),
                 azqf_standard_get_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN));
  lang_elements (self, "", "summary",
                 azqf_standard_get_text (standard, AZQF_STANDARD_SUMMARY, AZQF_LANG_AZ),
                 azqf_standard_get_text (standard, AZQF_STANDARD_SUMMARY, AZQF_LANG_EN));
  level_element (self, "azqfLevel", azqf_standard_get_level (standard));
  level_element (self, "eqfLevel", azqf_standard_get_eqf_level (standard));
  element (self, "qfeheaCycle", azqf_cycle_to_string (azqf_standard_get_qfehea_cycle (standard)));
  element (self, "isco08", azqf_standard_get_isco08 (standard));
  element (self, "iscedF", azqf_standard_get_isced_f (standard));
  lang_elements (self, "", "sector",
                 azqf_standard_get_text (standard, AZQF_STANDARD_SECTOR, AZQF_LANG_AZ),
                 azqf_standard_get_text (standard, AZQF_STANDARD_SECTOR, AZQF_LANG_EN));
  credits_element (self, azqf_standard_get_ects_credits (standard));
  element (self, "duration", azqf_standard_get_duration (standard));
  names_element (self, "", "awardingBody",
                 azqf_standard_get_text (standard, AZQF_STANDARD_AWARDING_BODY, AZQF_LANG_AZ),
                 azqf_standard_get_text (standard, AZQF_STANDARD_AWARDING_BODY, AZQF_LANG_EN));

  if (has_text (approving_az, approving_en) || !is_blank (decision_number) ||
      !is_blank (decision_date))
    {
      start (self, "approval");
      names_element (self, "approval/", "approvingBody", approving_az, approving_en);
      text_element (self, "approval/", "decisionNumber", decision_number);
      element (self, "decisionDate", decision_date);
      end (self);
    }

  element (self, "reviewDate", azqf_standard_get_review_date (standard));
  write_relations (self, standard);
  write_outcomes (self, "", azqf_standard_get_outcomes (standard));
  write_units (self, standard);
  end (self);

  if (self->error == NULL)
    check (self, xmlTextWriterFlush (self->writer));
}

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The codes to export, sorted by byte order, without repeats. */
static GPtrArray *
collect_codes (AzqfStore          *store,
               const char * const *codes,
               GError            **error)
{
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_free);

  if (codes != NULL)
    {
      for (guint i = 0; codes[i] != NULL; i++)
        g_ptr_array_add (result, g_strdup (codes[i]));
    }
  else
    {
      AzqfStoreFilter filter = AZQF_STORE_FILTER_INIT;
      g_autoptr(GPtrArray) standards = azqf_store_list_standards (store, &filter, error);

      if (standards == NULL)
        return NULL;

      for (guint i = 0; i < standards->len; i++)
        g_ptr_array_add (result, g_strdup (azqf_standard_get_code (standards->pdata[i])));
    }

  g_ptr_array_sort (result, compare_codes);

  for (guint i = 1; i < result->len;)
    {
      if (strcmp (result->pdata[i - 1], result->pdata[i]) == 0)
        g_ptr_array_remove_index (result, i);
      else
        i++;
    }

  return g_steal_pointer (&result);
}

/* Writes the whole document to sink; store errors are returned as they are. */
static gboolean
export_to_sink (AzqfStore          *store,
                const char * const *codes,
                Sink               *sink,
                GError            **error)
{
  Export self = { NULL, NULL, NULL };
  xmlOutputBufferPtr output;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *created = NULL;
  gboolean ok;

  g_return_val_if_fail (AZQF_IS_STORE (store), FALSE);

  _azqf_register_init_libxml ();
  list = collect_codes (store, codes, error);
  if (list == NULL)
    return FALSE;

  output = xmlOutputBufferCreateIO (sink_write, sink_close, sink, NULL);
  if (output == NULL)
    {
      g_set_error_literal (error, AZQF_REGISTER_WRITER_ERROR,
                           AZQF_REGISTER_WRITER_ERROR_WRITE,
                           _("The XML writer failed"));
      return FALSE;
    }

  self.writer = xmlNewTextWriter (output); /* owns output from here on */
  xmlTextWriterSetIndent (self.writer, 1);
  xmlTextWriterSetIndentString (self.writer, BAD_CAST "  ");
  xmlTextWriterSetQuoteChar (self.writer, '"');

  check (&self, xmlTextWriterStartDocument (self.writer, "1.0", "UTF-8", NULL));
  start (&self, "register");
  attribute (&self, "xmlns", REGISTER_NS);
  attribute (&self, "version", REGISTER_VERSION);

  created = azqf_value_format_datetime (g_get_real_time () / G_USEC_PER_SEC);
  start (&self, "header");
  attribute (&self, "generator", "AzQF Studio " PACKAGE_VERSION);
  attribute (&self, "created", created);
  attribute (&self, "workspace", azqf_store_get_workspace_uuid (store));
  end (&self);

  for (guint i = 0; i < list->len && self.error == NULL; i++)
    {
      g_autoptr(AzqfStandard) standard = azqf_store_load_standard (store, list->pdata[i],
                                                                   &self.error);

      if (standard != NULL)
        write_standard (&self, standard);
    }

  end (&self);
  if (self.error == NULL)
    check (&self, xmlTextWriterEndDocument (self.writer));
  xmlFreeTextWriter (self.writer);

  /* A failed write of the sink is the real cause of a writer failure. */
  if (sink->error != NULL &&
      (self.error == NULL || g_error_matches (self.error, AZQF_REGISTER_WRITER_ERROR,
                                              AZQF_REGISTER_WRITER_ERROR_WRITE)))
    {
      g_clear_error (&self.error);
      self.error = g_steal_pointer (&sink->error);
    }
  g_clear_error (&sink->error);

  ok = self.error == NULL;
  if (!ok)
    g_propagate_error (error, self.error);

  return ok;
}

gboolean
azqf_register_export_to_stream (AzqfStore          *store,
                                const char * const *codes,
                                GOutputStream      *stream,
                                GCancellable       *cancellable,
                                GError            **error)
{
  Sink sink = { stream, cancellable, -1, NULL };

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  return export_to_sink (store, codes, &sink, error);
}

static gboolean export_to_file (AzqfStore          *store,
                                const char * const *codes,
                                const char         *path,
                                GCancellable       *cancellable,
                                GError            **error);

static void
set_write_error (GError    **error,
                 const char *path,
                 const char *reason)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *message = NULL;

  message = g_strdup_printf (/* Translators: E02. The first %s is a file name, the second the reason. */
                             _("cannot write “%s”: %s (the old file is left as it was)"),
                             display, reason);
  g_set_error (error, AZQF_REGISTER_WRITER_ERROR, AZQF_REGISTER_WRITER_ERROR_WRITE,
               "%s [E02]", message);
}

gboolean
azqf_register_export (AzqfStore          *store,
                      const char * const *codes,
                      const char         *path,
                      GError            **error)
{
  return export_to_file (store, codes, path, NULL, error);
}

static gboolean
export_to_file (AzqfStore          *store,
                const char * const *codes,
                const char         *path,
                GCancellable       *cancellable,
                GError            **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp_path = NULL;
  g_autoptr(GError) local_error = NULL;
  Sink sink = { NULL, cancellable, -1, NULL };
  GStatBuf st;
  int saved;

  g_return_val_if_fail (AZQF_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmp_path = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);

  sink.fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0600);
  if (sink.fd < 0)
    {
      saved = errno;
      set_write_error (error, path, g_strerror (saved));
      return FALSE;
    }

  /* mkstemp makes the file private: keep the mode of the file it replaces, or
   * make it readable by all like other exports. (Reading the umask would
   * mean changing it, which is not safe with other threads.) */
  if (fchmod (sink.fd, g_stat (path, &st) == 0 ? (st.st_mode & 07777) : 0644) != 0)
    g_debug ("fchmod %s: %s", tmp_path, g_strerror (errno));

  if (!export_to_sink (store, codes, &sink, &local_error))
    {
      close (sink.fd);
      g_unlink (tmp_path);
      if (local_error->domain == G_IO_ERROR &&
          !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        set_write_error (error, path, local_error->message);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (fsync (sink.fd) != 0 || close (sink.fd) != 0)
    {
      saved = errno;
      close (sink.fd);
      g_unlink (tmp_path);
      set_write_error (error, path, g_strerror (saved));
      return FALSE;
    }

  if (g_rename (tmp_path, path) != 0)
    {
      saved = errno;
      g_unlink (tmp_path);
      set_write_error (error, path, g_strerror (saved));
      return FALSE;
    }

  return TRUE;
}

/* Asynchronous export */

typedef struct
{
  char  *workspace;
  char **codes;
  char  *path;
} ExportData;

static void
export_data_free (gpointer data)
{
  ExportData *ed = data;

  g_free (ed->workspace);
  g_strfreev (ed->codes);
  g_free (ed->path);
  g_free (ed);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *ed = task_data;
  g_autoptr(AzqfStore) store = NULL;
  GError *error = NULL;

  /* A connection of this thread's own: SQLite connections are not shared
   * between threads here, and a read-only one works beside the caller's. */
  store = azqf_store_open (ed->workspace, AZQF_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL ||
      !export_to_file (store, (const char * const *) ed->codes, ed->path, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
azqf_register_export_async (AzqfStore           *store,
                            const char * const  *codes,
                            const char          *path,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportData *ed;

  g_return_if_fail (AZQF_IS_STORE (store));
  g_return_if_fail (path != NULL);

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, azqf_register_export_async);
  ed = g_new0 (ExportData, 1);
  ed->workspace = g_strdup (azqf_store_get_path (store));
  ed->codes = g_strdupv ((char **) codes);
  ed->path = g_strdup (path);
  g_task_set_task_data (task, ed, export_data_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
azqf_register_export_finish (AzqfStore     *store,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_async_result_is_tagged (result, azqf_register_export_async), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
