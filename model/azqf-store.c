/* azqf-store.c: one workspace = one SQLite file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file is an SQLite database (WAL, foreign keys on) tagged with our
 * application_id; user_version is the schema version. Every public write is
 * one BEGIN IMMEDIATE … COMMIT, rolled back on any error, so a failure (a full
 * disk, a constraint, a kill) never leaves half a change behind.
 *
 * Writers also hold an flock() on a lock file beside the workspace for as
 * long as the store is open. SQLite's own locks only last a transaction; this
 * one tells a second program "open for writing elsewhere". We lock a separate
 * file, not the database: closing any descriptor of the database would drop
 * the POSIX locks SQLite holds on it in this process.
 */


#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "azqf-criterion.h"
#include "azqf-link.h"
#include "azqf-outcome.h"
#include "azqf-relation.h"
#include "azqf-search-hit.h"
#include "azqf-sqlite-private.h"
#include "azqf-standard.h"
#include "azqf-store.h"
#include "azqf-store-private.h"
#include "azqf-unit.h"
#include "azqf-value.h"

struct _AzqfStore
{
  GObject     parent_instance;

  sqlite3    *db;
  GHashTable *statements;   /* static SQL text → prepared sqlite3_stmt */
  char       *path;
  char       *lock_path;
  char       *workspace_uuid;
  char       *file_key;     /* identity in open_files, while registered */
  int         lock_fd;

  guint       read_only : 1;
};

G_DEFINE_FINAL_TYPE (AzqfStore, azqf_store, G_TYPE_OBJECT)

enum {
  STANDARDS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_QUARK (azqf-store-error-quark, azqf_store_error)

/* A cached statement handed out by get_stmt() is reset when it goes out of scope. */
typedef sqlite3_stmt AzqfStmt;

static void
stmt_release (AzqfStmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AzqfStmt, stmt_release)

/* Maximum lengths in characters, from register-format.md §3. */
#define MAX_NAME     1000
#define MAX_SUMMARY  20000
#define MAX_TEXT     4000
#define MAX_DECISION 64

static const char standard_columns[] =
  "s.id, s.uuid, s.code, s.kind, s.status, s.version, s.title_az, s.title_en,"
  " s.summary_az, s.summary_en, s.level, s.isco08, s.isced_f, s.sector_az, s.sector_en,"
  " s.ects_credits, s.duration, s.awarding_body_az, s.awarding_body_en,"
  " s.approving_body_az, s.approving_body_en, s.decision_number, s.decision_date,"
  " s.review_date, s.created, s.modified";

/* Errors */

static gboolean
set_sqlite_error (AzqfStore  *self,
                  int         rc,
                  GError    **error)
{
  const char *detail = self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_DISK_FULL,
                   _("%s: the disk is full; the change was not saved and the workspace is unchanged"),
                   self->path);
      break;

    case SQLITE_READONLY:
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_READ_ONLY,
                   _("%s: the workspace is read-only; the change was not saved"),
                   self->path);
      break;

    case SQLITE_NOTADB:
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NOT_WORKSPACE,
                   _("%s: this file is not an AzQF Studio workspace"),
                   self->path);
      break;

    case SQLITE_CORRUPT:
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_CORRUPT,
                   _("%s: the workspace file is damaged (%s)"),
                   self->path, detail);
      break;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_LOCKED,
                   _("%s: the workspace is busy in another process; try again"),
                   self->path);
      break;

    case SQLITE_CONSTRAINT:
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_INVALID,
                   _("%s: the change breaks a rule of the workspace (%s)"),
                   self->path, detail);
      break;

    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_PERM:
    default:
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_IO,
                   _("%s: cannot read or write the workspace (%s)"),
                   self->path, detail);
      break;
    }

  return FALSE;
}

static gboolean
check_open (AzqfStore  *self,
            gboolean    for_writing,
            GError    **error)
{
  if (self->db == NULL)
    {
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_IO,
                   _("%s: the workspace is closed"), self->path);
      return FALSE;
    }

  if (for_writing && self->read_only)
    {
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_READ_ONLY,
                   _("%s: the workspace is open read-only; the change was not saved"),
                   self->path);
      return FALSE;
    }

  return TRUE;
}

/* Statements */

static AzqfStmt *
get_stmt (AzqfStore   *self,
          const char  *sql,
          GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    return stmt;

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

static gboolean
exec (AzqfStore   *self,
      const char  *sql,
      GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return set_sqlite_error (self, rc, error);

  return TRUE;
}

static gboolean
step_done (AzqfStore  *self,
           AzqfStmt   *stmt,
           GError    **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return set_sqlite_error (self, rc, error);

  return TRUE;
}

static void
bind_text (AzqfStmt   *stmt,
           int         column,
           const char *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, column, text, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, column);
}

static void
bind_level (AzqfStmt *stmt,
            int       column,
            guint     level)
{
  if (level > 0)
    sqlite3_bind_int (stmt, column, level);
  else
    sqlite3_bind_null (stmt, column);
}

static void
bind_credits (AzqfStmt *stmt,
              int       column,
              double    credits)
{
  if (credits >= 0)
    sqlite3_bind_double (stmt, column, credits);
  else
    sqlite3_bind_null (stmt, column);
}

static const char *
column_text (AzqfStmt *stmt,
             int       column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

static gboolean
begin (AzqfStore  *self,
       GError    **error)
{
  return check_open (self, TRUE, error) && exec (self, "BEGIN IMMEDIATE", error);
}

static gboolean
commit (AzqfStore  *self,
        GError    **error)
{
  if (!exec (self, "COMMIT", error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  return TRUE;
}

static void
rollback (AzqfStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

/* commit(), then "standards-changed" once the write is in the file. */
static gboolean
commit_standards (AzqfStore  *self,
                  GError    **error)
{
  if (!commit (self, error))
    return FALSE;

  g_signal_emit (self, signals[STANDARDS_CHANGED], 0);
  return TRUE;
}

/* Opening */

/* The lock file belongs to the real file, so that a symbolic link to the
 * workspace (or a path with ".." in it) finds the same lock. The workspace
 * need not exist yet (create): then its folder is resolved. */
char *
_azqf_store_lock_path (const char *path)
{
  g_autofree char *real = realpath (path, NULL);
  g_autofree char *dir = NULL;
  g_autofree char *real_dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;

  if (real == NULL)
    {
      dir = g_path_get_dirname (path);
      real_dir = realpath (dir, NULL);
      base = g_path_get_basename (path);
    }
  else
    {
      real_dir = g_path_get_dirname (real);
      base = g_path_get_basename (real);
    }

  name = g_strdup_printf (".%s.lock", base);
  return g_build_filename (real_dir != NULL ? real_dir : dir, name, NULL);
}

static gboolean
acquire_lock (AzqfStore  *self,
              GError    **error)
{
  g_autofree char *holder = NULL;
  g_autofree char *contents = NULL;
  struct stat fd_stat, path_stat;

  self->lock_path = _azqf_store_lock_path (self->path);

  /* The file may be unlinked by its holder between our open() and flock():
   * then we hold a lock on a file nobody else sees, so try again. */
  for (guint attempt = 0; attempt < 10; attempt++)
    {
      /* O_NOFOLLOW and the checks below: a link or a hard link planted under
       * the lock file's name must never lead us to truncate another file. */
      int fd = g_open (self->lock_path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644);
      int saved_errno = errno;

      if (fd >= 0 &&
          (fstat (fd, &fd_stat) != 0 || !S_ISREG (fd_stat.st_mode) || fd_stat.st_nlink != 1))
        {
          close (fd);
          fd = -1;
          saved_errno = ELOOP;
        }

      if (fd < 0)
        {
          if (saved_errno == ELOOP)
            g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_IO,
                         _("%s: the lock file %s is not a plain file; remove it and try again"),
                         self->path, self->lock_path);
          else if (saved_errno == EACCES || saved_errno == EROFS || saved_errno == EPERM)
            g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_READ_ONLY,
                         _("%s: the folder of the workspace cannot be written; open the workspace read-only"),
                         self->path);
          else
            g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_IO,
                         _("%s: cannot create the lock file: %s"),
                         self->path, g_strerror (saved_errno));
          return FALSE;
        }

      if (flock (fd, LOCK_EX | LOCK_NB) != 0)
        {
          saved_errno = errno;
          close (fd);

          if (saved_errno != EWOULDBLOCK)
            {
              g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_IO,
                           _("%s: cannot lock the workspace: %s"),
                           self->path, g_strerror (saved_errno));
              return FALSE;
            }

          if (g_file_get_contents (self->lock_path, &contents, NULL, NULL))
            holder = g_strstrip (g_strdup (contents));

          if (holder != NULL && *holder != '\0')
            g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_LOCKED,
                         _("%s: workspace is locked by another process (%s); it can be opened read-only"),
                         self->path, holder);
          else
            g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_LOCKED,
                         _("%s: workspace is locked by another process; it can be opened read-only"),
                         self->path);
          return FALSE;
        }

      if (g_lstat (self->lock_path, &path_stat) == 0 &&
          fd_stat.st_ino == path_stat.st_ino && fd_stat.st_dev == path_stat.st_dev)
        {
          g_autofree char *who = g_strdup_printf ("%s, pid %d, %s\n",
                                                  g_get_prgname () ? g_get_prgname () : "azqf",
                                                  (int) getpid (), g_get_host_name ());
          if (ftruncate (fd, 0) == 0)
            {
              gssize G_GNUC_UNUSED written = write (fd, who, strlen (who));
            }
          self->lock_fd = fd;
          return TRUE;
        }

      close (fd);
    }

  g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_LOCKED,
               _("%s: workspace is locked by another process; it can be opened read-only"),
               self->path);
  return FALSE;
}

static void
release_lock (AzqfStore *self)
{
  if (self->lock_fd < 0)
    return;

  /* Unlink while still holding the lock; a waiting opener re-checks the inode. */
  g_unlink (self->lock_path);
  close (self->lock_fd);
  self->lock_fd = -1;
}

static gboolean
query_int (AzqfStore   *self,
           const char  *sql,
           int         *value,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *value = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }

  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    return set_sqlite_error (self, rc, error);

  return TRUE;
}

static gboolean
open_database (AzqfStore  *self,
               int         flags,
               gboolean    immutable,
               GError    **error)
{
  g_autofree char *uri = NULL;
  char *errmsg = NULL;
  int rc;

  /* immutable: no locks, no -wal or -shm; only for a file nobody can change. */
  if (immutable)
    {
      g_autofree char *absolute = g_canonicalize_filename (self->path, NULL);
      g_autofree char *file_uri = g_filename_to_uri (absolute, NULL, NULL);

      if (file_uri != NULL)
        {
          uri = g_strconcat (file_uri, "?immutable=1", NULL);
          flags |= SQLITE_OPEN_URI;
        }
    }

  rc = sqlite3_open_v2 (uri != NULL ? uri : self->path, &self->db, flags | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self, rc, error);
      sqlite3_close (self->db);
      self->db = NULL;
      return FALSE;
    }

  rc = _azqf_sqlite_register (self->db, &errmsg);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_IO,
                   _("%s: cannot set up the database: %s"), self->path, errmsg ? errmsg : "");
      sqlite3_free (errmsg);
      return FALSE;
    }

  sqlite3_busy_timeout (self->db, 5000);
  sqlite3_extended_result_codes (self->db, TRUE);

  return TRUE;
}

static gboolean
set_newer_schema_error (AzqfStore  *self,
                        int         schema_version,
                        GError    **error)
{
  g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NEWER_SCHEMA,
               _("%s: the workspace was saved by a newer version of AzQF Studio (format %d; this version reads up to %d); update AzQF Studio to open it"),
               self->path, schema_version, AZQF_STORE_SCHEMA_VERSION);
  return FALSE;
}

/* The SQLite file header (sqlite.org/fileformat.html, section 1.3). */
#define HEADER_SIZE           100
#define HEADER_USER_VERSION   60
#define HEADER_APPLICATION_ID 68

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | (guint32) p[3];
}

/* Workspace files this process has connections to, by device and inode,
 * with a count: see check_header(). */
static GMutex open_files_lock;
static GHashTable *open_files;

static char *
file_key_for (const char *path)
{
  GStatBuf buf;

  if (g_stat (path, &buf) != 0)
    return NULL;

  return g_strdup_printf ("%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT,
                          (guint64) buf.st_dev, (guint64) buf.st_ino);
}

/* Counts self as a connection to its file. When it is the first one and
 * header is given, reads the file's header first (under the same lock, so no
 * other connection of this process opens the file meanwhile) and returns
 * TRUE; FALSE when another connection of this process has the file open. */
static gboolean
register_file (AzqfStore *self,
               guint8    *header,
               gssize    *length,
               int       *read_errno)
{
  G_GNUC_UNUSED g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&open_files_lock);
  guint count;

  g_assert (self->file_key == NULL);

  if (open_files == NULL)
    open_files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  self->file_key = file_key_for (self->path);
  if (self->file_key == NULL)
    self->file_key = g_strdup (self->path);

  count = GPOINTER_TO_UINT (g_hash_table_lookup (open_files, self->file_key));

  if (count == 0 && header != NULL)
    {
      int fd = g_open (self->path, O_RDONLY | O_CLOEXEC, 0);

      *length = fd >= 0 ? read (fd, header, HEADER_SIZE) : -1;
      *read_errno = errno;
      if (fd >= 0)
        close (fd);
    }

  g_hash_table_insert (open_files, g_strdup (self->file_key), GUINT_TO_POINTER (count + 1));
  return count == 0;
}

static void
unregister_file (AzqfStore *self)
{
  g_autoptr(GMutexLocker) locker = NULL;
  guint count;

  if (self->file_key == NULL)
    return;

  locker = g_mutex_locker_new (&open_files_lock);
  count = GPOINTER_TO_UINT (g_hash_table_lookup (open_files, self->file_key));
  if (count <= 1)
    g_hash_table_remove (open_files, self->file_key);
  else
    g_hash_table_insert (open_files, g_strdup (self->file_key), GUINT_TO_POINTER (count - 1));

  g_clear_pointer (&self->file_key, g_free);
}

/* Refuses what is plainly not a workspace from its first bytes, before SQLite
 * opens it: SQLite creates -wal and -shm files beside a database in WAL mode,
 * and a read-only connection leaves them behind. The header is the whole
 * truth only while no -wal file exists (after a crash, a workspace's newest
 * header may still be in its WAL); otherwise check_workspace() decides, and
 * *wal_exists tells the caller so. */
static gboolean
check_header (AzqfStore  *self,
              gboolean   *wal_exists,
              GError    **error)
{
  g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);
  guint8 header[HEADER_SIZE];
  gssize length;
  int saved_errno = 0;

  /* Closing our descriptor would drop the POSIX locks that SQLite holds on
   * the file for other connections of this process, so the file is read
   * directly only when this process has no connection to it; otherwise it
   * is already known to be a workspace, and check_workspace() decides. */
  if (!register_file (self, header, &length, &saved_errno))
    {
      *wal_exists = g_file_test (wal, G_FILE_TEST_EXISTS);
      return TRUE;
    }

  if (length < 0)
    {
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_IO,
                   _("%s: cannot read or write the workspace (%s)"),
                   self->path, g_strerror (saved_errno));
      return FALSE;
    }

  *wal_exists = g_file_test (wal, G_FILE_TEST_EXISTS);
  if (*wal_exists)
    return TRUE;

  if (length == 0)
    {
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NOT_WORKSPACE,
                   _("%s: the file is empty; it is not an AzQF Studio workspace"), self->path);
      return FALSE;
    }

  if (length < HEADER_SIZE || memcmp (header, "SQLite format 3", 16) != 0)
    {
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NOT_WORKSPACE,
                   _("%s: this file is not an AzQF Studio workspace"), self->path);
      return FALSE;
    }

  if (read_be32 (header + HEADER_APPLICATION_ID) != AZQF_STORE_APPLICATION_ID)
    {
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NOT_WORKSPACE,
                   _("%s: this is a database of another program, not an AzQF Studio workspace"),
                   self->path);
      return FALSE;
    }

  if ((gint32) read_be32 (header + HEADER_USER_VERSION) > AZQF_STORE_SCHEMA_VERSION)
    return set_newer_schema_error (self, (gint32) read_be32 (header + HEADER_USER_VERSION), error);

  return TRUE;
}

/* Checks what the file is, without writing anything to it. */
static gboolean
check_workspace (AzqfStore  *self,
                 int        *schema_version,
                 GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  int application_id = 0;
  int page_count = 0;

  /* A local error: the caller's may be NULL. */
  if (!query_int (self, "PRAGMA application_id", &application_id, &local_error))
    {
      if (g_error_matches (local_error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_IO))
        {
          g_clear_error (&local_error);
          g_set_error (&local_error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NOT_WORKSPACE,
                       _("%s: this file is not an AzQF Studio workspace"), self->path);
        }
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!query_int (self, "PRAGMA page_count", &page_count, error))
    return FALSE;

  if (page_count == 0)
    {
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NOT_WORKSPACE,
                   _("%s: the file is empty; it is not an AzQF Studio workspace"), self->path);
      return FALSE;
    }

  if ((guint32) application_id != AZQF_STORE_APPLICATION_ID)
    {
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NOT_WORKSPACE,
                   _("%s: this is a database of another program, not an AzQF Studio workspace"),
                   self->path);
      return FALSE;
    }

  if (!query_int (self, "PRAGMA user_version", schema_version, error))
    return FALSE;

  if (*schema_version > AZQF_STORE_SCHEMA_VERSION)
    return set_newer_schema_error (self, *schema_version, error);

  if (*schema_version < 1)
    {
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_CORRUPT,
                   _("%s: the workspace has no valid format version"), self->path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
migrate (AzqfStore  *self,
         int         from_version,
         GError    **error)
{
  if (!exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  for (guint version = from_version + 1; version <= AZQF_STORE_SCHEMA_VERSION; version++)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %u", version);

      if (!exec (self, _azqf_store_migration (version), error) ||
          !exec (self, set_version, error))
        {
          g_prefix_error (error, _("Cannot upgrade the workspace to format %u: "), version);
          rollback (self);
          return FALSE;
        }
    }

  return commit (self, error);
}

static gboolean
load_workspace_uuid (AzqfStore  *self,
                     GError    **error)
{
  g_autoptr(AzqfStmt) stmt = get_stmt (self, "SELECT value FROM workspace WHERE key = 'uuid'", error);

  if (stmt == NULL)
    return FALSE;

  if (sqlite3_step (stmt) == SQLITE_ROW)
    self->workspace_uuid = g_strdup (column_text (stmt, 0));

  if (self->workspace_uuid == NULL)
    {
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_CORRUPT,
                   _("%s: the workspace has no identifier"), self->path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
configure_writer (AzqfStore  *self,
                  GError    **error)
{
  /* synchronous=NORMAL is durable against a crash or kill of the process in
   * WAL mode; only a power cut may lose the last commits, never consistency. */
  return exec (self, "PRAGMA journal_mode = WAL", error) &&
         exec (self, "PRAGMA synchronous = NORMAL", error) &&
         exec (self, "PRAGMA foreign_keys = ON", error);
}

static AzqfStore *
store_new (const char *path)
{
  AzqfStore *self = g_object_new (AZQF_TYPE_STORE, NULL);

  self->path = g_strdup (path);
  return self;
}

AzqfStore *
azqf_store_open (const char          *path,
                 AzqfStoreOpenFlags   flags,
                 GError             **error)
{
  g_autoptr(AzqfStore) self = NULL;
  gboolean wal_exists = FALSE;
  int schema_version = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = store_new (path);
  self->read_only = (flags & AZQF_STORE_OPEN_READ_ONLY) != 0;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NOT_FOUND,
                   _("%s: no such workspace file"), path);
      return NULL;
    }

  if (g_file_test (path, G_FILE_TEST_IS_DIR) || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NOT_WORKSPACE,
                   _("%s: this is a folder or a special file, not an AzQF Studio workspace"), path);
      return NULL;
    }

  if (g_access (path, R_OK) != 0)
    {
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_IO,
                   _("%s: permission denied: the file cannot be read"), path);
      return NULL;
    }

  if (!check_header (self, &wal_exists, error))
    return NULL;

  if (self->read_only)
    {
      g_autofree char *dir = g_path_get_dirname (path);
      /* In a folder we cannot write, SQLite cannot create the -shm file a
       * database in WAL mode needs, and refuses to open it. Without a -wal
       * file the main file holds everything: read it as immutable. */
      gboolean immutable = !wal_exists && g_access (dir, W_OK) != 0;

      if (!open_database (self, SQLITE_OPEN_READONLY, immutable, error) ||
          !check_workspace (self, &schema_version, error))
        return NULL;

      if (schema_version < AZQF_STORE_SCHEMA_VERSION)
        {
          g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NEEDS_UPGRADE,
                       _("%s: the workspace uses an older format (%d); open it once for writing to upgrade it"),
                       path, schema_version);
          return NULL;
        }

      if (!exec (self, "PRAGMA query_only = ON", error) ||
          !load_workspace_uuid (self, error))
        return NULL;

      return g_steal_pointer (&self);
    }

  if (g_access (path, W_OK) != 0)
    {
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_READ_ONLY,
                   _("%s: the file is read-only; it can be opened read-only"), path);
      return NULL;
    }

  if (!acquire_lock (self, error) ||
      !open_database (self, SQLITE_OPEN_READWRITE, FALSE, error))
    return NULL;

  /* Until the file is known to be a workspace, closing must not checkpoint
   * (write into the file) a WAL that was there before: another program's. */
  if (wal_exists)
    sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);

  if (!check_workspace (self, &schema_version, error))
    return NULL;

  if (wal_exists)
    sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, NULL);

  if (sqlite3_db_readonly (self->db, "main") == 1)
    {
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_READ_ONLY,
                   _("%s: the file is read-only; it can be opened read-only"), path);
      return NULL;
    }

  if (!configure_writer (self, error))
    return NULL;

  if (schema_version < AZQF_STORE_SCHEMA_VERSION && !migrate (self, schema_version, error))
    return NULL;

  if (!load_workspace_uuid (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

AzqfStore *
azqf_store_create (const char  *path,
                   GError     **error)
{
  g_autoptr(AzqfStore) self = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *created = NULL;
  AzqfStmt *stmt;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = store_new (path);
  dir = g_path_get_dirname (path);

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NOT_FOUND,
                   _("%s: the folder %s does not exist"), path, dir);
      return NULL;
    }

  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == EEXIST)
        g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_EXISTS,
                     _("%s: the file already exists; choose another name"), path);
      else if (saved_errno == EACCES || saved_errno == EROFS || saved_errno == EPERM)
        g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_READ_ONLY,
                     _("%s: cannot create the workspace here: %s"), path, g_strerror (saved_errno));
      else
        g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_IO,
                     _("%s: cannot create the workspace: %s"), path, g_strerror (saved_errno));
      return NULL;
    }
  close (fd);
  register_file (self, NULL, NULL, NULL);

  uuid = g_uuid_string_random ();
  created = azqf_value_format_datetime (g_get_real_time () / G_USEC_PER_SEC);

  if (!acquire_lock (self, error) ||
      !open_database (self, SQLITE_OPEN_READWRITE, FALSE, error) ||
      !exec (self, "PRAGMA journal_mode = WAL", error) ||
      !exec (self, "PRAGMA synchronous = NORMAL", error) ||
      !exec (self, "PRAGMA foreign_keys = ON", error) ||
      !exec (self, "BEGIN IMMEDIATE", error))
    goto failed;

  for (guint version = 1; version <= AZQF_STORE_SCHEMA_VERSION; version++)
    if (!exec (self, _azqf_store_migration (version), error))
      goto failed;

  stmt = get_stmt (self, "INSERT INTO workspace (key, value) VALUES ('uuid', ?1), ('created', ?2)", error);
  if (stmt == NULL)
    goto failed;
  bind_text (stmt, 1, uuid);
  bind_text (stmt, 2, created);
  if (!step_done (self, stmt, error))
    {
      stmt_release (stmt);
      goto failed;
    }
  stmt_release (stmt);

  {
    g_autofree char *pragmas = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d",
                                                AZQF_STORE_APPLICATION_ID, AZQF_STORE_SCHEMA_VERSION);
    if (!exec (self, pragmas, error) || !commit (self, error))
      goto failed;
  }

  self->workspace_uuid = g_steal_pointer (&uuid);
  return g_steal_pointer (&self);

failed:
  /* The file is ours (O_EXCL): remove the unfinished workspace. */
  if (self->db != NULL)
    rollback (self);
  azqf_store_close (self);
  g_unlink (path);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
  }
  return NULL;
}

void
azqf_store_close (AzqfStore *self)
{
  g_return_if_fail (AZQF_IS_STORE (self));

  g_hash_table_remove_all (self->statements);

  if (self->db != NULL)
    {
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }

  unregister_file (self);
  release_lock (self);
}

const char *
azqf_store_get_path (AzqfStore *self)
{
  g_return_val_if_fail (AZQF_IS_STORE (self), NULL);
  return self->path;
}

gboolean
azqf_store_get_read_only (AzqfStore *self)
{
  g_return_val_if_fail (AZQF_IS_STORE (self), TRUE);
  return self->read_only;
}

const char *
azqf_store_get_workspace_uuid (AzqfStore *self)
{
  g_return_val_if_fail (AZQF_IS_STORE (self), NULL);
  return self->workspace_uuid;
}

sqlite3 *
_azqf_store_get_db (AzqfStore *self)
{
  g_return_val_if_fail (AZQF_IS_STORE (self), NULL);
  return self->db;
}

/* Reading */

static gboolean
invalid_row (AzqfStore  *self,
             GError    **error)
{
  g_prefix_error (error, _("%s: the workspace holds an invalid value: "), self->path);
  if (error != NULL && *error != NULL)
    {
      (*error)->domain = AZQF_STORE_ERROR;
      (*error)->code = AZQF_STORE_ERROR_CORRUPT;
    }
  return FALSE;
}

/* Text read back goes to setters that treat what the register cannot carry
 * (control characters, invalid UTF-8) as a programmer error: a damaged or
 * hand-edited file must give an error instead. Lengths are not checked here:
 * the model holds an over-long text and the rules report it. */
static gboolean
check_row_texts (AzqfStore   *self,
                 AzqfStmt    *stmt,
                 const int   *columns,
                 guint        n_columns,
                 GError     **error)
{
  for (guint i = 0; i < n_columns; i++)
    if (!azqf_value_check_text (column_text (stmt, columns[i]), G_MAXSIZE, error))
      return invalid_row (self, error);

  return TRUE;
}

static AzqfStandard *
standard_from_row (AzqfStore  *self,
                   AzqfStmt   *stmt,
                   GError    **error)
{
  static const int text_columns[] = { 6, 7, 8, 9, 13, 14, 17, 18, 19, 20 };
  g_autoptr(AzqfStandard) standard = NULL;
  AzqfKind kind;
  AzqfStatus status;

  if (!azqf_kind_from_string (column_text (stmt, 3), &kind) ||
      !azqf_status_from_string (column_text (stmt, 4), &status))
    {
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_CORRUPT,
                   _("%s: standard %s has an unknown kind or status"),
                   self->path, column_text (stmt, 2));
      return NULL;
    }

  standard = azqf_standard_new_with_uuid (column_text (stmt, 1), kind, column_text (stmt, 2), error);
  if (standard == NULL)
    {
      invalid_row (self, error);
      return NULL;
    }

  if (!check_row_texts (self, stmt, text_columns, G_N_ELEMENTS (text_columns), error))
    return NULL;

  azqf_standard_set_status (standard, status);
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ, column_text (stmt, 6));
  azqf_standard_set_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN, column_text (stmt, 7));
  azqf_standard_set_text (standard, AZQF_STANDARD_SUMMARY, AZQF_LANG_AZ, column_text (stmt, 8));
  azqf_standard_set_text (standard, AZQF_STANDARD_SUMMARY, AZQF_LANG_EN, column_text (stmt, 9));
  azqf_standard_set_text (standard, AZQF_STANDARD_SECTOR, AZQF_LANG_AZ, column_text (stmt, 13));
  azqf_standard_set_text (standard, AZQF_STANDARD_SECTOR, AZQF_LANG_EN, column_text (stmt, 14));
  azqf_standard_set_text (standard, AZQF_STANDARD_AWARDING_BODY, AZQF_LANG_AZ, column_text (stmt, 17));
  azqf_standard_set_text (standard, AZQF_STANDARD_AWARDING_BODY, AZQF_LANG_EN, column_text (stmt, 18));
  azqf_standard_set_text (standard, AZQF_STANDARD_APPROVING_BODY, AZQF_LANG_AZ, column_text (stmt, 19));
  azqf_standard_set_text (standard, AZQF_STANDARD_APPROVING_BODY, AZQF_LANG_EN, column_text (stmt, 20));

  if (!azqf_standard_set_version (standard, sqlite3_column_int (stmt, 5), error) ||
      !azqf_standard_set_level (standard, sqlite3_column_int (stmt, 10), error) ||
      !azqf_standard_set_isco08 (standard, column_text (stmt, 11), error) ||
      !azqf_standard_set_isced_f (standard, column_text (stmt, 12), error) ||
      !azqf_standard_set_ects_credits (standard,
                                       sqlite3_column_type (stmt, 15) == SQLITE_NULL
                                         ? -1.0 : sqlite3_column_double (stmt, 15),
                                       error) ||
      !azqf_standard_set_duration (standard, column_text (stmt, 16), error) ||
      !azqf_standard_set_decision_number (standard, column_text (stmt, 21), error) ||
      !azqf_standard_set_decision_date (standard, column_text (stmt, 22), error) ||
      !azqf_standard_set_review_date (standard, column_text (stmt, 23), error))
    {
      invalid_row (self, error);
      return NULL;
    }

  /* Times the register format can carry: years 0001–9999, UTC. */
  for (int column = 24; column <= 25; column++)
    {
      gint64 unix_time = sqlite3_column_int64 (stmt, column);

      if (sqlite3_column_type (stmt, column) != SQLITE_INTEGER ||
          unix_time < G_GINT64_CONSTANT (-62135596800) ||
          unix_time > G_GINT64_CONSTANT (253402300799))
        {
          g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_CORRUPT,
                       _("%s: standard %s has an invalid creation or modification time"),
                       self->path, column_text (stmt, 2));
          return NULL;
        }
    }

  azqf_standard_set_created (standard, sqlite3_column_int64 (stmt, 24));
  azqf_standard_set_modified (standard, sqlite3_column_int64 (stmt, 25));

  return g_steal_pointer (&standard);
}

static char *
filter_sql (const AzqfStoreFilter *filter,
            gboolean               count)
{
  GString *sql = g_string_new (NULL);

  if (count)
    g_string_append (sql, "SELECT count(*) FROM standards AS s");
  else
    g_string_append_printf (sql, "SELECT %s FROM standards AS s", standard_columns);

  g_string_append (sql, " WHERE (?1 IS NULL OR s.kind = ?1)"
                        " AND (?2 IS NULL OR s.status = ?2)"
                        " AND (?3 IS NULL OR s.level = ?3)");

  if (!count)
    {
      if (filter->sort_lang == AZQF_LANG_EN)
        g_string_append (sql, " ORDER BY coalesce (s.title_en, s.title_az, s.code) COLLATE en, s.code");
      else
        g_string_append (sql, " ORDER BY coalesce (s.title_az, s.title_en, s.code) COLLATE az, s.code");
      g_string_append (sql, " LIMIT ?4 OFFSET ?5");
    }

  return g_string_free (sql, FALSE);
}

static sqlite3_stmt *
prepare_filter (AzqfStore             *self,
                const AzqfStoreFilter *filter,
                gboolean               count,
                GError               **error)
{
  g_autofree char *sql = filter_sql (filter, count);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self, rc, error);
      return NULL;
    }

  if (filter->kind >= 0)
    sqlite3_bind_text (stmt, 1, azqf_kind_to_string (filter->kind), -1, SQLITE_STATIC);
  if (filter->status >= 0)
    sqlite3_bind_text (stmt, 2, azqf_status_to_string (filter->status), -1, SQLITE_STATIC);
  if (filter->level > 0)
    sqlite3_bind_int (stmt, 3, filter->level);
  if (!count)
    {
      sqlite3_bind_int64 (stmt, 4, filter->limit > 0 ? (gint64) filter->limit : -1);
      sqlite3_bind_int64 (stmt, 5, filter->offset);
    }

  return stmt;
}

GPtrArray *
azqf_store_list_standards (AzqfStore              *self,
                           const AzqfStoreFilter  *filter,
                           GError                **error)
{
  static const AzqfStoreFilter all = AZQF_STORE_FILTER_INIT;
  g_autoptr(GPtrArray) standards = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (AZQF_IS_STORE (self), NULL);

  if (!check_open (self, FALSE, error))
    return NULL;

  if (filter == NULL)
    filter = &all;

  stmt = prepare_filter (self, filter, FALSE, error);
  if (stmt == NULL)
    return NULL;

  standards = g_ptr_array_new_with_free_func (g_object_unref);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      AzqfStandard *standard = standard_from_row (self, stmt, error);

      if (standard == NULL)
        {
          sqlite3_finalize (stmt);
          return NULL;
        }
      g_ptr_array_add (standards, standard);
    }

  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&standards);
}

guint
azqf_store_count_standards (AzqfStore              *self,
                            const AzqfStoreFilter  *filter,
                            GError                **error)
{
  static const AzqfStoreFilter all = AZQF_STORE_FILTER_INIT;
  sqlite3_stmt *stmt;
  guint count = 0;
  int rc;

  g_return_val_if_fail (AZQF_IS_STORE (self), 0);

  if (!check_open (self, FALSE, error))
    return 0;

  stmt = prepare_filter (self, filter != NULL ? filter : &all, TRUE, error);
  if (stmt == NULL)
    return 0;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    count = sqlite3_column_int (stmt, 0);
  else
    set_sqlite_error (self, rc, error);

  sqlite3_finalize (stmt);
  return count;
}

static gboolean
load_children (AzqfStore     *self,
               AzqfStandard  *standard,
               gint64         standard_id,
               GError       **error)
{
  g_autoptr(GHashTable) units = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) outcomes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  static const int unit_texts[] = { 2, 3 };
  static const int outcome_texts[] = { 4, 5 };
  static const int criterion_texts[] = { 1, 2 };
  static const int link_texts[] = { 5 };
  AzqfStmt *stmt;
  int rc;

  /* Units */
  stmt = get_stmt (self,
                   "SELECT id, code, title_az, title_en, level, ects_credits"
                   " FROM units WHERE standard_id = ?1 ORDER BY position, id", error);
  if (stmt == NULL)
    return FALSE;
  {
    g_autoptr(AzqfStmt) units_stmt = stmt;

    sqlite3_bind_int64 (units_stmt, 1, standard_id);
    while ((rc = sqlite3_step (units_stmt)) == SQLITE_ROW)
      {
        g_autoptr(AzqfUnit) unit = azqf_unit_new (column_text (units_stmt, 1), error);

        if (unit == NULL)
          return invalid_row (self, error);
        if (!check_row_texts (self, units_stmt, unit_texts, G_N_ELEMENTS (unit_texts), error))
          return FALSE;

        azqf_unit_set_title (unit, AZQF_LANG_AZ, column_text (units_stmt, 2));
        azqf_unit_set_title (unit, AZQF_LANG_EN, column_text (units_stmt, 3));
        if (!azqf_unit_set_level (unit, sqlite3_column_int (units_stmt, 4), error) ||
            !azqf_unit_set_ects_credits (unit,
                                         sqlite3_column_type (units_stmt, 5) == SQLITE_NULL
                                           ? -1.0 : sqlite3_column_double (units_stmt, 5),
                                         error) ||
            !azqf_standard_add_unit (standard, unit, error))
          return invalid_row (self, error);

        g_hash_table_insert (units, g_memdup2 (&(gint64) { sqlite3_column_int64 (units_stmt, 0) }, sizeof (gint64)), unit);
      }
    if (rc != SQLITE_DONE)
      return set_sqlite_error (self, rc, error);
  }

  /* Outcomes: the standard's own first, then unit by unit, each in position order. */
  stmt = get_stmt (self,
                   "SELECT id, unit_id, code, domain, text_az, text_en"
                   " FROM outcomes WHERE standard_id = ?1"
                   " ORDER BY unit_id IS NOT NULL, unit_id, position, id", error);
  if (stmt == NULL)
    return FALSE;
  {
    g_autoptr(AzqfStmt) outcomes_stmt = stmt;

    sqlite3_bind_int64 (outcomes_stmt, 1, standard_id);
    while ((rc = sqlite3_step (outcomes_stmt)) == SQLITE_ROW)
      {
        g_autoptr(AzqfOutcome) outcome = NULL;
        AzqfUnit *unit = NULL;
        AzqfDomain domain;

        if (!azqf_domain_from_string (column_text (outcomes_stmt, 3), &domain))
          {
            g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_CORRUPT,
                         _("%s: outcome %s has an unknown domain"),
                         self->path, column_text (outcomes_stmt, 2));
            return FALSE;
          }

        outcome = azqf_outcome_new (column_text (outcomes_stmt, 2), domain, error);
        if (outcome == NULL)
          return invalid_row (self, error);
        if (!check_row_texts (self, outcomes_stmt, outcome_texts, G_N_ELEMENTS (outcome_texts), error))
          return FALSE;

        azqf_outcome_set_text (outcome, AZQF_LANG_AZ, column_text (outcomes_stmt, 4));
        azqf_outcome_set_text (outcome, AZQF_LANG_EN, column_text (outcomes_stmt, 5));

        if (sqlite3_column_type (outcomes_stmt, 1) != SQLITE_NULL)
          {
            gint64 unit_id = sqlite3_column_int64 (outcomes_stmt, 1);
            unit = g_hash_table_lookup (units, &unit_id);
          }

        if (!azqf_standard_add_outcome (standard, unit, outcome, error))
          return invalid_row (self, error);

        g_hash_table_insert (outcomes, g_memdup2 (&(gint64) { sqlite3_column_int64 (outcomes_stmt, 0) }, sizeof (gint64)), outcome);
      }
    if (rc != SQLITE_DONE)
      return set_sqlite_error (self, rc, error);
  }

  /* Criteria */
  stmt = get_stmt (self,
                   "SELECT c.outcome_id, c.text_az, c.text_en"
                   " FROM criteria AS c JOIN outcomes AS o ON o.id = c.outcome_id"
                   " WHERE o.standard_id = ?1 ORDER BY c.outcome_id, c.position, c.id", error);
  if (stmt == NULL)
    return FALSE;
  {
    g_autoptr(AzqfStmt) criteria_stmt = stmt;

    sqlite3_bind_int64 (criteria_stmt, 1, standard_id);
    while ((rc = sqlite3_step (criteria_stmt)) == SQLITE_ROW)
      {
        gint64 outcome_id = sqlite3_column_int64 (criteria_stmt, 0);
        AzqfOutcome *outcome = g_hash_table_lookup (outcomes, &outcome_id);
        g_autoptr(AzqfCriterion) criterion = NULL;

        if (!check_row_texts (self, criteria_stmt, criterion_texts, G_N_ELEMENTS (criterion_texts), error))
          return FALSE;

        criterion = azqf_criterion_new (column_text (criteria_stmt, 1), column_text (criteria_stmt, 2));
        if (outcome != NULL)
          azqf_outcome_append_criterion (outcome, criterion);
      }
    if (rc != SQLITE_DONE)
      return set_sqlite_error (self, rc, error);
  }

  /* Links */
  stmt = get_stmt (self,
                   "SELECT l.outcome_id, l.element, l.type, l.source, l.state, l.comment"
                   " FROM outcome_links AS l JOIN outcomes AS o ON o.id = l.outcome_id"
                   " WHERE o.standard_id = ?1 ORDER BY l.outcome_id, l.id", error);
  if (stmt == NULL)
    return FALSE;
  {
    g_autoptr(AzqfStmt) links_stmt = stmt;

    sqlite3_bind_int64 (links_stmt, 1, standard_id);
    while ((rc = sqlite3_step (links_stmt)) == SQLITE_ROW)
      {
        gint64 outcome_id = sqlite3_column_int64 (links_stmt, 0);
        AzqfOutcome *outcome = g_hash_table_lookup (outcomes, &outcome_id);
        g_autoptr(AzqfLink) link = NULL;
        AzqfLinkType type;
        AzqfLinkSource source;
        AzqfLinkState state;

        if (!azqf_link_type_from_string (column_text (links_stmt, 2), &type) ||
            !azqf_link_source_from_string (column_text (links_stmt, 3), &source) ||
            !azqf_link_state_from_string (column_text (links_stmt, 4), &state))
          {
            g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_CORRUPT,
                         _("%s: a link to %s has an unknown type, source or state"),
                         self->path, column_text (links_stmt, 1));
            return FALSE;
          }

        link = azqf_link_new (column_text (links_stmt, 1), type, source, state, error);
        if (link == NULL)
          return invalid_row (self, error);
        if (!check_row_texts (self, links_stmt, link_texts, G_N_ELEMENTS (link_texts), error))
          return FALSE;
        azqf_link_set_comment (link, column_text (links_stmt, 5));

        if (outcome != NULL && !azqf_outcome_add_link (outcome, link, error))
          return invalid_row (self, error);
      }
    if (rc != SQLITE_DONE)
      return set_sqlite_error (self, rc, error);
  }

  /* Relations */
  stmt = get_stmt (self,
                   "SELECT type, target_uuid, target_code FROM relations"
                   " WHERE standard_id = ?1 ORDER BY id", error);
  if (stmt == NULL)
    return FALSE;
  {
    g_autoptr(AzqfStmt) relations_stmt = stmt;

    sqlite3_bind_int64 (relations_stmt, 1, standard_id);
    while ((rc = sqlite3_step (relations_stmt)) == SQLITE_ROW)
      {
        g_autoptr(AzqfRelation) relation = NULL;
        AzqfRelationType type;

        if (!azqf_relation_type_from_string (column_text (relations_stmt, 0), &type))
          {
            g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_CORRUPT,
                         _("%s: a relation has an unknown type"), self->path);
            return FALSE;
          }

        relation = azqf_relation_new (type, column_text (relations_stmt, 1),
                                      column_text (relations_stmt, 2), error);
        if (relation == NULL || !azqf_standard_add_relation (standard, relation, error))
          return invalid_row (self, error);
      }
    if (rc != SQLITE_DONE)
      return set_sqlite_error (self, rc, error);
  }

  return TRUE;
}

static AzqfStandard *
load_standard (AzqfStore   *self,
               const char  *sql,
               const char  *key,
               GError     **error)
{
  g_autoptr(AzqfStandard) standard = NULL;
  AzqfStmt *stmt;
  gint64 standard_id;
  int rc;

  if (!check_open (self, FALSE, error))
    return NULL;

  stmt = get_stmt (self, sql, error);
  if (stmt == NULL)
    return NULL;

  /* The row and its children in one read transaction, so they match. */
  if (!exec (self, "SAVEPOINT load", error))
    return NULL;

  {
    g_autoptr(AzqfStmt) row = stmt;

    sqlite3_bind_text (row, 1, key, -1, SQLITE_STATIC);
    rc = sqlite3_step (row);
    if (rc == SQLITE_DONE)
      {
        g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NOT_FOUND,
                     _("%s: there is no standard “%s” in this workspace"), self->path, key);
        goto failed;
      }
    if (rc != SQLITE_ROW)
      {
        set_sqlite_error (self, rc, error);
        goto failed;
      }

    standard_id = sqlite3_column_int64 (row, 0);
    standard = standard_from_row (self, row, error);
    if (standard == NULL)
      goto failed;
  }

  if (!load_children (self, standard, standard_id, error))
    goto failed;

  if (!exec (self, "RELEASE load", error))
    goto failed;

  return g_steal_pointer (&standard);

failed:
  sqlite3_exec (self->db, "ROLLBACK TO load; RELEASE load", NULL, NULL, NULL);
  return NULL;
}

AzqfStandard *
azqf_store_load_standard (AzqfStore   *self,
                          const char  *code,
                          GError     **error)
{
  static char *sql;

  g_return_val_if_fail (AZQF_IS_STORE (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  if (g_once_init_enter (&sql))
    g_once_init_leave (&sql, g_strdup_printf ("SELECT %s FROM standards AS s WHERE s.code = ?1",
                                              standard_columns));

  return load_standard (self, sql, code, error);
}

AzqfStandard *
azqf_store_load_standard_by_uuid (AzqfStore   *self,
                                  const char  *uuid,
                                  GError     **error)
{
  static char *sql;

  g_return_val_if_fail (AZQF_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  if (g_once_init_enter (&sql))
    g_once_init_leave (&sql, g_strdup_printf ("SELECT %s FROM standards AS s WHERE s.uuid = ?1",
                                              standard_columns));

  return load_standard (self, sql, uuid, error);
}

/* Writing */

typedef struct
{
  const char *text;
  gsize       max_chars;
} TextCheck;

static gboolean
check_texts (const TextCheck  *checks,
             guint             n_checks,
             const char       *where,
             GError          **error)
{
  for (guint i = 0; i < n_checks; i++)
    if (!azqf_value_check_text (checks[i].text, checks[i].max_chars, error))
      {
        g_prefix_error (error, "%s: ", where);
        return FALSE;
      }

  return TRUE;
}

static gboolean
check_standard_texts (AzqfStandard  *standard,
                      GError       **error)
{
  const TextCheck checks[] = {
    { azqf_standard_get_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ), MAX_NAME },
    { azqf_standard_get_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN), MAX_NAME },
    { azqf_standard_get_text (standard, AZQF_STANDARD_SUMMARY, AZQF_LANG_AZ), MAX_SUMMARY },
    { azqf_standard_get_text (standard, AZQF_STANDARD_SUMMARY, AZQF_LANG_EN), MAX_SUMMARY },
    { azqf_standard_get_text (standard, AZQF_STANDARD_SECTOR, AZQF_LANG_AZ), MAX_NAME },
    { azqf_standard_get_text (standard, AZQF_STANDARD_SECTOR, AZQF_LANG_EN), MAX_NAME },
    { azqf_standard_get_text (standard, AZQF_STANDARD_AWARDING_BODY, AZQF_LANG_AZ), MAX_NAME },
    { azqf_standard_get_text (standard, AZQF_STANDARD_AWARDING_BODY, AZQF_LANG_EN), MAX_NAME },
    { azqf_standard_get_text (standard, AZQF_STANDARD_APPROVING_BODY, AZQF_LANG_AZ), MAX_NAME },
    { azqf_standard_get_text (standard, AZQF_STANDARD_APPROVING_BODY, AZQF_LANG_EN), MAX_NAME },
    { azqf_standard_get_decision_number (standard), MAX_DECISION },
  };

  return check_texts (checks, G_N_ELEMENTS (checks), azqf_standard_get_code (standard), error);
}

static gboolean
write_standard_row (AzqfStore     *self,
                    AzqfStandard  *standard,
                    gint64         standard_id,
                    gint64        *out_id,
                    GError       **error)
{
  g_autoptr(AzqfStmt) stmt = NULL;
  AzqfStmt *prepared;

  if (!check_standard_texts (standard, error))
    return FALSE;

  if (standard_id == 0)
    prepared = get_stmt (self,
                         "INSERT INTO standards (uuid, code, kind, status, version, title_az, title_en,"
                         " summary_az, summary_en, level, isco08, isced_f, sector_az, sector_en,"
                         " ects_credits, duration, awarding_body_az, awarding_body_en,"
                         " approving_body_az, approving_body_en, decision_number, decision_date,"
                         " review_date, created, modified)"
                         " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,"
                         " ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)",
                         error);
  else
    prepared = get_stmt (self,
                         "UPDATE standards SET uuid = ?1, code = ?2, kind = ?3, status = ?4,"
                         " version = ?5, title_az = ?6, title_en = ?7, summary_az = ?8,"
                         " summary_en = ?9, level = ?10, isco08 = ?11, isced_f = ?12,"
                         " sector_az = ?13, sector_en = ?14, ects_credits = ?15, duration = ?16,"
                         " awarding_body_az = ?17, awarding_body_en = ?18,"
                         " approving_body_az = ?19, approving_body_en = ?20,"
                         " decision_number = ?21, decision_date = ?22, review_date = ?23,"
                         " created = ?24, modified = ?25 WHERE id = ?26",
                         error);
  if (prepared == NULL)
    return FALSE;
  stmt = prepared;

  bind_text (stmt, 1, azqf_standard_get_uuid (standard));
  bind_text (stmt, 2, azqf_standard_get_code (standard));
  bind_text (stmt, 3, azqf_kind_to_string (azqf_standard_get_kind (standard)));
  bind_text (stmt, 4, azqf_status_to_string (azqf_standard_get_status (standard)));
  sqlite3_bind_int (stmt, 5, azqf_standard_get_version (standard));
  bind_text (stmt, 6, azqf_standard_get_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_AZ));
  bind_text (stmt, 7, azqf_standard_get_text (standard, AZQF_STANDARD_TITLE, AZQF_LANG_EN));
  bind_text (stmt, 8, azqf_standard_get_text (standard, AZQF_STANDARD_SUMMARY, AZQF_LANG_AZ));
  bind_text (stmt, 9, azqf_standard_get_text (standard, AZQF_STANDARD_SUMMARY, AZQF_LANG_EN));
  bind_level (stmt, 10, azqf_standard_get_level (standard));
  bind_text (stmt, 11, azqf_standard_get_isco08 (standard));
  bind_text (stmt, 12, azqf_standard_get_isced_f (standard));
  bind_text (stmt, 13, azqf_standard_get_text (standard, AZQF_STANDARD_SECTOR, AZQF_LANG_AZ));
  bind_text (stmt, 14, azqf_standard_get_text (standard, AZQF_STANDARD_SECTOR, AZQF_LANG_EN));
  bind_credits (stmt, 15, azqf_standard_get_ects_credits (standard));
  bind_text (stmt, 16, azqf_standard_get_duration (standard));
  bind_text (stmt, 17, azqf_standard_get_text (standard, AZQF_STANDARD_AWARDING_BODY, AZQF_LANG_AZ));
  bind_text (stmt, 18, azqf_standard_get_text (standard, AZQF_STANDARD_AWARDING_BODY, AZQF_LANG_EN));
  bind_text (stmt, 19, azqf_standard_get_text (standard, AZQF_STANDARD_APPROVING_BODY, AZQF_LANG_AZ));
  bind_text (stmt, 20, azqf_standard_get_text (standard, AZQF_STANDARD_APPROVING_BODY, AZQF_LANG_EN));
  bind_text (stmt, 21, azqf_standard_get_decision_number (standard));
  bind_text (stmt, 22, azqf_standard_get_decision_date (standard));
  bind_text (stmt, 23, azqf_standard_get_review_date (standard));
  sqlite3_bind_int64 (stmt, 24, azqf_standard_get_created (standard));
  sqlite3_bind_int64 (stmt, 25, azqf_standard_get_modified (standard));
  if (standard_id != 0)
    sqlite3_bind_int64 (stmt, 26, standard_id);

  if (!step_done (self, stmt, error))
    return FALSE;

  *out_id = standard_id != 0 ? standard_id : sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

static gboolean
insert_outcome (AzqfStore    *self,
                gint64        standard_id,
                gint64        unit_id,
                guint         position,
                AzqfOutcome  *outcome,
                GError      **error)
{
  GListModel *criteria = azqf_outcome_get_criteria (outcome);
  GListModel *links = azqf_outcome_get_links (outcome);
  const char *code = azqf_outcome_get_code (outcome);
  const TextCheck checks[] = {
    { azqf_outcome_get_text (outcome, AZQF_LANG_AZ), MAX_TEXT },
    { azqf_outcome_get_text (outcome, AZQF_LANG_EN), MAX_TEXT },
  };
  gint64 outcome_id;

  if (!check_texts (checks, G_N_ELEMENTS (checks), code, error))
    return FALSE;

  {
    g_autoptr(AzqfStmt) stmt = get_stmt (self,
                                         "INSERT INTO outcomes (standard_id, unit_id, position, code,"
                                         " domain, text_az, text_en) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                                         error);
    if (stmt == NULL)
      return FALSE;

    sqlite3_bind_int64 (stmt, 1, standard_id);
    if (unit_id != 0)
      sqlite3_bind_int64 (stmt, 2, unit_id);
    sqlite3_bind_int (stmt, 3, position);
    bind_text (stmt, 4, code);
    bind_text (stmt, 5, azqf_domain_to_string (azqf_outcome_get_domain (outcome)));
    bind_text (stmt, 6, azqf_outcome_get_text (outcome, AZQF_LANG_AZ));
    bind_text (stmt, 7, azqf_outcome_get_text (outcome, AZQF_LANG_EN));

    if (!step_done (self, stmt, error))
      return FALSE;
    outcome_id = sqlite3_last_insert_rowid (self->db);
  }

  for (guint i = 0, n = g_list_model_get_n_items (criteria); i < n; i++)
    {
      g_autoptr(AzqfCriterion) criterion = g_list_model_get_item (criteria, i);
      const TextCheck criterion_checks[] = {
        { azqf_criterion_get_text (criterion, AZQF_LANG_AZ), MAX_TEXT },
        { azqf_criterion_get_text (criterion, AZQF_LANG_EN), MAX_TEXT },
      };
      g_autoptr(AzqfStmt) stmt = NULL;

      if (!check_texts (criterion_checks, G_N_ELEMENTS (criterion_checks), code, error))
        return FALSE;

      stmt = get_stmt (self,
                       "INSERT INTO criteria (outcome_id, position, text_az, text_en)"
                       " VALUES (?1, ?2, ?3, ?4)", error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, outcome_id);
      sqlite3_bind_int (stmt, 2, i);
      bind_text (stmt, 3, azqf_criterion_get_text (criterion, AZQF_LANG_AZ));
      bind_text (stmt, 4, azqf_criterion_get_text (criterion, AZQF_LANG_EN));

      if (!step_done (self, stmt, error))
        return FALSE;
    }

  for (guint i = 0, n = g_list_model_get_n_items (links); i < n; i++)
    {
      g_autoptr(AzqfLink) link = g_list_model_get_item (links, i);
      const TextCheck link_checks[] = { { azqf_link_get_comment (link), MAX_TEXT } };
      g_autoptr(AzqfStmt) stmt = NULL;

      if (!check_texts (link_checks, G_N_ELEMENTS (link_checks), code, error))
        return FALSE;

      stmt = get_stmt (self,
                       "INSERT INTO outcome_links (outcome_id, element, type, source, state, comment)"
                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, outcome_id);
      bind_text (stmt, 2, azqf_link_get_element (link));
      bind_text (stmt, 3, azqf_link_type_to_string (azqf_link_get_link_type (link)));
      bind_text (stmt, 4, azqf_link_source_to_string (azqf_link_get_source (link)));
      bind_text (stmt, 5, azqf_link_state_to_string (azqf_link_get_state (link)));
      bind_text (stmt, 6, azqf_link_get_comment (link));

      if (!step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
insert_children (AzqfStore     *self,
                 AzqfStandard  *standard,
                 gint64         standard_id,
                 GError       **error)
{
  GListModel *units = azqf_standard_get_units (standard);
  GListModel *outcomes = azqf_standard_get_outcomes (standard);
  GListModel *relations = azqf_standard_get_relations (standard);

  for (guint i = 0, n = g_list_model_get_n_items (outcomes); i < n; i++)
    {
      g_autoptr(AzqfOutcome) outcome = g_list_model_get_item (outcomes, i);

      if (!insert_outcome (self, standard_id, 0, i, outcome, error))
        return FALSE;
    }

  for (guint i = 0, n = g_list_model_get_n_items (units); i < n; i++)
    {
      g_autoptr(AzqfUnit) unit = g_list_model_get_item (units, i);
      GListModel *unit_outcomes = azqf_unit_get_outcomes (unit);
      const TextCheck checks[] = {
        { azqf_unit_get_title (unit, AZQF_LANG_AZ), MAX_NAME },
        { azqf_unit_get_title (unit, AZQF_LANG_EN), MAX_NAME },
      };
      gint64 unit_id;

      if (!check_texts (checks, G_N_ELEMENTS (checks), azqf_unit_get_code (unit), error))
        return FALSE;

      {
        g_autoptr(AzqfStmt) stmt = get_stmt (self,
                                             "INSERT INTO units (standard_id, position, code, title_az,"
                                             " title_en, level, ects_credits)"
                                             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
        if (stmt == NULL)
          return FALSE;

        sqlite3_bind_int64 (stmt, 1, standard_id);
        sqlite3_bind_int (stmt, 2, i);
        bind_text (stmt, 3, azqf_unit_get_code (unit));
        bind_text (stmt, 4, azqf_unit_get_title (unit, AZQF_LANG_AZ));
        bind_text (stmt, 5, azqf_unit_get_title (unit, AZQF_LANG_EN));
        bind_level (stmt, 6, azqf_unit_get_level (unit));
        bind_credits (stmt, 7, azqf_unit_get_ects_credits (unit));

        if (!step_done (self, stmt, error))
          return FALSE;
        unit_id = sqlite3_last_insert_rowid (self->db);
      }

      for (guint j = 0, m = g_list_model_get_n_items (unit_outcomes); j < m; j++)
        {
          g_autoptr(AzqfOutcome) outcome = g_list_model_get_item (unit_outcomes, j);

          if (!insert_outcome (self, standard_id, unit_id, j, outcome, error))
            return FALSE;
        }
    }

  for (guint i = 0, n = g_list_model_get_n_items (relations); i < n; i++)
    {
      g_autoptr(AzqfRelation) relation = g_list_model_get_item (relations, i);
      g_autoptr(AzqfStmt) stmt = get_stmt (self,
                                           "INSERT INTO relations (standard_id, type, target_uuid, target_code)"
                                           " VALUES (?1, ?2, ?3, ?4)", error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, standard_id);
      bind_text (stmt, 2, azqf_relation_type_to_string (azqf_relation_get_relation_type (relation)));
      bind_text (stmt, 3, azqf_relation_get_target_uuid (relation));
      bind_text (stmt, 4, azqf_relation_get_target_code (relation));

      if (!step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* Looks up a standard's row by uuid and the owner of its code; 0 when absent. */
static gboolean
find_standard (AzqfStore    *self,
               AzqfStandard *standard,
               gint64       *id_by_uuid,
               char        **uuid_of_code,
               GError      **error)
{
  g_autoptr(AzqfStmt) stmt = NULL;

  stmt = get_stmt (self, "SELECT id FROM standards WHERE uuid = ?1", error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, azqf_standard_get_uuid (standard));
  *id_by_uuid = sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  stmt_release (g_steal_pointer (&stmt));

  stmt = get_stmt (self, "SELECT uuid FROM standards WHERE code = ?1", error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, azqf_standard_get_code (standard));
  *uuid_of_code = sqlite3_step (stmt) == SQLITE_ROW ? g_strdup (column_text (stmt, 0)) : NULL;

  return TRUE;
}

static gboolean
insert_one (AzqfStore     *self,
            AzqfStandard  *standard,
            GError       **error)
{
  g_autofree char *uuid_of_code = NULL;
  gint64 existing_id = 0;
  gint64 standard_id = 0;

  if (!find_standard (self, standard, &existing_id, &uuid_of_code, error))
    return FALSE;

  if (existing_id != 0)
    {
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_DUPLICATE_CODE,
                   _("Standard %s (%s) is already in this workspace"),
                   azqf_standard_get_code (standard), azqf_standard_get_uuid (standard));
      return FALSE;
    }

  if (uuid_of_code != NULL)
    {
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_DUPLICATE_CODE,
                   _("Another standard in this workspace already has the code “%s”"),
                   azqf_standard_get_code (standard));
      return FALSE;
    }

  return write_standard_row (self, standard, 0, &standard_id, error) &&
         insert_children (self, standard, standard_id, error);
}

gboolean
azqf_store_insert_standards (AzqfStore  *self,
                             GPtrArray  *standards,
                             GError    **error)
{
  g_return_val_if_fail (AZQF_IS_STORE (self), FALSE);
  g_return_val_if_fail (standards != NULL, FALSE);

  if (!begin (self, error))
    return FALSE;

  for (guint i = 0; i < standards->len; i++)
    if (!insert_one (self, g_ptr_array_index (standards, i), error))
      {
        rollback (self);
        return FALSE;
      }

  return commit_standards (self, error);
}

/* azqf_store_put_standards inside a transaction the caller began. */
static gboolean
put_standards (AzqfStore  *self,
               GPtrArray  *standards,
               GError    **error)
{
  for (guint i = 0; i < standards->len; i++)
    {
      AzqfStandard *standard = g_ptr_array_index (standards, i);
      g_autoptr(AzqfStmt) stmt = get_stmt (self, "DELETE FROM standards WHERE uuid = ?1", error);

      /* Units, outcomes, criteria, links and relations go with it (ON
       * DELETE CASCADE), as in azqf_store_delete_standard. */
      if (stmt == NULL)
        return FALSE;
      bind_text (stmt, 1, azqf_standard_get_uuid (standard));
      if (!step_done (self, stmt, error) ||
          !insert_one (self, standard, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
azqf_store_put_standards (AzqfStore  *self,
                          GPtrArray  *standards,
                          GError    **error)
{
  g_return_val_if_fail (AZQF_IS_STORE (self), FALSE);
  g_return_val_if_fail (standards != NULL, FALSE);

  if (!begin (self, error))
    return FALSE;

  if (!put_standards (self, standards, error))
    {
      rollback (self);
      return FALSE;
    }

  return commit_standards (self, error);
}

gboolean
_azqf_store_begin_write (AzqfStore  *self,
                         GError    **error)
{
  g_return_val_if_fail (AZQF_IS_STORE (self), FALSE);

  return begin (self, error);
}

gboolean
_azqf_store_put_standards_in_write (AzqfStore  *self,
                                    GPtrArray  *standards,
                                    GError    **error)
{
  g_return_val_if_fail (AZQF_IS_STORE (self), FALSE);
  g_return_val_if_fail (standards != NULL, FALSE);
  g_return_val_if_fail (self->db != NULL && !sqlite3_get_autocommit (self->db), FALSE);

  return put_standards (self, standards, error);
}

gboolean
_azqf_store_commit_write (AzqfStore  *self,
                          gboolean    emit,
                          GError    **error)
{
  g_return_val_if_fail (AZQF_IS_STORE (self), FALSE);

  return emit ? commit_standards (self, error) : commit (self, error);
}

void
_azqf_store_rollback_write (AzqfStore *self)
{
  g_return_if_fail (AZQF_IS_STORE (self));

  if (self->db != NULL)
    rollback (self);
}

void
_azqf_store_emit_standards_changed (AzqfStore *self)
{
  g_return_if_fail (AZQF_IS_STORE (self));

  g_signal_emit (self, signals[STANDARDS_CHANGED], 0);
}

gboolean
azqf_store_insert_standard (AzqfStore     *self,
                            AzqfStandard  *standard,
                            GError       **error)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new ();

  g_return_val_if_fail (AZQF_IS_STANDARD (standard), FALSE);

  g_ptr_array_add (one, standard);
  return azqf_store_insert_standards (self, one, error);
}

gboolean
azqf_store_save_standard (AzqfStore     *self,
                          AzqfStandard  *standard,
                          GError       **error)
{
  g_autofree char *uuid_of_code = NULL;
  gint64 standard_id = 0;

  g_return_val_if_fail (AZQF_IS_STORE (self), FALSE);
  g_return_val_if_fail (AZQF_IS_STANDARD (standard), FALSE);

  if (!begin (self, error))
    return FALSE;

  if (!find_standard (self, standard, &standard_id, &uuid_of_code, error))
    goto failed;

  if (standard_id == 0)
    {
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NOT_FOUND,
                   _("%s: standard %s is no longer in this workspace"),
                   self->path, azqf_standard_get_code (standard));
      goto failed;
    }

  if (uuid_of_code != NULL && g_strcmp0 (uuid_of_code, azqf_standard_get_uuid (standard)) != 0)
    {
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_DUPLICATE_CODE,
                   _("Another standard in this workspace already has the code “%s”"),
                   azqf_standard_get_code (standard));
      goto failed;
    }

  {
    g_autoptr(AzqfStmt) units = get_stmt (self, "DELETE FROM units WHERE standard_id = ?1", error);
    if (units == NULL)
      goto failed;
    sqlite3_bind_int64 (units, 1, standard_id);
    if (!step_done (self, units, error))
      goto failed;
  }
  {
    g_autoptr(AzqfStmt) outcomes = get_stmt (self, "DELETE FROM outcomes WHERE standard_id = ?1", error);
    if (outcomes == NULL)
      goto failed;
    sqlite3_bind_int64 (outcomes, 1, standard_id);
    if (!step_done (self, outcomes, error))
      goto failed;
  }
  {
    g_autoptr(AzqfStmt) relations = get_stmt (self, "DELETE FROM relations WHERE standard_id = ?1", error);
    if (relations == NULL)
      goto failed;
    sqlite3_bind_int64 (relations, 1, standard_id);
    if (!step_done (self, relations, error))
      goto failed;
  }

  if (!write_standard_row (self, standard, standard_id, &standard_id, error) ||
      !insert_children (self, standard, standard_id, error))
    goto failed;

  return commit_standards (self, error);

failed:
  rollback (self);
  return FALSE;
}

gboolean
azqf_store_delete_standard (AzqfStore   *self,
                            const char  *uuid,
                            GError     **error)
{
  g_return_val_if_fail (AZQF_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);

  if (!begin (self, error))
    return FALSE;

  {
    g_autoptr(AzqfStmt) stmt = get_stmt (self, "DELETE FROM standards WHERE uuid = ?1", error);

    if (stmt == NULL)
      goto failed;
    bind_text (stmt, 1, uuid);
    if (!step_done (self, stmt, error))
      goto failed;
  }

  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NOT_FOUND,
                   _("%s: there is no standard “%s” in this workspace"), self->path, uuid);
      goto failed;
    }

  return commit_standards (self, error);

failed:
  rollback (self);
  return FALSE;
}

gboolean
azqf_store_add_outcome (AzqfStore     *self,
                        AzqfStandard  *standard,
                        AzqfUnit      *unit,
                        AzqfOutcome   *outcome,
                        GError       **error)
{
  gint64 standard_id = 0;
  gint64 unit_id = 0;
  guint position = 0;

  g_return_val_if_fail (AZQF_IS_STORE (self), FALSE);
  g_return_val_if_fail (AZQF_IS_STANDARD (standard), FALSE);
  g_return_val_if_fail (unit == NULL || AZQF_IS_UNIT (unit), FALSE);
  g_return_val_if_fail (AZQF_IS_OUTCOME (outcome), FALSE);

  if (azqf_standard_find_outcome (standard, azqf_outcome_get_code (outcome), NULL) != NULL)
    {
      g_set_error (error, AZQF_VALUE_ERROR, AZQF_VALUE_ERROR_DUPLICATE,
                   _("Outcome code “%s” is already used in standard %s"),
                   azqf_outcome_get_code (outcome), azqf_standard_get_code (standard));
      return FALSE;
    }

  if (!begin (self, error))
    return FALSE;

  {
    g_autoptr(AzqfStmt) stmt = NULL;

    if (unit != NULL)
      {
        stmt = get_stmt (self,
                         "SELECT s.id, u.id, (SELECT count(*) FROM outcomes WHERE unit_id = u.id)"
                         " FROM standards AS s JOIN units AS u ON u.standard_id = s.id"
                         " WHERE s.uuid = ?1 AND u.code = ?2", error);
        if (stmt != NULL)
          bind_text (stmt, 2, azqf_unit_get_code (unit));
      }
    else
      stmt = get_stmt (self,
                       "SELECT s.id, 0, (SELECT count(*) FROM outcomes"
                       "  WHERE standard_id = s.id AND unit_id IS NULL)"
                       " FROM standards AS s WHERE s.uuid = ?1", error);
    if (stmt == NULL)
      goto failed;

    bind_text (stmt, 1, azqf_standard_get_uuid (standard));
    if (sqlite3_step (stmt) != SQLITE_ROW)
      {
        g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_NOT_FOUND,
                     _("%s: standard %s or its unit is no longer in this workspace"),
                     self->path, azqf_standard_get_code (standard));
        goto failed;
      }

    standard_id = sqlite3_column_int64 (stmt, 0);
    unit_id = sqlite3_column_int64 (stmt, 1);
    position = sqlite3_column_int (stmt, 2);
  }

  if (!insert_outcome (self, standard_id, unit_id, position, outcome, error))
    goto failed;

  {
    g_autoptr(AzqfStmt) stmt = get_stmt (self, "UPDATE standards SET modified = ?2 WHERE id = ?1", error);
    gint64 now = g_get_real_time () / G_USEC_PER_SEC;

    if (stmt == NULL)
      goto failed;
    sqlite3_bind_int64 (stmt, 1, standard_id);
    sqlite3_bind_int64 (stmt, 2, now);
    if (!step_done (self, stmt, error))
      goto failed;

    if (!commit (self, error))
      return FALSE;

    azqf_standard_set_modified (standard, now);
  }

  /* The signal comes after the object holds the outcome too. */
  {
    gboolean ok = azqf_standard_add_outcome (standard, unit, outcome, error);

    g_signal_emit (self, signals[STANDARDS_CHANGED], 0);
    return ok;
  }

failed:
  rollback (self);
  return FALSE;
}

/* Search */

/* Each word of what the user typed becomes a quoted prefix term, so FTS5
 * syntax (quotes, NEAR, parentheses) in the input cannot cause an error. */
static char *
build_match (const char *query)
{
  GString *match = g_string_new (NULL);
  GString *word = g_string_new (NULL);

  for (const char *p = query; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c)))
        {
          g_string_append_unichar (word, c);
          continue;
        }

      if (word->len > 0)
        {
          g_string_append_printf (match, "%s\"%s\"*", match->len > 0 ? " " : "", word->str);
          g_string_truncate (word, 0);
        }

      if (c == 0)
        break;
    }

  g_string_free (word, TRUE);
  return g_string_free (match, match->len == 0);
}

static AzqfSearchField
field_for_row (int row)
{
  switch (row)
    {
    case AZQF_SEARCH_ROW_SUMMARY:
      return AZQF_SEARCH_FIELD_SUMMARY;
    case AZQF_SEARCH_ROW_UNIT:
      return AZQF_SEARCH_FIELD_UNIT;
    case AZQF_SEARCH_ROW_OUTCOME:
      return AZQF_SEARCH_FIELD_OUTCOME;
    case AZQF_SEARCH_ROW_CRITERION:
      return AZQF_SEARCH_FIELD_CRITERION;
    case AZQF_SEARCH_ROW_TITLE:
    default:
      return AZQF_SEARCH_FIELD_TITLE;
    }
}

GPtrArray *
azqf_store_search (AzqfStore   *self,
                   const char  *query,
                   guint        limit,
                   GError     **error)
{
  g_autoptr(GPtrArray) hits = NULL;
  g_autofree char *match = NULL;
  g_autoptr(AzqfStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (AZQF_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  if (!check_open (self, FALSE, error))
    return NULL;

  if (!g_utf8_validate (query, -1, NULL))
    {
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_INVALID,
                   _("The search text is not valid UTF-8"));
      return NULL;
    }

  hits = g_ptr_array_new_with_free_func ((GDestroyNotify) azqf_search_hit_unref);
  match = build_match (query);
  if (match == NULL)
    return g_steal_pointer (&hits);

  /* The inner query lets FTS5 sort by rank and stop at the limit, so
   * snippet() runs only for the rows returned. */
  stmt = get_stmt (self,
                   "SELECT s.code, s.title_az, s.title_en, f.row, "
                   "  CASE f.row"
                   "    WHEN 2 THEN (SELECT code FROM units WHERE id = f.item)"
                   "    WHEN 3 THEN (SELECT code FROM outcomes WHERE id = f.item)"
                   "    WHEN 4 THEN (SELECT o.code FROM criteria AS c"
                   "                 JOIN outcomes AS o ON o.id = c.outcome_id WHERE c.id = f.item)"
                   "  END,"
                   "  f.snippet_az, f.snippet_en, f.rank"
                   " FROM (SELECT rowid % 8 AS row, standard_id, item,"
                   "         snippet (search, 0, X'02', X'03', '…', 16) AS snippet_az,"
                   "         snippet (search, 1, X'02', X'03', '…', 16) AS snippet_en,"
                   "         rank"
                   "       FROM search WHERE search MATCH ?1 ORDER BY rank LIMIT ?2) AS f"
                   " JOIN standards AS s ON s.id = f.standard_id"
                   " ORDER BY f.rank",
                   error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, limit > 0 ? (gint64) limit : -1);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *snippet_az = column_text (stmt, 5);
      const char *snippet_en = column_text (stmt, 6);
      gboolean az = snippet_az != NULL && strchr (snippet_az, '\x02') != NULL;

      if (!az && (snippet_en == NULL || strchr (snippet_en, '\x02') == NULL))
        az = snippet_az != NULL;

      g_ptr_array_add (hits, _azqf_search_hit_new (column_text (stmt, 0),
                                                   column_text (stmt, 1),
                                                   column_text (stmt, 2),
                                                   field_for_row (sqlite3_column_int (stmt, 3)),
                                                   column_text (stmt, 4),
                                                   az ? AZQF_LANG_AZ : AZQF_LANG_EN,
                                                   az ? snippet_az : snippet_en,
                                                   sqlite3_column_double (stmt, 7)));
    }

  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&hits);
}

/* Framework statements imported into the workspace */

static gboolean
put_framework_level (AzqfStore                 *self,
                     const AzqfFrameworkLevel  *level,
                     GError                   **error)
{
  g_autoptr(AzqfStmt) stmt = get_stmt (self,
                                       "INSERT OR REPLACE INTO framework_levels"
                                       " (framework, level, status, note, imported)"
                                       " VALUES (?1, ?2, ?3, ?4, ?5)",
                                       error);

  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, level->framework);
  sqlite3_bind_int (stmt, 2, level->level);
  bind_text (stmt, 3, _azqf_level_status_to_string (level->status));
  bind_text (stmt, 4, level->note);
  sqlite3_bind_int64 (stmt, 5, level->imported);

  return step_done (self, stmt, error);
}

static gboolean
put_framework_statement (AzqfStore       *self,
                         AzqfDescriptor  *descriptor,
                         GError         **error)
{
  g_autoptr(AzqfStmt) stmt = get_stmt (self,
                                       "INSERT OR REPLACE INTO framework_statements"
                                       " (id, framework, level, domain, heading, text_az, text_en,"
                                       "  provenance_az, provenance_en, source_az, source_en, note,"
                                       "  complete, imported)"
                                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                                       error);

  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, azqf_descriptor_get_id (descriptor));
  bind_text (stmt, 2, azqf_descriptor_get_framework (descriptor));
  sqlite3_bind_int (stmt, 3, azqf_descriptor_get_level (descriptor));
  bind_text (stmt, 4, azqf_domain_to_string (azqf_descriptor_get_domain (descriptor)));
  bind_text (stmt, 5, _azqf_descriptor_get_raw_heading (descriptor));
  for (AzqfLang lang = AZQF_LANG_AZ; lang <= AZQF_LANG_EN; lang++)
    {
      gboolean has_text = azqf_descriptor_get_text (descriptor, lang) != NULL;

      bind_text (stmt, 6 + lang, azqf_descriptor_get_text (descriptor, lang));
      bind_text (stmt, 8 + lang,
                 has_text ? _azqf_provenance_to_string (azqf_descriptor_get_provenance (descriptor, lang)) : NULL);
      bind_text (stmt, 10 + lang, azqf_descriptor_get_text_source (descriptor, lang));
    }
  bind_text (stmt, 12, azqf_descriptor_get_note (descriptor));
  sqlite3_bind_int (stmt, 13, azqf_descriptor_is_complete (descriptor) ? 1 : 0);
  sqlite3_bind_int64 (stmt, 14, azqf_descriptor_get_imported (descriptor));

  return step_done (self, stmt, error);
}

gboolean
_azqf_store_put_framework_data (AzqfStore  *self,
                                GPtrArray  *levels,
                                GPtrArray  *statements,
                                GError    **error)
{
  g_return_val_if_fail (AZQF_IS_STORE (self), FALSE);
  g_return_val_if_fail (levels != NULL, FALSE);
  g_return_val_if_fail (statements != NULL, FALSE);

  if (!begin (self, error))
    return FALSE;

  for (guint i = 0; i < levels->len; i++)
    if (!put_framework_level (self, g_ptr_array_index (levels, i), error))
      goto failed;

  for (guint i = 0; i < statements->len; i++)
    if (!put_framework_statement (self, g_ptr_array_index (statements, i), error))
      goto failed;

  return commit (self, error);

failed:
  rollback (self);
  return FALSE;
}

static gboolean
get_framework_levels (AzqfStore  *self,
                      GPtrArray  *levels,
                      GError    **error)
{
  g_autoptr(AzqfStmt) stmt = get_stmt (self,
                                       "SELECT framework, level, status, note, imported"
                                       " FROM framework_levels ORDER BY imported, framework, level",
                                       error);
  static const int text_columns[] = { 0, 2, 3 };
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(AzqfFrameworkLevel) level = g_new0 (AzqfFrameworkLevel, 1);

      if (!check_row_texts (self, stmt, text_columns, G_N_ELEMENTS (text_columns), error))
        return FALSE;

      if (!_azqf_level_status_from_string (column_text (stmt, 2), &level->status))
        {
          g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_CORRUPT,
                       _("%s: the workspace holds an invalid framework level status “%s”"),
                       self->path, column_text (stmt, 2));
          return FALSE;
        }

      level->framework = g_strdup (column_text (stmt, 0));
      level->level = sqlite3_column_int (stmt, 1);
      level->note = g_strdup (column_text (stmt, 3));
      level->imported = sqlite3_column_int64 (stmt, 4);
      g_ptr_array_add (levels, g_steal_pointer (&level));
    }

  if (rc != SQLITE_DONE)
    return set_sqlite_error (self, rc, error);

  return TRUE;
}

static gboolean
get_framework_statements (AzqfStore  *self,
                          GPtrArray  *statements,
                          GError    **error)
{
  g_autoptr(AzqfStmt) stmt = get_stmt (self,
                                       "SELECT id, framework, level, domain, heading, text_az, text_en,"
                                       " provenance_az, provenance_en, source_az, source_en, note,"
                                       " complete, imported"
                                       " FROM framework_statements ORDER BY imported, framework, level, rowid",
                                       error);
  static const int text_columns[] = { 0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11 };
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *text[2] = { column_text (stmt, 5), column_text (stmt, 6) };
      const char *source[2] = { column_text (stmt, 9), column_text (stmt, 10) };
      AzqfProvenance provenance[2] = { AZQF_PROVENANCE_WORKING, AZQF_PROVENANCE_WORKING };
      AzqfDomain domain;

      if (!check_row_texts (self, stmt, text_columns, G_N_ELEMENTS (text_columns), error))
        return FALSE;

      if (!azqf_domain_from_string (column_text (stmt, 3), &domain) ||
          (text[0] == NULL && text[1] == NULL) ||
          column_text (stmt, 0) == NULL || column_text (stmt, 1) == NULL)
        goto invalid;

      for (guint i = 0; i < 2; i++)
        if (text[i] != NULL &&
            (source[i] == NULL || !_azqf_provenance_from_string (column_text (stmt, 7 + i), &provenance[i])))
          goto invalid;

      g_ptr_array_add (statements,
                       _azqf_descriptor_new (column_text (stmt, 0), column_text (stmt, 1),
                                             sqlite3_column_int (stmt, 2), domain,
                                             column_text (stmt, 4), text, provenance, source,
                                             column_text (stmt, 11), sqlite3_column_int (stmt, 12) != 0,
                                             sqlite3_column_int64 (stmt, 13)));
      continue;

    invalid:
      g_set_error (error, AZQF_STORE_ERROR, AZQF_STORE_ERROR_CORRUPT,
                   _("%s: the workspace holds an invalid framework statement “%s”"),
                   self->path, column_text (stmt, 0) != NULL ? column_text (stmt, 0) : "");
      return FALSE;
    }

  if (rc != SQLITE_DONE)
    return set_sqlite_error (self, rc, error);

  return TRUE;
}

gboolean
_azqf_store_get_framework_data (AzqfStore  *self,
                                GPtrArray **levels,
                                GPtrArray **statements,
                                GError    **error)
{
  g_autoptr(GPtrArray) level_rows = NULL;
  g_autoptr(GPtrArray) statement_rows = NULL;

  g_return_val_if_fail (AZQF_IS_STORE (self), FALSE);
  g_return_val_if_fail (levels != NULL && statements != NULL, FALSE);

  if (!check_open (self, FALSE, error))
    return FALSE;

  level_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) _azqf_framework_level_free);
  statement_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) azqf_descriptor_unref);

  /* Both tables in one read transaction, so they match. */
  if (!exec (self, "SAVEPOINT frameworks", error))
    return FALSE;

  if (!get_framework_levels (self, level_rows, error) ||
      !get_framework_statements (self, statement_rows, error) ||
      !exec (self, "RELEASE frameworks", error))
    {
      sqlite3_exec (self->db, "ROLLBACK TO frameworks; RELEASE frameworks", NULL, NULL, NULL);
      return FALSE;
    }

  *levels = g_steal_pointer (&level_rows);
  *statements = g_steal_pointer (&statement_rows);
  return TRUE;
}

/* GObject */

static void
azqf_store_finalize (GObject *object)
{
  AzqfStore *self = AZQF_STORE (object);

  azqf_store_close (self);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->lock_path, g_free);
  g_clear_pointer (&self->workspace_uuid, g_free);

  G_OBJECT_CLASS (azqf_store_parent_class)->finalize (object);
}

static void
azqf_store_class_init (AzqfStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = azqf_store_finalize;

  /**
   * AzqfStore::standards-changed:
   *
   * Emitted after each committed write that changed standards (insert, put,
   * save, delete, add_outcome), never for a write that failed and was
   * rolled back: lists over the store reload on it.
   */
  signals[STANDARDS_CHANGED] =
    g_signal_new ("standards-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
azqf_store_init (AzqfStore *self)
{
  self->lock_fd = -1;
  self->statements = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                            (GDestroyNotify) sqlite3_finalize);
}
