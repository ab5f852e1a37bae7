/* azqf-application.h: the AzQF Studio application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "azqf-lint.h"

G_BEGIN_DECLS

#define AZQF_TYPE_APPLICATION (azqf_application_get_type ())

G_DECLARE_FINAL_TYPE (AzqfApplication, azqf_application, AZQF, APPLICATION, AdwApplication)

/* Before gettext is initialised: applies the "ui-language" setting by
 * setting LANGUAGE, so Preferences can force Azerbaijani or English. */
void             azqf_application_apply_ui_language (void);
AzqfApplication *azqf_application_new               (void);
GSettings       *azqf_application_get_settings      (AzqfApplication *self);
/* Shared, read-only services, loaded once. */
AzqfLinter      *azqf_application_get_linter        (AzqfApplication *self);
/* Remembers path at the top of the recent workspaces. */
void             azqf_application_add_recent        (AzqfApplication *self,
                                                     const char      *path);
void             azqf_application_remove_recent     (AzqfApplication *self,
                                                     const char      *path);

G_END_DECLS
