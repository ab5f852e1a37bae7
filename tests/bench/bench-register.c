/* bench-register.c: register XML export, validation and import at national scale
 *
 * Generates the workspace of bench-store (2,000 standards, 100,000 bilingual
 * outcomes, bench-generate.c; its approved and registered standards get the
 * fields the register requires, complete_for_register) and measures, each
 * phase in a process of its own so their memory does not mix:
 *
 *   export    the whole workspace to one file (azqf_register_export);
 *   validate  that file with our reader (SAX2 push parser + the bundled XSD
 *             + the rule layer, what `azqf validate` runs), next to
 *             `xmllint --noout --schema register-1.0.xsd` on the same file,
 *             median of --runs each, and their ratio (target ≤ 1.2×);
 *   import    the file into an empty workspace (azqf_register_import);
 *
 * then exports the imported workspace again and compares the two files,
 * which must be byte-identical except the <header/> line (register-format.md
 * §8). Export and import must stay under 200 MB peak RSS.
 *
 * Peak RSS: each phase is this program run again (--phase) and reports its
 * own VmHWM from /proc/self/status; for xmllint it is wait4's ru_maxrss
 * (which is at least this parent's own peak, printed for reference).
 *
 * Not part of meson test: `ninja -C _build bench-register` (the run target),
 * or _build/tests/bench/bench-register [--workspace PATH] directly. Exit
 * status: 0 every target met, 1 one missed, 2 error.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "azqf-register-import.h"
#include "azqf-register-reader.h"
#include "azqf-register-writer.h"
#include "azqf-standard.h"
#include "azqf-store.h"

#include "bench-generate.h"

#define TARGET_RSS_MB      200.0
#define TARGET_VALID_RATIO 1.2

static char *work_dir_to_remove;

static void
remove_work_dir (void)
{
  if (work_dir_to_remove == NULL)
    return;
  bench_remove_dir (work_dir_to_remove);
  g_clear_pointer (&work_dir_to_remove, g_free);
}

static G_GNUC_NORETURN void
die (const char *what,
     GError     *error)
{
  fprintf (stderr, "bench-register: %s: %s\n", what, error != NULL ? error->message : "failed");
  remove_work_dir ();
  exit (2);
}

static double
elapsed_us (gint64 start)
{
  return (double) (g_get_monotonic_time () - start);
}

/* A "VmHWM:" or "VmRSS:" line of /proc/self/status, in kB. */
static long
proc_status_kb (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, field);
  return line != NULL ? strtol (line + strlen (field), NULL, 10) : -1;
}

static goffset
file_size (const char *path)
{
  GStatBuf buf;

  return g_stat (path, &buf) == 0 ? (goffset) buf.st_size : -1;
}

/* The generator of bench-store leaves some approved and registered
 * standards without fields the register requires of them (C01: awarding
 * body, ISCED-F field, a title in one language), which both validation and
 * import refuse (register-format.md §7.5, §10). A register export holds
 * complete ones, so those fields are filled here, without drawing from the
 * generator's GRand: every other value is that of bench-store's workspace.
 * Returns whether anything was filled. */
static gboolean
complete_for_register (AzqfStandard *standard)
{
  static const AzqfStandardText pairs[] = { AZQF_STANDARD_TITLE, AZQF_STANDARD_AWARDING_BODY };
  AzqfStatus status = azqf_standard_get_status (standard);
  gboolean filled = FALSE;

  if (status != AZQF_STATUS_APPROVED && status != AZQF_STATUS_REGISTERED)
    return FALSE;

  for (gsize i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      /* The awarding body is the approving one; a missing title the other language's. */
      AzqfStandardText from = pairs[i] == AZQF_STANDARD_TITLE ? AZQF_STANDARD_TITLE
                                                               : AZQF_STANDARD_APPROVING_BODY;
      g_autofree char *az = g_strdup (azqf_standard_get_text (standard, from, AZQF_LANG_AZ));
      g_autofree char *en = g_strdup (azqf_standard_get_text (standard, from, AZQF_LANG_EN));

      if (azqf_standard_get_text (standard, pairs[i], AZQF_LANG_AZ) == NULL)
        {
          azqf_standard_set_text (standard, pairs[i], AZQF_LANG_AZ, az != NULL ? az : en);
          filled = TRUE;
        }
      if (azqf_standard_get_text (standard, pairs[i], AZQF_LANG_EN) == NULL)
        {
          azqf_standard_set_text (standard, pairs[i], AZQF_LANG_EN, en != NULL ? en : az);
          filled = TRUE;
        }
    }
  if (azqf_standard_get_kind (standard) == AZQF_KIND_OCCUPATIONAL &&
      azqf_standard_get_isced_f (standard) == NULL)
    {
      g_autoptr(GError) error = NULL;

      /* 0411 Accounting and taxation. */
      if (!azqf_standard_set_isced_f (standard, "0411", &error))
        die ("ISCED-F 0411", error);
      filled = TRUE;
    }
  return filled;
}

/* The phases, run in a child process: each prints one line
 * "us=… hwm_kb=… a=… b=…" for the parent and exits 0. */

static int
phase_report (gint64 start,
              guint  a,
              guint  b)
{
  double us = elapsed_us (start);

  printf ("us=%.0f hwm_kb=%ld a=%u b=%u\n", us, proc_status_kb ("VmHWM:"), a, b);
  return 0;
}

static int
run_phase (const char *phase,
           char      **args,
           int         n_args,
           int         n_standards,
           int         n_outcomes)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  if (strcmp (phase, "generate") == 0 && n_args == 1)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (BENCH_SEED);
      g_autoptr(BenchGenerator) generator = bench_generator_new (rand, n_outcomes);
      g_autoptr(AzqfStore) store = azqf_store_create (args[0], &error);
      guint n_completed = 0;

      if (store == NULL)
        die ("generate", error);
      for (int first = 0; first < n_standards; first += BENCH_BATCH)
        {
          g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);

          for (int i = first; i < MIN (first + BENCH_BATCH, n_standards); i++)
            {
              AzqfStandard *standard = bench_generator_make_standard (generator, i, &error);

              if (standard == NULL)
                die ("generate", error);
              n_completed += complete_for_register (standard);
              g_ptr_array_add (batch, standard);
            }
          if (!azqf_store_insert_standards (store, batch, &error))
            die ("generate", error);
        }
      azqf_store_close (store);
      return phase_report (start, n_completed, 0);
    }

  if (strcmp (phase, "export") == 0 && n_args == 2)
    {
      g_autoptr(AzqfStore) store = azqf_store_open (args[0], AZQF_STORE_OPEN_READ_ONLY, &error);

      if (store == NULL || !azqf_register_export (store, NULL, args[1], &error))
        die ("export", error);
      return phase_report (start, 0, 0);
    }

  if (strcmp (phase, "validate") == 0 && n_args == 1)
    {
      g_autoptr(GPtrArray) problems = NULL;

      if (!azqf_register_read (args[0], FALSE, NULL, NULL, &problems, &error))
        die ("validate", error);
      for (guint i = 0; i < MIN (problems->len, 5); i++)
        {
          AzqfRegisterProblem *problem = g_ptr_array_index (problems, i);

          fprintf (stderr, "%s:%u:%u: %s [%s]\n", problem->file, problem->line, problem->column,
                   problem->message, problem->id);
        }
      return phase_report (start, problems->len, 0);
    }

  if (strcmp (phase, "import") == 0 && n_args == 2)
    {
      g_autoptr(AzqfStore) store = azqf_store_create (args[0], &error);
      g_autoptr(GPtrArray) plan = NULL;
      g_autoptr(GPtrArray) problems = NULL;

      if (store == NULL ||
          !azqf_register_import (store, args[1], AZQF_REGISTER_IMPORT_REFUSE, FALSE,
                                 &plan, &problems, &error))
        die ("import", error);
      /* Closing checkpoints the WAL: part of the import's cost. */
      azqf_store_close (store);
      return phase_report (start, plan->len, problems->len);
    }

  fprintf (stderr, "bench-register: bad --phase %s\n", phase);
  return 2;
}

/* Running a phase or a program and measuring it */

typedef struct
{
  double wall_us;    /* spawn to reaped, seen from here */
  double cpu_us;     /* user + system time, wait4's */
  double inner_us;   /* the phase's own figure (phases only) */
  long   hwm_kb;     /* the phase's own VmHWM (phases only) */
  long   maxrss_kb;  /* wait4's ru_maxrss */
  guint  a, b;
} Measure;

static void
spawn_measured (const char * const *argv,
                gboolean            phase,
                Measure            *m)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  struct rusage usage;
  char buffer[256];
  GPid pid;
  int out_fd, status;
  ssize_t n;
  gint64 start = g_get_monotonic_time ();

  memset (m, 0, sizeof *m);
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                                 G_SPAWN_DO_NOT_REAP_CHILD |
                                 (phase ? 0 : G_SPAWN_STDERR_TO_DEV_NULL),
                                 NULL, NULL, &pid, NULL, &out_fd, NULL, &error))
    die (argv[0], error);
  while ((n = read (out_fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (out, buffer, n);
  close (out_fd);
  if (wait4 (pid, &status, 0, &usage) != pid)
    die ("wait4", NULL);
  m->wall_us = elapsed_us (start);
  m->cpu_us = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e6 +
              usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
  m->maxrss_kb = usage.ru_maxrss;

  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      fprintf (stderr, "bench-register: %s %s: exit status %d\n", argv[0],
               phase ? argv[1] : "", WIFEXITED (status) ? WEXITSTATUS (status) : -1);
      remove_work_dir ();
      exit (2);
    }
  if (phase && sscanf (out->str, "us=%lf hwm_kb=%ld a=%u b=%u", &m->inner_us, &m->hwm_kb,
                       &m->a, &m->b) != 4)
    {
      fprintf (stderr, "bench-register: %s: unexpected output \"%s\"\n", argv[1], out->str);
      remove_work_dir ();
      exit (2);
    }
}

static char *self_exe;
static char *standards_arg;
static char *outcomes_arg;

static void
run_self (const char *phase,
          const char *arg1,
          const char *arg2,
          Measure    *m)
{
  g_autofree char *phase_arg = g_strconcat ("--phase=", phase, NULL);
  const char *argv[] = { self_exe, phase_arg, standards_arg, outcomes_arg, arg1, arg2, NULL };

  spawn_measured (argv, TRUE, m);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *samples)
{
  guint n = samples->len;

  g_array_sort (samples, compare_doubles);
  if (n % 2 == 0)
    return (g_array_index (samples, double, n / 2 - 1) + g_array_index (samples, double, n / 2)) / 2;
  return g_array_index (samples, double, n / 2);
}

/* Whether a and b are byte-identical except the line that holds <header,
 * which must be the same line in both; *compared gets the bytes compared. */
static gboolean
same_except_header (const char *a,
                    const char *b,
                    goffset    *compared,
                    guint      *header_line)
{
  FILE *fa = fopen (a, "rb");
  FILE *fb = fopen (b, "rb");
  char *la = NULL, *lb = NULL;
  size_t na = 0, nb = 0;
  ssize_t ra, rb;
  gboolean same = fa != NULL && fb != NULL;
  guint line = 0;

  *compared = 0;
  *header_line = 0;
  while (same)
    {
      ra = getline (&la, &na, fa);
      rb = getline (&lb, &nb, fb);
      line++;
      if (ra < 0 || rb < 0)
        {
          same = ra < 0 && rb < 0;
          break;
        }
      if (*header_line == 0 && strstr (la, "<header ") != NULL && strstr (lb, "<header ") != NULL)
        {
          *header_line = line;
          continue;
        }
      same = ra == rb && memcmp (la, lb, ra) == 0;
      *compared += ra;
    }

  free (la);
  free (lb);
  if (fa != NULL)
    fclose (fa);
  if (fb != NULL)
    fclose (fb);
  return same && *header_line > 0;
}

static void
print_phase (const char    *name,
             const Measure *m,
             gboolean       rss_target)
{
  printf ("  %-9s %8.2f s   peak RSS %6.1f MB%s\n", name, m->wall_us / 1e6, m->hwm_kb / 1024.0,
          rss_target ? (m->hwm_kb / 1024.0 < TARGET_RSS_MB ? "   (target < 200 MB: met)"
                                                         : "   (target < 200 MB: MISSED)")
                     : "");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("— register XML export, validation and import at national scale");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ours = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cli = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) lint = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ours_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) lint_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *base_dir = NULL;
  g_autofree char *workspace = NULL;
  g_autofree char *phase = NULL;
  g_autofree char *azqf = NULL;
  g_autofree char *xmllint = NULL;
  g_autofree char *xsd = NULL;
  g_autofree char *work_dir = NULL;
  g_autofree char *exported = NULL;
  g_autofree char *imported_ws = NULL;
  g_autofree char *exported_again = NULL;
  gboolean keep = FALSE;
  int n_standards = 2000;
  int n_outcomes = 50;
  int runs = 5;
  const GOptionEntry entries[] = {
    { "workspace", 0, 0, G_OPTION_ARG_FILENAME, &workspace, "Export this workspace instead of generating one", "PATH" },
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &base_dir, "Where to make the temporary folder (default: $AZQF_BENCH_DIR or the system's)", "DIR" },
    { "keep", 0, 0, G_OPTION_ARG_NONE, &keep, "Keep the generated files", NULL },
    { "standards", 0, 0, G_OPTION_ARG_INT, &n_standards, "Number of standards (2000)", "N" },
    { "outcomes", 0, 0, G_OPTION_ARG_INT, &n_outcomes, "Outcomes per standard (50)", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Validation runs of each validator; the median counts (5)", "N" },
    { "xsd", 0, 0, G_OPTION_ARG_FILENAME, &xsd, "The schema for xmllint (default: resources/register/register-1.0.xsd here)", "PATH" },
    { "xmllint", 0, 0, G_OPTION_ARG_FILENAME, &xmllint, "xmllint to compare with (default: from PATH)", "PATH" },
    { "azqf", 0, 0, G_OPTION_ARG_FILENAME, &azqf, "Also time this azqf binary's `validate`", "PATH" },
    { "phase", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &phase, "Run one phase (internal)", "NAME" },
    G_OPTION_ENTRY_NULL
  };
  Measure generate = { 0 }, export = { 0 }, import = { 0 }, export_again = { 0 }, m;
  double ours_s, cli_s = 0, lint_s, ratio, ours_cpu_s, lint_cpu_s, cpu_ratio;
  goffset compared;
  guint header_line;
  gboolean missed = FALSE;
  gint64 start;

  setvbuf (stdout, NULL, _IOLBF, 0);

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    die ("options", error);
  if (n_standards < 1 || n_outcomes < 8 || runs < 1)
    {
      fprintf (stderr, "bench-register: at least 1 standard, 8 outcomes and 1 run\n");
      return 2;
    }
  if (phase != NULL)
    return run_phase (phase, argv + 1, argc - 1, n_standards, n_outcomes);

  if (xsd == NULL)
    xsd = g_build_filename ("resources", "register", "register-1.0.xsd", NULL);
  if (xmllint == NULL)
    xmllint = g_find_program_in_path ("xmllint");
  if (xmllint == NULL)
    {
      fprintf (stderr, "bench-register: no xmllint (Debian: libxml2-utils)\n");
      return 2;
    }
  self_exe = g_file_read_link ("/proc/self/exe", &error);
  if (self_exe == NULL)
    die ("/proc/self/exe", error);
  standards_arg = g_strdup_printf ("--standards=%d", n_standards);
  outcomes_arg = g_strdup_printf ("--outcomes=%d", n_outcomes);

  if (base_dir == NULL)
    base_dir = g_strdup (g_getenv ("AZQF_BENCH_DIR"));
  if (base_dir == NULL)
    base_dir = g_strdup (g_get_tmp_dir ());
  if (g_mkdir_with_parents (base_dir, 0755) != 0)
    {
      fprintf (stderr, "bench-register: cannot create %s\n", base_dir);
      return 2;
    }
  {
    g_autofree char *template = g_build_filename (base_dir, "azqf-bench-register-XXXXXX", NULL);

    work_dir = g_mkdtemp (g_strdup (template));
    if (work_dir == NULL)
      {
        fprintf (stderr, "bench-register: cannot create a folder in %s\n", base_dir);
        return 2;
      }
  }
  if (!keep)
    work_dir_to_remove = g_strdup (work_dir);
  exported = g_build_filename (work_dir, "export.xml", NULL);
  imported_ws = g_build_filename (work_dir, "imported.azqf", NULL);
  exported_again = g_build_filename (work_dir, "export-again.xml", NULL);

  printf ("AzQF register XML benchmark: %d standards × %d outcomes, seed %d\n", n_standards,
          n_outcomes, BENCH_SEED);
  if (workspace == NULL)
    {
      workspace = g_build_filename (work_dir, "national.azqf", NULL);
      run_self ("generate", workspace, NULL, &generate);
      printf ("Generated %s in %.1f s (%.1f MB); %u approved or registered standards\n"
              "  completed for the register (awarding body, ISCED-F, a missing title)\n",
              workspace, generate.wall_us / 1e6, file_size (workspace) / 1e6, generate.a);
    }

  /* Export */
  run_self ("export", workspace, exported, &export);
  printf ("Exported to %s: %.1f MB\n\n", exported, file_size (exported) / 1e6);

  /* Validation, alternating so neither gets a warmer cache. */
  for (int r = 0; r < runs; r++)
    {
      const char *lint_argv[] = { xmllint, "--noout", "--schema", xsd, exported, NULL };

      run_self ("validate", exported, NULL, &m);
      if (m.a != 0)
        {
          fprintf (stderr, "bench-register: our validation found %u problems in the export\n", m.a);
          remove_work_dir ();
          return 2;
        }
      g_array_append_val (ours, m.wall_us);
      g_array_append_val (ours_cpu, m.cpu_us);
      if (r == 0)
        printf ("  validate (ours, in a process): %.2f s, peak RSS %.1f MB, 0 problems\n",
                m.wall_us / 1e6, m.hwm_kb / 1024.0);

      /* Exit 0 only when the file validates. */
      spawn_measured (lint_argv, FALSE, &m);
      g_array_append_val (lint, m.wall_us);
      g_array_append_val (lint_cpu, m.cpu_us);
      if (r == 0)
        printf ("  xmllint --noout --schema:      %.2f s, peak RSS %.1f MB, validates\n",
                m.wall_us / 1e6, m.maxrss_kb / 1024.0);

      if (azqf != NULL)
        {
          const char *cli_argv[] = { azqf, "validate", exported, NULL };

          spawn_measured (cli_argv, FALSE, &m);
          g_array_append_val (cli, m.wall_us);
          if (r == 0)
            printf ("  azqf validate:                 %.2f s, peak RSS %.1f MB, exit 0\n",
                    m.wall_us / 1e6, m.maxrss_kb / 1024.0);
        }
    }
  ours_s = median (ours) / 1e6;
  lint_s = median (lint) / 1e6;
  if (cli->len > 0)
    cli_s = median (cli) / 1e6;
  ratio = ours_s / lint_s;
  ours_cpu_s = median (ours_cpu) / 1e6;
  lint_cpu_s = median (lint_cpu) / 1e6;
  cpu_ratio = ours_cpu_s / lint_cpu_s;

  /* Import into an empty workspace, then export that again. */
  run_self ("import", imported_ws, exported, &import);
  if (import.b != 0 || import.a != (guint) n_standards)
    {
      fprintf (stderr, "bench-register: import planned %u standards with %u problems\n", import.a, import.b);
      remove_work_dir ();
      return 2;
    }
  run_self ("export", imported_ws, exported_again, &export_again);

  start = g_get_monotonic_time ();
  if (!same_except_header (exported, exported_again, &compared, &header_line))
    {
      printf ("\nRound trip FAILED: %s and %s differ beyond the header line\n", exported, exported_again);
      work_dir_to_remove = NULL; /* keep them to look at */
      return 1;
    }

  /* CPU time (user + system) is the figure other load on the machine
   * disturbs least; wall time is what a user waits. */
  printf ("\nMedian of %d run%s each (wall; CPU = user + system):\n", runs, runs == 1 ? "" : "s");
  printf ("  validate, ours:        %.2f s, CPU %.2f s\n", ours_s, ours_cpu_s);
  if (cli->len > 0)
    printf ("  validate, azqf CLI:    %.2f s (%.2f×)\n", cli_s, cli_s / lint_s);
  printf ("  xmllint --schema:      %.2f s, CPU %.2f s\n", lint_s, lint_cpu_s);
  printf ("  ratio ours / xmllint:  %.2f× wall, %.2f× CPU (target ≤ %.1f×: %s)\n", ratio, cpu_ratio,
          TARGET_VALID_RATIO, MIN (ratio, cpu_ratio) <= TARGET_VALID_RATIO ? "met" : "MISSED");

  printf ("\nExport and import of the whole workspace (%.1f MB of XML):\n", file_size (exported) / 1e6);
  print_phase ("export", &export, TRUE);
  print_phase ("import", &import, TRUE);
  print_phase ("re-export", &export_again, FALSE);
  printf ("  (import: %u standards added, 0 problems; this process's own peak RSS %.1f MB)\n",
          import.a, proc_status_kb ("VmHWM:") / 1024.0);

  printf ("\nRound trip: export → import into an empty workspace → export: identical bytes "
          "except the header (line %u), %" G_GOFFSET_FORMAT " bytes compared in %.2f s\n",
          header_line, compared, elapsed_us (start) / 1e6);

  missed = MIN (ratio, cpu_ratio) > TARGET_VALID_RATIO ||
           export.hwm_kb / 1024.0 >= TARGET_RSS_MB ||
           import.hwm_kb / 1024.0 >= TARGET_RSS_MB;

  if (keep)
    printf ("Kept %s\n", work_dir);
  remove_work_dir ();

  return missed ? 1 : 0;
}
