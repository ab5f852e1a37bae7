/* azqf-store-words.c: the workspace's spelling words ("Add to dictionary")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One table, dictionary_words (schema version 4). Each write is a single
 * statement, so SQLite's own implicit transaction makes it all or nothing.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "azqf-store.h"
#include "azqf-store-private.h"

#define MAX_WORD 100

/* The store's codes for the failures a word list write can meet. */
static gboolean
set_db_error (AzqfStore  *self,
              sqlite3    *db,
              int         rc,
              GError    **error)
{
  const char *path = azqf_store_get_path (self);
  int code;

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      code = AZQF_STORE_ERROR_DISK_FULL;
      break;
    case SQLITE_READONLY:
      code = AZQF_STORE_ERROR_READ_ONLY;
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      code = AZQF_STORE_ERROR_LOCKED;
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      code = AZQF_STORE_ERROR_CORRUPT;
      break;
    default:
      code = AZQF_STORE_ERROR_IO;
      break;
    }

  g_set_error (error, AZQF_STORE_ERROR, code,
               _("%s: cannot read or write the spelling words (%s)"),
               path, sqlite3_errmsg (db));
  return FALSE;
}

static sqlite3 *
get_db (AzqfStore  *self,
        gboolean    for_writing,
        GError    **error)
{
  sqlite3 *db = _azqf_store_get_db (self);

  if (db == NULL)
    {
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_IO,
                   _("%s: the workspace is closed"), azqf_store_get_path (self));
      return NULL;
    }

  if (for_writing && azqf_store_get_read_only (self))
    {
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_READ_ONLY,
                   _("%s: the workspace is open read-only; the change was not saved"),
                   azqf_store_get_path (self));
      return NULL;
    }

  return db;
}

static gboolean
check_word (AzqfStore   *self,
            const char  *word,
            GError     **error)
{
  const char *p;

  if (!g_utf8_validate (word, -1, NULL) || *word == '\0' || g_utf8_strlen (word, -1) > MAX_WORD)
    goto invalid;

  for (p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c))
        goto invalid;
    }

  return TRUE;

invalid:
  g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_INVALID,
               _("%s: “%s” cannot be added to the dictionary: a word has 1 to %d characters and no spaces"),
               azqf_store_get_path (self), word, MAX_WORD);
  return FALSE;
}

/* Adds or removes one word, in one statement. */
static gboolean
write_word (AzqfStore   *self,
            AzqfLang     lang,
            const char  *word,
            gboolean     add,
            GError     **error)
{
  sqlite3 *db;
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (AZQF_IS_STORE (self), FALSE);
  g_return_val_if_fail (lang == AZQF_LANG_AZ || lang == AZQF_LANG_EN, FALSE);
  g_return_val_if_fail (word != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (add && !check_word (self, word, error))
    return FALSE;

  db = get_db (self, TRUE, error);
  if (db == NULL)
    return FALSE;

  rc = sqlite3_prepare_v2 (db,
                           add ? "INSERT OR IGNORE INTO dictionary_words (lang, word) VALUES (?1, ?2)"
                               : "DELETE FROM dictionary_words WHERE lang = ?1 AND word = ?2",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, azqf_lang_to_string (lang), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, word, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    return set_db_error (self, db, rc, error);

  return TRUE;
}

gboolean
azqf_store_add_word (AzqfStore   *self,
                     AzqfLang     lang,
                     const char  *word,
                     GError     **error)
{
  return write_word (self, lang, word, TRUE, error);
}

gboolean
azqf_store_remove_word (AzqfStore   *self,
                        AzqfLang     lang,
                        const char  *word,
                        GError     **error)
{
  return write_word (self, lang, word, FALSE, error);
}

char **
azqf_store_list_words (AzqfStore  *self,
                       AzqfLang    lang,
                       GError    **error)
{
  g_autoptr(GPtrArray) words = NULL;
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (AZQF_IS_STORE (self), NULL);
  g_return_val_if_fail (lang == AZQF_LANG_AZ || lang == AZQF_LANG_EN, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  db = get_db (self, FALSE, error);
  if (db == NULL)
    return NULL;

  words = g_ptr_array_new_with_free_func (g_free);
  rc = sqlite3_prepare_v2 (db, "SELECT word FROM dictionary_words WHERE lang = ?1 ORDER BY word",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, azqf_lang_to_string (lang), -1, SQLITE_STATIC);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_ptr_array_add (words, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    {
      set_db_error (self, db, rc, error);
      return NULL;
    }

  g_ptr_array_add (words, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&words), FALSE);
}
