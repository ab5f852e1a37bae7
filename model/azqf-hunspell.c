/* azqf-hunspell.c: the spell provider backed by libhunspell
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A Hunhandle is not thread-safe (suggest keeps state in the object), and the
 * editor may check in a worker while the main thread asks for suggestions:
 * every call takes the provider's mutex. Words reach hunspell in the
 * dictionary's encoding (SET in the .aff; ours and Debian's are UTF-8).
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <hunspell.h>

#include "azqf-hunspell.h"

struct _AzqfHunspell
{
  AzqfSpellProvider parent_instance;

  GMutex     mutex;
  Hunhandle *handle;
  char      *encoding;   /* NULL when the dictionary is UTF-8 */
  gint64     load_time;  /* µs */
};

G_DEFINE_FINAL_TYPE (AzqfHunspell, azqf_hunspell, AZQF_TYPE_SPELL_PROVIDER)

static const char * const az_names[] = { "az_AZ", NULL };
static const char * const en_names[] = { "en_US", "en_GB", NULL };

/* In the dictionary's encoding: a new string, or NULL when the word cannot
 * be written in it (then the dictionary cannot know it either). */
static char *
to_dictionary (AzqfHunspell *self,
               const char   *word)
{
  if (self->encoding == NULL)
    return g_strdup (word);

  return g_convert (word, -1, self->encoding, "UTF-8", NULL, NULL, NULL);
}

static char *
from_dictionary (AzqfHunspell *self,
                 const char   *word)
{
  if (self->encoding == NULL)
    return g_utf8_make_valid (word, -1);

  return g_convert (word, -1, "UTF-8", self->encoding, NULL, NULL, NULL);
}

static gboolean
azqf_hunspell_check_word (AzqfSpellProvider *provider,
                          const char        *word)
{
  AzqfHunspell *self = AZQF_HUNSPELL (provider);
  g_autofree char *encoded = to_dictionary (self, word);
  g_autoptr(GMutexLocker) locker = NULL;

  if (encoded == NULL)
    return FALSE;

  locker = g_mutex_locker_new (&self->mutex);
  return Hunspell_spell (self->handle, encoded) != 0;
}

static char **
azqf_hunspell_suggest (AzqfSpellProvider *provider,
                       const char        *word,
                       guint              max_suggestions)
{
  AzqfHunspell *self = AZQF_HUNSPELL (provider);
  g_autofree char *encoded = to_dictionary (self, word);
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_free);
  char **list = NULL;
  int n;

  if (encoded != NULL)
    {
      g_mutex_lock (&self->mutex);
      n = Hunspell_suggest (self->handle, &list, encoded);
      for (int i = 0; i < n && result->len < max_suggestions; i++)
        {
          char *suggestion = from_dictionary (self, list[i]);

          if (suggestion != NULL)
            g_ptr_array_add (result, suggestion);
        }
      if (list != NULL)
        Hunspell_free_list (self->handle, &list, n);
      g_mutex_unlock (&self->mutex);
    }

  g_ptr_array_add (result, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&result), FALSE);
}

static void
azqf_hunspell_add_word (AzqfSpellProvider *provider,
                        const char        *word)
{
  AzqfHunspell *self = AZQF_HUNSPELL (provider);
  g_autofree char *encoded = to_dictionary (self, word);

  if (encoded != NULL)
    {
      g_autoptr(GMutexLocker) locker G_GNUC_UNUSED = g_mutex_locker_new (&self->mutex);

      Hunspell_add (self->handle, encoded);
    }
}

/* hunspell 1.7 shares one UTF-8 table between all its dictionaries and
 * creates and frees it without a lock (csutil.cxx: initialize_utf_tbl,
 * free_utf_tbl): two dictionaries loaded at once in two threads (az and en,
 * off the main thread) could each allocate it. Creating and destroying
 * dictionaries is serialised here. */
static GMutex lifecycle_lock;

static void
azqf_hunspell_finalize (GObject *object)
{
  AzqfHunspell *self = AZQF_HUNSPELL (object);

  if (self->handle != NULL)
    {
      g_mutex_lock (&lifecycle_lock);
      g_clear_pointer (&self->handle, Hunspell_destroy);
      g_mutex_unlock (&lifecycle_lock);
    }
  g_clear_pointer (&self->encoding, g_free);
  g_mutex_clear (&self->mutex);

  G_OBJECT_CLASS (azqf_hunspell_parent_class)->finalize (object);
}

static void
azqf_hunspell_class_init (AzqfHunspellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  AzqfSpellProviderClass *provider_class = AZQF_SPELL_PROVIDER_CLASS (klass);

  object_class->finalize = azqf_hunspell_finalize;

  provider_class->check_word = azqf_hunspell_check_word;
  provider_class->suggest = azqf_hunspell_suggest;
  provider_class->add_word = azqf_hunspell_add_word;
}

static void
azqf_hunspell_init (AzqfHunspell *self)
{
  g_mutex_init (&self->mutex);
}

static void
add_folder (GPtrArray  *path,
            const char *folder)
{
  if (folder == NULL || *folder == '\0')
    return;

  for (guint i = 0; i < path->len; i++)
    if (strcmp (g_ptr_array_index (path, i), folder) == 0)
      return;

  g_ptr_array_add (path, g_strdup (folder));
}

static void
add_data_dir (GPtrArray  *path,
              const char *data_dir)
{
  g_autofree char *hunspell = g_build_filename (data_dir, "hunspell", NULL);
  g_autofree char *myspell = g_build_filename (data_dir, "myspell", NULL);
  g_autofree char *dicts = g_build_filename (data_dir, "myspell", "dicts", NULL);

  add_folder (path, hunspell);
  add_folder (path, myspell);
  add_folder (path, dicts);
}

char **
azqf_hunspell_get_search_path (void)
{
  g_autoptr(GPtrArray) path = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *pkgdata = g_build_filename (PKGDATADIR, "hunspell", NULL);
  const char *dicpath = g_getenv ("DICPATH");
  const char * const *system_dirs = g_get_system_data_dirs ();

  add_folder (path, g_getenv ("AZQF_HUNSPELL_DIR"));
  add_folder (path, pkgdata);

  if (dicpath != NULL)
    {
      g_auto(GStrv) folders = g_strsplit (dicpath, G_SEARCHPATH_SEPARATOR_S, -1);

      for (guint i = 0; folders[i] != NULL; i++)
        add_folder (path, folders[i]);
    }

  add_data_dir (path, g_get_user_data_dir ());
  for (guint i = 0; system_dirs[i] != NULL; i++)
    add_data_dir (path, system_dirs[i]);

  g_ptr_array_add (path, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&path), FALSE);
}

const char * const *
azqf_hunspell_get_names (AzqfLang lang)
{
  return lang == AZQF_LANG_EN ? en_names : az_names;
}

gboolean
azqf_hunspell_find (const char  *name,
                    char       **aff_path,
                    char       **dic_path)
{
  g_auto(GStrv) path = azqf_hunspell_get_search_path ();
  g_autofree char *aff_name = NULL;
  g_autofree char *dic_name = NULL;

  g_return_val_if_fail (name != NULL, FALSE);

  aff_name = g_strconcat (name, ".aff", NULL);
  dic_name = g_strconcat (name, ".dic", NULL);

  for (guint i = 0; path[i] != NULL; i++)
    {
      g_autofree char *aff = g_build_filename (path[i], aff_name, NULL);
      g_autofree char *dic = g_build_filename (path[i], dic_name, NULL);

      if (g_file_test (aff, G_FILE_TEST_IS_REGULAR) && g_file_test (dic, G_FILE_TEST_IS_REGULAR))
        {
          if (aff_path != NULL)
            *aff_path = g_steal_pointer (&aff);
          if (dic_path != NULL)
            *dic_path = g_steal_pointer (&dic);
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
check_readable (const char  *name,
                const char  *file,
                GError     **error)
{
  g_autoptr(GFile) gfile = g_file_new_for_path (file);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;

  /* Hunspell says nothing when it cannot open a file: it would load an empty
   * dictionary that rejects every word. */
  stream = g_file_read (gfile, NULL, &local_error);
  if (stream == NULL)
    {
      g_set_error (error, AZQF_SPELL_ERROR, AZQF_SPELL_ERROR_INVALID,
                   _("Cannot read the %s dictionary: %s"), name, local_error->message);
      return FALSE;
    }

  return TRUE;
}

AzqfHunspell *
azqf_hunspell_new (AzqfLang     lang,
                   const char  *name,
                   const char  *aff_path,
                   const char  *dic_path,
                   GError     **error)
{
  g_autoptr(AzqfHunspell) self = NULL;
  gint64 start = g_get_monotonic_time ();
  const char *encoding;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (aff_path != NULL, NULL);
  g_return_val_if_fail (dic_path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_readable (name, aff_path, error) || !check_readable (name, dic_path, error))
    return NULL;

  self = g_object_new (AZQF_TYPE_HUNSPELL, "lang", lang, "name", name, NULL);
  g_mutex_lock (&lifecycle_lock);
  self->handle = Hunspell_create (aff_path, dic_path);
  g_mutex_unlock (&lifecycle_lock);
  if (self->handle == NULL)
    {
      g_set_error (error, AZQF_SPELL_ERROR, AZQF_SPELL_ERROR_INVALID,
                   _("Cannot load the %s dictionary from %s"), name, dic_path);
      return NULL;
    }

  encoding = Hunspell_get_dic_encoding (self->handle);
  if (encoding != NULL && g_ascii_strcasecmp (encoding, "UTF-8") != 0)
    self->encoding = g_strdup (encoding);

  self->load_time = g_get_monotonic_time () - start;
  g_debug ("Loaded the %s dictionary from %s in %.1f ms", name, dic_path, self->load_time / 1000.0);

  return g_steal_pointer (&self);
}

AzqfHunspell *
azqf_hunspell_load (AzqfLang     lang,
                    const char  *name,
                    GError     **error)
{
  g_autofree char *aff_path = NULL;
  g_autofree char *dic_path = NULL;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!azqf_hunspell_find (name, &aff_path, &dic_path))
    {
      g_set_error (error, AZQF_SPELL_ERROR, AZQF_SPELL_ERROR_NOT_FOUND,
                   _("No %s spelling dictionary is installed (%s.aff and %s.dic)"),
                   name, name, name);
      return NULL;
    }

  return azqf_hunspell_new (lang, name, aff_path, dic_path, error);
}

typedef struct
{
  AzqfLang  lang;
  char     *name;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_free (data->name);
  g_free (data);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  GError *error = NULL;
  AzqfHunspell *self = azqf_hunspell_load (data->lang, data->name, &error);

  if (self == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, self, g_object_unref);
}

void
azqf_hunspell_load_async (AzqfLang             lang,
                          const char          *name,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data;

  g_return_if_fail (name != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, azqf_hunspell_load_async);

  data = g_new0 (LoadData, 1);
  data->lang = lang;
  data->name = g_strdup (name);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);

  g_task_run_in_thread (task, load_thread);
}

AzqfHunspell *
azqf_hunspell_load_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == azqf_hunspell_load_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

gint64
azqf_hunspell_get_load_time (AzqfHunspell *self)
{
  g_return_val_if_fail (AZQF_IS_HUNSPELL (self), 0);

  return self->load_time;
}
