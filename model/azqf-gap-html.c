/* azqf-gap-html.c: the gap report as a printable, self-contained HTML page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One file with inline CSS: no script, no font, no image, nothing fetched,
 * so it opens the same offline, from a mail attachment or on paper. Every
 * piece of content (titles, outcomes, descriptors, messages) goes through
 * g_markup_escape_text: a title "<b>&" is shown, never interpreted.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "azqf-finding.h"
#include "azqf-gap-private.h"
#include "azqf-value.h"

static const char css[] =
  ":root{--ink:#1d2330;--muted:#5b6475;--line:#d9dee7;--soft:#f4f6f9;--accent:#1c5d99;"
  "--ok:#1e7b46;--ok-bg:#dcf1e4;--part:#9a6700;--part-bg:#fff1c7;--rel:#2c5aa0;"
  "--rel-bg:#e3ecfa;--err:#b42318;--err-bg:#fde7e5;--warn:#8a5a00;--warn-bg:#fff4d6;"
  "--info:#35557a;--info-bg:#e8eff7}"
  "*{box-sizing:border-box}"
  "html{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
  "body{margin:0;color:var(--ink);background:#fff;font:14px/1.45 \"Noto Sans\",\"DejaVu Sans\","
  "\"Segoe UI\",Arial,sans-serif}"
  "main{max-width:1180px;margin:0 auto;padding:32px 36px 48px}"
  "header.top{border-bottom:3px solid var(--accent);padding-bottom:16px;margin-bottom:24px}"
  ".kicker{margin:0;color:var(--accent);font-weight:600;letter-spacing:.04em;"
  "text-transform:uppercase;font-size:12px}"
  "h1{margin:6px 0 2px;font-size:26px;line-height:1.2}"
  "h1 .code{color:var(--accent);font-family:\"DejaVu Sans Mono\",monospace;font-size:22px;"
  "margin-right:10px}"
  ".alt{color:var(--muted)}"
  "p.alt{margin:0 0 12px;font-size:15px}"
  "dl.meta{display:flex;flex-wrap:wrap;gap:6px 28px;margin:12px 0 0}"
  "dl.meta div{min-width:0}"
  "dl.meta dt{font-size:11px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}"
  "dl.meta dd{margin:0;font-weight:600}"
  "h2{font-size:18px;margin:32px 0 10px;padding-bottom:4px;border-bottom:1px solid var(--line)}"
  "h3{font-size:15px;margin:20px 0 8px}"
  ".cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(240px,1fr));gap:14px}"
  ".card{border:1px solid var(--line);border-radius:8px;padding:12px 14px;background:var(--soft)}"
  ".card h3{margin:0 0 2px;font-size:14px}"
  ".card .sub{font-size:12px;color:var(--muted);margin:0 0 8px}"
  ".card .pct{font-size:24px;font-weight:700}"
  ".card .na{font-size:13px;color:var(--muted);font-style:italic}"
  ".bar{height:10px;border-radius:5px;background:#e1e5ec;overflow:hidden;margin:6px 0 4px}"
  ".bar span{display:block;height:100%;background:var(--ok)}"
  ".bar.low span{background:var(--err)}"
  ".bar.mid span{background:#d08b00}"
  ".counts{display:flex;gap:10px;margin:14px 0 0;flex-wrap:wrap}"
  ".badge{display:inline-block;border-radius:10px;padding:1px 9px;font-size:12px;font-weight:600;"
  "white-space:nowrap}"
  ".badge.lint{background:#eef0f4;color:var(--muted);text-decoration:none}"
  ".sev-error{background:var(--err-bg);color:var(--err)}"
  ".sev-warning{background:var(--warn-bg);color:var(--warn)}"
  ".sev-info{background:var(--info-bg);color:var(--info)}"
  ".working{display:inline-block;border:1px dashed #a06b00;color:#7a5200;background:#fff8e6;"
  "border-radius:4px;padding:0 5px;font-size:11px;font-weight:600;margin-left:4px;"
  "vertical-align:1px;white-space:nowrap}"
  ".notes{border-left:4px solid var(--info);background:var(--info-bg);border-radius:4px;"
  "padding:10px 16px;margin:18px 0 0}"
  ".notes h2{border:0;margin:0 0 4px;font-size:15px}"
  ".notes ul{margin:0;padding-left:18px}"
  ".notes li{margin:3px 0}"
  ".matrix-wrap{overflow-x:auto}"
  "table{border-collapse:collapse}"
  "table.matrix{font-size:12px}"
  "table.matrix th,table.matrix td{border:1px solid var(--line)}"
  "table.matrix thead th{background:var(--soft);font-weight:600}"
  "table.matrix th.unit{font-size:11px;color:var(--muted);font-weight:600;padding:2px 4px}"
  "table.matrix th.oc{height:84px;width:26px;min-width:26px;padding:4px 0;vertical-align:bottom}"
  "table.matrix th.oc span{writing-mode:vertical-rl;transform:rotate(180deg);"
  "font-family:\"DejaVu Sans Mono\",monospace;font-size:11px;white-space:nowrap}"
  "table.matrix th.el{text-align:left;padding:3px 8px;white-space:nowrap;font-weight:normal;"
  "background:#fff}"
  "table.matrix th.el code{font-weight:600}"
  "table.matrix th.el small{color:var(--muted);margin-left:6px}"
  "table.matrix th.fw{background:var(--accent);color:#fff;text-align:left;padding:3px 8px;"
  "font-size:12px}"
  "table.matrix td{text-align:center;width:26px;height:24px;padding:0;font-size:14px}"
  "table.matrix td.c-covers{background:var(--ok-bg);color:var(--ok);font-weight:700}"
  "table.matrix td.c-partial{background:var(--part-bg);color:var(--part)}"
  "table.matrix td.c-related{background:var(--rel-bg);color:var(--rel)}"
  "table.matrix td.c-pending,table.matrix td.c-suggested{color:var(--accent);font-weight:700;"
  "font-size:22px;line-height:1;background:#f1f5fb}"
  "table.matrix td.c-pending{color:#7a5200;background:#fff8e6}"
  "table.matrix td.score{width:auto;padding:0 8px;font-size:12px;white-space:nowrap}"
  "tr.gap th.el code{color:var(--err)}"
  ".legend{display:flex;flex-wrap:wrap;gap:6px 18px;font-size:12px;color:var(--muted);"
  "margin:0 0 8px}"
  ".legend .sym{display:inline-block;width:20px;text-align:center;border:1px solid var(--line);"
  "margin-right:4px;font-style:normal;font-weight:700}"
  ".legend .sug{color:var(--accent);background:#f1f5fb}"
  ".legend .pend{color:#7a5200;background:#fff8e6}"
  "table.list{width:100%;font-size:13px}"
  "table.list th{text-align:left;font-size:11px;text-transform:uppercase;letter-spacing:.04em;"
  "color:var(--muted);border-bottom:2px solid var(--line);padding:6px 8px}"
  "table.list td{border-bottom:1px solid var(--line);padding:7px 8px;vertical-align:top}"
  "table.findings{table-layout:fixed}"
  "table.findings col.sev{width:120px}table.findings col.where{width:130px}"
  "table.findings col.sug{width:28%}"
  "table.list td{overflow-wrap:anywhere}"
  ".oc-list td.dom{white-space:nowrap}"
  "table.list td.where{white-space:nowrap;font-family:\"DejaVu Sans Mono\",monospace;"
  "font-size:12px}"
  ".suggest{color:var(--accent)}"
  ".why{display:block;color:var(--muted);font-size:12px;margin-top:2px}"
  ".empty{color:var(--muted);font-style:italic}"
  ".el-list{list-style:none;margin:0;padding:0}"
  ".el-list li{border:1px solid var(--line);border-radius:6px;padding:8px 12px;margin:0 0 8px;"
  "break-inside:avoid}"
  ".el-list .head{display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}"
  ".el-list .head code{font-weight:700}"
  ".el-list .head .cov{margin-left:auto;font-size:12px}"
  ".el-list p{margin:4px 0 0}"
  ".el-list p.alt{font-size:13px;margin:2px 0 0}"
  ".el-list .src{font-size:11px;color:var(--muted);margin-top:4px}"
  ".oc-list td.code{white-space:nowrap;font-family:\"DejaVu Sans Mono\",monospace;font-size:12px}"
  ".oc-list td .alt{display:block;font-size:12px}"
  "footer{margin-top:36px;border-top:1px solid var(--line);padding-top:10px;font-size:12px;"
  "color:var(--muted)}"
  ".print-only{display:none}"
  "@page{size:A4;margin:14mm 12mm}"
  "@media print{body{font-size:11px}main{max-width:none;padding:0}"
  "h2{break-after:avoid}section{break-inside:auto}"
  "table.list tr,table.matrix tr,.card{break-inside:avoid}"
  "thead{display:table-header-group}.matrix-wrap{overflow:visible}"
  "table.matrix th.oc{height:64px}"
  ".screen-only{display:none}.print-only{display:block;margin-bottom:10px}"
  "table.matrix{font-size:10px}"
  "table.matrix th.oc,table.matrix td{width:21px;min-width:21px;height:19px}"
  "table.matrix th.oc span{font-size:9px}"
  "table.matrix th.el small{display:none}"
  "table.matrix td{font-size:12px}"
  "table.matrix td.c-pending,table.matrix td.c-suggested{font-size:16px}"
  ".el-list li{padding:5px 10px}.el-list .src{font-size:9px}}";

/* Outcome columns of one printed slice of the matrix (A4 portrait). */
#define PRINT_COLUMNS 22

static void
append_escaped (GString    *html,
                const char *text)
{
  g_autofree char *escaped = NULL;

  if (text == NULL)
    return;

  escaped = g_markup_escape_text (text, -1);
  g_string_append (html, escaped);
}

/* Only for translated UI strings: never content. */
static void
append_escaped_printf (GString    *html,
                       const char *format,
                       ...) G_GNUC_PRINTF (2, 3);

static void
append_escaped_printf (GString    *html,
                       const char *format,
                       ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  append_escaped (html, text);
}

static const char *
other_lang_of (AzqfLang lang)
{
  return lang == AZQF_LANG_AZ ? "en" : "az";
}

static void
append_working_label (GString *html)
{
  g_string_append (html, "<span class=\"working\">");
  append_escaped (html, _("working translation"));
  g_string_append (html, "</span>");
}

static const char *
severity_class (AzqfSeverity severity)
{
  switch (severity)
    {
    case AZQF_SEVERITY_ERROR:
      return "sev-error";
    case AZQF_SEVERITY_WARNING:
      return "sev-warning";
    case AZQF_SEVERITY_INFO:
    default:
      return "sev-info";
    }
}

static void
append_header (AzqfGapReport *self,
               GString       *html,
               AzqfLang       lang)
{
  AzqfLang other = lang == AZQF_LANG_AZ ? AZQF_LANG_EN : AZQF_LANG_AZ;
  const char *title = self->title[lang] != NULL ? self->title[lang] : self->title[other];
  const char *alt = self->title[lang] != NULL ? self->title[other] : NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d %H:%M");

  g_string_append (html, "<header class=\"top\">\n<p class=\"kicker\">");
  append_escaped_printf (html, _("%s · Gap analysis"), PACKAGE_NAME);
  g_string_append (html, "</p>\n<h1><span class=\"code\">");
  append_escaped (html, self->standard_code);
  g_string_append_printf (html, "</span><span lang=\"%s\">", azqf_lang_to_string (lang));
  append_escaped (html, title);
  g_string_append (html, "</span></h1>\n");
  if (alt != NULL)
    {
      g_string_append_printf (html, "<p class=\"alt\" lang=\"%s\">", other_lang_of (lang));
      append_escaped (html, alt);
      g_string_append (html, "</p>\n");
    }

  g_string_append (html, "<dl class=\"meta\">\n");

#define META(label, value)                                          \
  G_STMT_START {                                                    \
    g_string_append (html, "<div><dt>");                            \
    append_escaped (html, (label));                                 \
    g_string_append (html, "</dt><dd>");                            \
    append_escaped (html, (value));                                 \
    g_string_append (html, "</dd></div>\n");                        \
  } G_STMT_END

  META (_("Kind"), azqf_kind_get_label (self->kind));
  if (self->level > 0)
    {
      AzqfCycle cycle = azqf_cycle_for_level (self->level);
      g_autofree char *level = cycle != AZQF_CYCLE_NONE
        ? g_strdup_printf (_("AzQF %u · EQF %u · %s"), self->level, self->level,
                           azqf_cycle_get_label (cycle))
        : g_strdup_printf (_("AzQF %u · EQF %u"), self->level, self->level);

      META (_("Level"), level);
    }
  else
    META (_("Level"), _("not set"));
  {
    g_autofree char *status = g_strdup_printf (_("%s, version %u"),
                                               azqf_status_get_label (self->status), self->version);

    META (_("Status"), status);
  }
  if (self->ects_credits >= 0)
    {
      g_autofree char *credits = azqf_value_format_credits (self->ects_credits);

      META (_("ECTS credits"), credits);
    }
  if (self->duration != NULL)
    META (_("Duration"), self->duration);
  META (_("Generated"), date);

#undef META

  g_string_append (html, "</dl>\n</header>\n");
}

static guint
count_severity (GPtrArray    *findings,
                AzqfSeverity  severity)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    if (azqf_finding_get_severity (g_ptr_array_index (findings, i)) == severity)
      n++;

  return n;
}

static void
append_summary (AzqfGapReport *self,
                GString       *html,
                AzqfLang       lang)
{
  guint n_errors = count_severity (self->gaps, AZQF_SEVERITY_ERROR) +
                   count_severity (self->credits, AZQF_SEVERITY_ERROR);
  guint n_warnings = count_severity (self->gaps, AZQF_SEVERITY_WARNING) +
                     count_severity (self->credits, AZQF_SEVERITY_WARNING);
  guint n_infos = count_severity (self->gaps, AZQF_SEVERITY_INFO) +
                  count_severity (self->credits, AZQF_SEVERITY_INFO);

  g_string_append (html, "<section id=\"scores\">\n<h2>");
  append_escaped (html, _("Coverage by framework"));
  g_string_append (html, "</h2>\n<div class=\"cards\">\n");

  for (guint f = 0; f < self->frameworks->len; f++)
    {
      const AzqfGapFramework *framework = g_ptr_array_index (self->frameworks, f);

      g_string_append (html, "<div class=\"card\">\n<h3>");
      append_escaped (html, azqf_framework_get_abbreviation (framework->id));
      g_string_append (html, "</h3>\n<p class=\"sub\">");
      append_escaped (html, framework->name[lang] != NULL ? framework->name[lang]
                                                     : framework->name[lang == AZQF_LANG_AZ]);
      g_string_append (html, "</p>\n");

      if (framework->analysed)
        {
          guint pct = (guint) (100.0 * framework->n_covered / framework->n_elements + 0.5);

          g_string_append_printf (html, "<div class=\"pct\">%u%%</div>\n", pct);
          g_string_append_printf (html, "<div class=\"bar%s\"><span style=\"width:%u%%\"></span></div>\n",
                                  pct < 34 ? " low" : pct < 67 ? " mid" : "", pct);
          g_string_append (html, "<div class=\"sub\">");
          append_escaped_printf (html,
                                 g_dngettext (GETTEXT_PACKAGE,
                                              "%u of %u element has a confirmed link",
                                              "%u of %u elements have a confirmed link",
                                              framework->n_elements),
                                 framework->n_covered, framework->n_elements);
          g_string_append (html, "</div>\n");
        }
      else
        {
          g_string_append (html, "<div class=\"pct\">—</div>\n<p class=\"na\">");
          if (self->level == 0)
            append_escaped (html, _("No level set"));
          else if (strcmp (framework->id, "qfehea") == 0 && self->level < 5)
            append_escaped (html, _("Not applicable: QF-EHEA covers levels 5–8 only"));
          else
            append_escaped_printf (html, _("Descriptor text for level %u is not loaded"), self->level);
          g_string_append (html, "</p>\n");
        }

      g_string_append (html, "</div>\n");
    }

  g_string_append (html, "</div>\n<div class=\"counts\">");
  g_string_append (html, "<span class=\"badge sev-error\">");
  append_escaped_printf (html, g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", n_errors), n_errors);
  g_string_append (html, "</span><span class=\"badge sev-warning\">");
  append_escaped_printf (html, g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", n_warnings), n_warnings);
  g_string_append (html, "</span><span class=\"badge sev-info\">");
  append_escaped_printf (html, g_dngettext (GETTEXT_PACKAGE, "%u note", "%u notes", n_infos), n_infos);
  g_string_append (html, "</span>");
  if (self->lint != NULL)
    {
      g_string_append (html, "<a class=\"badge lint\" href=\"#lint\">");
      append_escaped_printf (html, g_dngettext (GETTEXT_PACKAGE, "%u wording finding (lint)",
                                                "%u wording findings (lint)", self->lint->len),
                             self->lint->len);
      g_string_append (html, "</a>");
    }
  g_string_append (html, "</div>\n");

  if (self->notes->len > 0)
    {
      g_string_append (html, "<div class=\"notes\">\n<h2>");
      append_escaped (html, _("Read first"));
      g_string_append (html, "</h2>\n<ul>\n");
      for (guint i = 0; i < self->notes->len; i++)
        {
          g_string_append (html, "<li>");
          append_escaped (html, g_ptr_array_index (self->notes, i));
          g_string_append (html, "</li>\n");
        }
      g_string_append (html, "</ul>\n</div>\n");
    }

  g_string_append (html, "</section>\n");
}

/* The matrix over the outcomes [first, last): the whole of it on screen,
 * slices of it on paper. */
static void
append_matrix_table (AzqfGapReport *self,
                     GString       *html,
                     guint          first,
                     guint          last,
                     const char    *wrap_class)
{
  guint n_outcomes = self->outcomes->len;

  g_string_append_printf (html, "<div class=\"matrix-wrap%s\">\n<table class=\"matrix\">\n<thead>\n",
                          wrap_class);

  /* First header row: the units over their outcomes. */
  g_string_append (html, "<tr><th rowspan=\"2\" class=\"el\"></th>");
  for (guint o = first; o < last;)
    {
      const AzqfGapOutcome *outcome = g_ptr_array_index (self->outcomes, o);
      guint span = 1;

      while (o + span < last &&
             g_strcmp0 (((AzqfGapOutcome *) g_ptr_array_index (self->outcomes, o + span))->unit_code,
                        outcome->unit_code) == 0)
        span++;

      g_string_append_printf (html, "<th class=\"unit\" colspan=\"%u\">", span);
      append_escaped (html, outcome->unit_code != NULL ? outcome->unit_code : _("Standard"));
      g_string_append (html, "</th>");
      o += span;
    }
  g_string_append (html, "<th rowspan=\"2\" class=\"unit\"></th></tr>\n<tr>");
  for (guint o = first; o < last; o++)
    {
      const AzqfGapOutcome *outcome = g_ptr_array_index (self->outcomes, o);

      g_string_append (html, "<th class=\"oc\" title=\"");
      append_escaped (html, outcome->text[AZQF_LANG_AZ] != NULL ? outcome->text[AZQF_LANG_AZ]
                                                               : outcome->text[AZQF_LANG_EN]);
      g_string_append (html, "\"><span>");
      append_escaped (html, outcome->code);
      g_string_append (html, "</span></th>");
    }
  g_string_append (html, "</tr>\n</thead>\n<tbody>\n");

  for (guint f = 0; f < self->frameworks->len; f++)
    {
      const AzqfGapFramework *framework = g_ptr_array_index (self->frameworks, f);

      if (!framework->analysed)
        continue;

      g_string_append_printf (html, "<tr><th class=\"fw\" colspan=\"%u\">", last - first + 2);
      append_escaped (html, azqf_framework_get_abbreviation (framework->id));
      g_string_append (html, "</th></tr>\n");

      for (guint e = framework->first; e < framework->first + framework->n_elements; e++)
        {
          AzqfDescriptor *descriptor = g_ptr_array_index (self->elements, e);
          guint n_confirmed = 0;

          for (guint o = 0; o < n_outcomes; o++)
            n_confirmed += self->cells[e * n_outcomes + o] >= 0;

          g_string_append_printf (html, "<tr%s><th class=\"el\" title=\"",
                                  n_confirmed == 0 ? " class=\"gap\"" : "");
          append_escaped (html, azqf_descriptor_get_text (descriptor, AZQF_LANG_EN) != NULL
                                  ? azqf_descriptor_get_text (descriptor, AZQF_LANG_EN)
                                  : azqf_descriptor_get_text (descriptor, AZQF_LANG_AZ));
          g_string_append (html, "\"><code>");
          append_escaped (html, azqf_descriptor_get_id (descriptor));
          g_string_append (html, "</code><small>");
          append_escaped (html, azqf_descriptor_get_heading (descriptor));
          g_string_append (html, "</small></th>");

          for (guint o = first; o < last; o++)
            {
              int cell = self->cells[e * n_outcomes + o];
              AzqfGapMark mark = self->marks[e * n_outcomes + o];

              if (cell == AZQF_LINK_COVERS)
                g_string_append (html, "<td class=\"c-covers\">✓</td>");
              else if (cell == AZQF_LINK_PARTIAL)
                g_string_append (html, "<td class=\"c-partial\">◐</td>");
              else if (cell == AZQF_LINK_RELATED)
                g_string_append (html, "<td class=\"c-related\">~</td>");
              else if (mark == AZQF_GAP_MARK_PENDING)
                {
                  g_string_append (html, "<td class=\"c-pending\" title=\"");
                  append_escaped (html, _("pending link"));
                  g_string_append (html, "\">·</td>");
                }
              else if (mark == AZQF_GAP_MARK_SUGGESTED)
                {
                  g_string_append (html, "<td class=\"c-suggested\" title=\"");
                  append_escaped (html, _("suggested"));
                  g_string_append (html, "\">·</td>");
                }
              else
                g_string_append (html, "<td></td>");
            }

          g_string_append (html, "<td class=\"score\">");
          if (n_confirmed == 0)
            {
              g_string_append (html, "<span class=\"badge sev-warning\">");
              append_escaped (html, _("gap"));
              g_string_append (html, "</span>");
            }
          g_string_append (html, "</td></tr>\n");
        }
    }

  g_string_append (html, "</tbody>\n</table>\n</div>\n");
}

static void
append_matrix (AzqfGapReport *self,
               GString       *html)
{
  guint n_outcomes = self->outcomes->len;

  g_string_append (html, "<section id=\"matrix\">\n<h2>");
  append_escaped (html, _("Coverage matrix"));
  g_string_append (html, "</h2>\n");

  if (self->elements->len == 0 || n_outcomes == 0)
    {
      g_string_append (html, "<p class=\"empty\">");
      append_escaped (html, self->elements->len == 0
                              ? _("No descriptor elements to show for this level.")
                              : _("The standard has no outcomes."));
      g_string_append (html, "</p>\n</section>\n");
      return;
    }

  g_string_append (html, "<div class=\"legend\">");
  g_string_append (html, "<span><i class=\"sym\">✓</i>");
  append_escaped (html, _("covers (confirmed)"));
  g_string_append (html, "</span><span><i class=\"sym\">◐</i>");
  append_escaped (html, _("partial (confirmed)"));
  g_string_append (html, "</span><span><i class=\"sym\">~</i>");
  append_escaped (html, _("related (confirmed)"));
  g_string_append (html, "</span><span><i class=\"sym sug\">·</i>");
  append_escaped (html, _("suggested by word overlap: not coverage"));
  g_string_append (html, "</span><span><i class=\"sym pend\">·</i>");
  append_escaped (html, _("pending link: not coverage until confirmed"));
  g_string_append (html, "</span></div>\n");
  /* A page is about 24 columns wide: a wider matrix is printed in slices,
   * each with its row headings, instead of being cut at the margin. */
  if (n_outcomes <= PRINT_COLUMNS)
    append_matrix_table (self, html, 0, n_outcomes, "");
  else
    {
      /* Slices of even width: 27 columns print as 14 + 13, not 22 + 5. */
      guint n_slices = (n_outcomes + PRINT_COLUMNS - 1) / PRINT_COLUMNS;
      guint width = (n_outcomes + n_slices - 1) / n_slices;

      append_matrix_table (self, html, 0, n_outcomes, " screen-only");
      for (guint first = 0; first < n_outcomes; first += width)
        append_matrix_table (self, html, first, MIN (first + width, n_outcomes), " print-only");
    }

  g_string_append (html, "</section>\n");
}

static void
append_findings (GString    *html,
                 const char *id,
                 const char *heading,
                 const char *empty,
                 GPtrArray  *findings)
{
  g_autoptr(GHashTable) explained = NULL;

  g_string_append_printf (html, "<section id=\"%s\">\n<h2>", id);
  append_escaped (html, heading);
  g_string_append (html, "</h2>\n");

  if (findings->len == 0)
    {
      g_string_append (html, "<p class=\"empty\">");
      append_escaped (html, empty);
      g_string_append (html, "</p>\n</section>\n");
      return;
    }

  explained = g_hash_table_new (g_str_hash, g_str_equal);
  /* Fixed columns, so the gap and credit tables line up. */
  g_string_append (html, "<table class=\"list findings\">\n<colgroup><col class=\"sev\">"
                         "<col class=\"where\"><col><col class=\"sug\"></colgroup>\n"
                         "<thead><tr><th>");
  append_escaped (html, _("Severity"));
  g_string_append (html, "</th><th>");
  append_escaped (html, _("Where"));
  g_string_append (html, "</th><th>");
  append_escaped (html, _("Finding"));
  g_string_append (html, "</th><th>");
  append_escaped (html, _("Suggestion"));
  g_string_append (html, "</th></tr></thead>\n<tbody>\n");

  for (guint i = 0; i < findings->len; i++)
    {
      AzqfFinding *finding = g_ptr_array_index (findings, i);
      AzqfSeverity severity = azqf_finding_get_severity (finding);
      const char *where = azqf_finding_get_element (finding);
      const char *rule_id = azqf_finding_get_rule_id (finding);
      gboolean first_of_rule = !g_hash_table_contains (explained, rule_id);

      if (where == NULL)
        where = azqf_finding_get_outcome_code (finding);
      if (where == NULL)
        where = azqf_finding_get_unit_code (finding);
      if (where == NULL)
        where = "";

      g_string_append_printf (html, "<tr><td><span class=\"badge %s\">", severity_class (severity));
      append_escaped (html, azqf_severity_get_label (severity));
      g_string_append (html, "</span></td><td class=\"where\">");
      append_escaped (html, where);
      g_string_append (html, "</td><td>");
      append_escaped (html, azqf_finding_get_message (finding));
      /* Why a rule exists is said once, not on each of nine rows. */
      if (first_of_rule && azqf_finding_get_explanation (finding) != NULL)
        {
          g_hash_table_add (explained, (gpointer) rule_id);
          g_string_append (html, "<span class=\"why\">");
          append_escaped (html, azqf_finding_get_explanation (finding));
          g_string_append (html, "</span>");
        }
      g_string_append (html, "<span class=\"why\"><code>");
      append_escaped (html, azqf_finding_get_rule_id (finding));
      g_string_append (html, "</code></span></td><td class=\"suggest\">");
      append_escaped (html, azqf_finding_get_suggestion (finding));
      g_string_append (html, "</td></tr>\n");
    }

  g_string_append (html, "</tbody>\n</table>\n</section>\n");
}

static void
append_descriptor_text (GString        *html,
                        AzqfDescriptor *descriptor,
                        AzqfLang        lang,
                        gboolean        main_text)
{
  const char *text = azqf_descriptor_get_text (descriptor, lang);

  if (text == NULL)
    return;

  g_string_append_printf (html, "<p%s lang=\"%s\">", main_text ? "" : " class=\"alt\"",
                          azqf_lang_to_string (lang));
  append_escaped (html, text);
  if (azqf_descriptor_get_provenance (descriptor, lang) == AZQF_PROVENANCE_WORKING)
    append_working_label (html);
  g_string_append (html, "</p>\n");
}

static void
append_elements (AzqfGapReport *self,
                 GString       *html,
                 AzqfLang       lang)
{
  AzqfLang other = lang == AZQF_LANG_AZ ? AZQF_LANG_EN : AZQF_LANG_AZ;
  guint n_outcomes = self->outcomes->len;

  if (self->elements->len == 0)
    return;

  g_string_append (html, "<section id=\"elements\">\n<h2>");
  append_escaped (html, _("Descriptor elements"));
  g_string_append (html, "</h2>\n");

  for (guint f = 0; f < self->frameworks->len; f++)
    {
      const AzqfGapFramework *framework = g_ptr_array_index (self->frameworks, f);

      if (!framework->analysed)
        continue;

      g_string_append (html, "<h3>");
      append_escaped (html, framework->name[lang] != NULL ? framework->name[lang] : framework->name[other]);
      g_string_append (html, "</h3>\n<ul class=\"el-list\">\n");

      for (guint e = framework->first; e < framework->first + framework->n_elements; e++)
        {
          AzqfDescriptor *descriptor = g_ptr_array_index (self->elements, e);
          g_autoptr(GString) covered = g_string_new (NULL);
          gboolean has_main = azqf_descriptor_get_text (descriptor, lang) != NULL;

          for (guint o = 0; o < n_outcomes; o++)
            {
              int cell = self->cells[e * n_outcomes + o];

              if (cell < 0)
                continue;
              if (covered->len > 0)
                g_string_append (covered, ", ");
              g_string_append (covered, self->outcome_codes[o]);
              if (cell != AZQF_LINK_COVERS)
                g_string_append_printf (covered, " (%s)", azqf_link_type_to_string (cell));
            }

          g_string_append (html, "<li>\n<div class=\"head\"><code>");
          append_escaped (html, azqf_descriptor_get_id (descriptor));
          g_string_append (html, "</code><span>");
          append_escaped (html, azqf_descriptor_get_heading (descriptor));
          g_string_append (html, "</span><span class=\"cov\">");
          if (covered->len > 0)
            {
              g_autofree char *text = g_strdup_printf (_("covered by %s"), covered->str);

              g_string_append (html, "<span class=\"badge\" style=\"background:var(--ok-bg);color:var(--ok)\">");
              append_escaped (html, text);
              g_string_append (html, "</span>");
            }
          else
            {
              g_string_append (html, "<span class=\"badge sev-warning\">");
              append_escaped (html, _("not covered"));
              g_string_append (html, "</span>");
            }
          g_string_append (html, "</span></div>\n");

          append_descriptor_text (html, descriptor, has_main ? lang : other, TRUE);
          if (has_main)
            append_descriptor_text (html, descriptor, other, FALSE);
          if (!has_main || azqf_descriptor_get_text (descriptor, other) == NULL)
            {
              AzqfLang missing = has_main ? other : lang;

              g_string_append (html, "<p class=\"alt empty\">");
              append_escaped (html, missing == AZQF_LANG_AZ ? _("No Azerbaijani text of this statement was found.")
                                                           : _("No English text of this statement was found."));
              g_string_append (html, "</p>\n");
            }

          if (azqf_descriptor_get_source (descriptor) != NULL)
            {
              g_string_append (html, "<div class=\"src\">");
              append_escaped (html, _("Source:"));
              g_string_append_c (html, ' ');
              append_escaped (html, azqf_descriptor_get_source (descriptor));
              g_string_append (html, "</div>\n");
            }
          g_string_append (html, "</li>\n");
        }

      g_string_append (html, "</ul>\n");
    }

  g_string_append (html, "</section>\n");
}

static void
append_outcomes (AzqfGapReport *self,
                 GString       *html,
                 AzqfLang       lang)
{
  AzqfLang other = lang == AZQF_LANG_AZ ? AZQF_LANG_EN : AZQF_LANG_AZ;

  if (self->outcomes->len == 0)
    return;

  g_string_append (html, "<section id=\"outcomes\">\n<h2>");
  append_escaped (html, _("Outcomes (matrix columns)"));
  g_string_append (html, "</h2>\n<table class=\"list oc-list\">\n<thead><tr><th>");
  append_escaped (html, _("Code"));
  g_string_append (html, "</th><th>");
  append_escaped (html, _("Domain"));
  g_string_append (html, "</th><th>");
  append_escaped (html, _("Outcome"));
  g_string_append (html, "</th></tr></thead>\n<tbody>\n");

  for (guint o = 0; o < self->outcomes->len; o++)
    {
      const AzqfGapOutcome *outcome = g_ptr_array_index (self->outcomes, o);
      const char *main_text = outcome->text[lang] != NULL ? outcome->text[lang] : outcome->text[other];
      AzqfLang main_lang = outcome->text[lang] != NULL ? lang : other;

      g_string_append (html, "<tr><td class=\"code\">");
      append_escaped (html, outcome->code);
      g_string_append (html, "</td><td class=\"dom\">");
      append_escaped (html, azqf_domain_get_label (outcome->domain));
      g_string_append_printf (html, "</td><td><span lang=\"%s\">", azqf_lang_to_string (main_lang));
      if (main_text != NULL)
        append_escaped (html, main_text);
      else
        {
          g_string_append (html, "<span class=\"empty\">");
          append_escaped (html, _("no text"));
          g_string_append (html, "</span>");
        }
      g_string_append (html, "</span>");
      if (main_lang == lang && outcome->text[other] != NULL)
        {
          g_string_append_printf (html, "<span class=\"alt\" lang=\"%s\">", azqf_lang_to_string (other));
          append_escaped (html, outcome->text[other]);
          g_string_append (html, "</span>");
        }
      else if (outcome->text[other] == NULL || main_lang != lang)
        {
          g_autofree char *missing = g_strdup_printf (_("no %s text"),
                                                      main_lang == lang ? azqf_lang_to_string (other)
                                                                        : azqf_lang_to_string (lang));

          g_string_append (html, "<span class=\"alt empty\">");
          append_escaped (html, missing);
          g_string_append (html, "</span>");
        }
      g_string_append (html, "</td></tr>\n");
    }

  g_string_append (html, "</tbody>\n</table>\n</section>\n");
}

char *
azqf_gap_report_to_html (AzqfGapReport *self,
                         AzqfLang       lang)
{
  g_autoptr(GString) html = g_string_sized_new (32 * 1024);

  g_return_val_if_fail (AZQF_IS_GAP_REPORT (self), NULL);
  g_return_val_if_fail (lang == AZQF_LANG_AZ || lang == AZQF_LANG_EN, NULL);

  g_string_append_printf (html, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n"
                                "<meta charset=\"utf-8\">\n"
                                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                                "<meta name=\"generator\" content=\"%s %s\">\n<title>",
                          /* TRANSLATORS: the code of the language of this translation
                           * (“az”), for the HTML report's lang attribute: it decides
                           * how the browser upper-cases headings (i → İ only in az) */
                          _("en"), PACKAGE_NAME, PACKAGE_VERSION);
  append_escaped_printf (html, _("Gap analysis of %s"), self->standard_code);
  g_string_append_printf (html, "</title>\n<style>%s</style>\n</head>\n<body>\n<main>\n", css);

  append_header (self, html, lang);
  append_summary (self, html, lang);
  append_matrix (self, html);
  append_findings (html, "gaps", _("Gaps"), _("No gaps: every element has a confirmed link."), self->gaps);
  append_findings (html, "credits", _("Credits"), _("No credit rule applies to this standard, or all are met."),
                   self->credits);
  if (self->lint != NULL)
    append_findings (html, "lint", _("Wording of the outcomes (lint)"),
                     _("The linter found nothing to improve."), self->lint);
  append_elements (self, html, lang);
  append_outcomes (self, html, lang);

  g_string_append (html, "<footer>");
  append_escaped_printf (html, _("Generated by %s %s. Texts marked “working translation” are "
                                 "not official: check them against the official text before "
                                 "relying on them. Suggestions come from word overlap and are "
                                 "not coverage until an author confirms the link."),
                         PACKAGE_NAME, PACKAGE_VERSION);
  g_string_append (html, "</footer>\n</main>\n</body>\n</html>\n");

  return g_string_free (g_steal_pointer (&html), FALSE);
}
