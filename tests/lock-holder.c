/* lock-holder.c: holds a workspace open for writing, for test-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * lock-holder WORKSPACE: opens the workspace for writing (taking its lock),
 * prints "ready", and keeps it open until its standard input is closed.
 */

#include "config.h"

#include <stdio.h>

#include "model/azqf-locale.h"
#include "model/azqf-store.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(AzqfStore) store = NULL;
  g_autoptr(GError) error = NULL;

  azqf_locale_init_test ();
  g_set_prgname ("lock-holder");

  if (argc != 2)
    {
      fprintf (stderr, "usage: lock-holder WORKSPACE\n");
      return 2;
    }

  store = azqf_store_open (argv[1], AZQF_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      fprintf (stderr, "lock-holder: %s\n", error->message);
      return 1;
    }

  printf ("ready\n");
  fflush (stdout);

  while (getchar () != EOF)
    ;

  azqf_store_close (store);
  return 0;
}
