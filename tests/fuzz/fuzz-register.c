/* fuzz-register.c: libFuzzer target over the register XML reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * azqf_register_read() reads a path, so each input is written to one
 * temporary file, created once and rewritten (pwrite + ftruncate) per input.
 * The reader runs with the rule layer and complete checks on; its problems
 * are discarded. Any crash, sanitizer report or leak is a finding. Each
 * input is read twice: as azqf validate reads (no model objects for
 * outcomes and criteria) and as an import reads (every standard built and
 * handed to a callback).
 */

#include "config.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "azqf-locale.h"
#include "azqf-register-reader.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static char *input_path;
static int input_fd = -1;

static void
remove_input (void)
{
  if (input_fd >= 0)
    close (input_fd);
  if (input_path != NULL)
    g_unlink (input_path);
  g_clear_pointer (&input_path, g_free);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;

  azqf_locale_init_test ();

  input_fd = g_file_open_tmp ("fuzz-register-XXXXXX.xml", &input_path, &error);
  if (input_fd < 0)
    {
      g_printerr ("fuzz-register: %s\n", error->message);
      abort ();
    }
  atexit (remove_input);
  return 0;
}

static void
write_input (const uint8_t *data,
             size_t         size)
{
  size_t done = 0;

  while (done < size)
    {
      ssize_t n = pwrite (input_fd, data + done, size - done, (off_t) done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        abort ();
      done += (size_t) n;
    }
  if (ftruncate (input_fd, (off_t) size) != 0)
    abort ();
}

static gboolean
standard_cb (AzqfStandard  *standard,
             guint          line,
             guint          column,
             gpointer       user_data,
             GError       **error)
{
  return TRUE;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) built_problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) built_error = NULL;

  write_input (data, size);
  azqf_register_read (input_path, TRUE, NULL, NULL, &problems, &error);
  azqf_register_read (input_path, TRUE, standard_cb, NULL, &built_problems, &built_error);
  /* Both ways find the same number of problems. */
  if ((problems == NULL) != (built_problems == NULL) ||
      (problems != NULL && problems->len != built_problems->len))
    abort ();
  return 0;
}
